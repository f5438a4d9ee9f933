"""Frozen reports: the ECCAR report of a year and the concept's progress report, frozen at a
date, show what the live report showed then — in every language the page had — and stay
so when measures change afterwards; each is listed, printable and downloadable as CSV and
JSON; the admin freezes them and lets editors annotate, never edit, them."""

import csv
import datetime
import io
import json
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from integration_pages.concept.progress import record_update
from integration_pages.models import FrozenReport, MeasurePage
from integration_pages.reports.freeze import freeze
from tests.support.eccar_data import build_action_plan

INDICATOR = {
    "name": "Teilnehmende",
    "unit": "Personen",
    "baseline": None,
    "target_value": Decimal(20),
    "target_date": None,
}
VALUE_2024 = {"date": datetime.date(2024, 12, 31), "value": Decimal(12)}

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def path(page):
    return urlsplit(page.url).path


@pytest.fixture
def built(home_de):
    return build_action_plan(home_de, languages=("ar",))


def change_every_measure(built):
    for measure in MeasurePage.objects.descendant_of(built.concept):
        measure.title = f"Geändert {measure.pk}"
        measure.status = "paused"
        measure.save_revision().publish()


def test_a_frozen_eccar_report_keeps_what_it_showed_when_measures_change(client, built):
    live_before = client.get(f"{path(built.plan)}report/", {"year": 2023}).content.decode()
    frozen = freeze(built.plan, year=2023)
    change_every_measure(built)
    frozen_html = client.get(f"{path(built.plan)}reports/{frozen.pk}/").content.decode()
    live_after = client.get(f"{path(built.plan)}report/", {"year": 2023}).content.decode()
    titles = [m.title for m in built.measures.values() if m.title in live_before]
    assert titles
    for title in titles:
        assert title in frozen_html and title not in live_after
    assert "Geändert" in live_after and "Geändert" not in frozen_html


def test_the_frozen_report_keeps_each_language(client, built):
    frozen = freeze(built.plan, year=2023)
    assert set(frozen.data) == {"de", "ar"}
    arabic = built.plan.get_translation(
        built.plan.get_translations().get(locale__language_code="ar").locale
    )
    html = client.get(f"{path(arabic)}reports/{frozen.pk}/").content.decode()
    assert "دعم الضحايا في الحي" in html


def test_the_frozen_reports_csv_and_json_hold_the_frozen_figures(client, built):
    frozen = freeze(built.plan, year=2023)
    change_every_measure(built)
    base = f"{path(built.plan)}reports/{frozen.pk}/"
    rows = list(csv.DictReader(io.StringIO(client.get(base + "data.csv").content.decode())))
    expected = [
        (c["number"], m["title"], m["status"])
        for c in frozen.data["de"]["commitments"]
        for m in c["measures"]
    ]
    assert [(int(r["commitment"]), r["measure"], r["status"]) for r in rows] == expected
    assert not any(r["status"] == "paused" for r in rows)
    data = json.loads(client.get(base + "data.json").content)
    assert data["frozen"] is True and data["report"] == frozen.data["de"]


def test_the_list_names_the_live_report_and_every_frozen_one(client, built):
    first = freeze(built.plan, year=2022)
    second = freeze(built.plan, year=2023)
    html = client.get(f"{path(built.plan)}reports/").content.decode()
    assert f'href="{path(built.plan)}report/"' in html
    for frozen in (first, second):
        assert f'href="{path(built.plan)}reports/{frozen.pk}/"' in html
    other = freeze(built.concept)
    # the concept's report is not the plan's
    assert client.get(f"{path(built.plan)}reports/{other.pk}/").status_code == 404


def test_a_frozen_concept_report_keeps_statuses_and_indicator_values(client, built, admin_user):
    measures = MeasurePage.objects.descendant_of(built.concept)
    statuses = list(measures.values_list("status", flat=True))
    measure = measures.live().first()
    measure.indicators = [("indicator", {**INDICATOR, "values": [VALUE_2024]})]
    measure.save_revision().publish()
    frozen = freeze(built.concept)
    block_id = MeasurePage.objects.get(pk=measure.pk).indicators[0].id
    record_update(measure, note="Neu", author=admin_user, indicator=block_id, value=Decimal(99))
    change_every_measure(built)
    html = client.get(f"{path(built.concept)}reports/{frozen.pk}/").content.decode()
    assert "Geändert" not in html
    live = client.get(f"{path(built.concept)}report/").content.decode()
    assert "Geändert" in live
    counts = {row["status"]: row["count"] for row in frozen.data["de"]["status_counts"]}
    assert counts == {status: statuses.count(status) for status in counts}
    assert sum(counts.values()) == len(built.measures)
    shown = [m for s in frozen.data["de"]["sections"] for m in s["measures"] if m["indicators"]]
    assert [m["indicators"][0]["latest_value"] for m in shown] == [12.0]
    assert "99" in client.get(f"{path(built.concept)}report/").content.decode()


def test_the_admin_freezes_a_report_and_allows_a_note_only(superuser_client, built):
    add = reverse("frozen_reports:add")
    refused = superuser_client.post(add, {"page": built.plan.pk, "as_of": "2026-01-10"})
    assert refused.status_code == 200 and not FrozenReport.objects.filter(page=built.plan).exists()
    future = superuser_client.post(
        add, {"page": built.plan.pk, "year": 2023, "as_of": "2099-01-01"}
    )
    assert future.status_code == 200 and not FrozenReport.objects.filter(page=built.plan).exists()
    done = superuser_client.post(add, {"page": built.plan.pk, "year": 2023, "as_of": "2026-01-10"})
    assert done.status_code == 302
    frozen = FrozenReport.objects.get(page=built.plan)
    data = frozen.data
    edit = reverse("frozen_reports:edit", args=[frozen.pk])
    superuser_client.post(edit, {"note": "Korrektur: Maßnahme 3 endete im Mai.", "year": 1999})
    frozen.refresh_from_db()
    assert frozen.note.startswith("Korrektur") and frozen.year == 2023 and frozen.data == data
