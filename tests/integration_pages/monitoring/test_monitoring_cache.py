"""What the monitoring writes outside of publishing reaches cached pages at once: a progress
entry purges its measure's page, an import the pages of its dataset's indicators, a frozen
report the plan's list of reports (the models say `shown_on_pages`; the plugin's
page_cache_dependents hook names the pages)."""

import datetime

import pytest

from integration_pages.concept.progress import record_update
from integration_pages.models import DatasetUpload, IndicatorPage
from integration_pages.monitoring.importer import apply, read_upload
from integration_pages.reports.freeze import freeze
from tests.support.commit import committed
from tests.support.eccar_data import build_action_plan
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
)
from tests.support.marks import indexed
from tests.support.monitoring_data import build_monitoring

pytestmark = [pytest.mark.django_db, indexed]


def cached(client, url):
    client.get(url)
    response = client.get(url)
    assert response["X-Cache"] == "HIT", url
    return response


def test_a_progress_entry_purges_its_measure(client, home_de, admin_user):
    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    measure = MeasurePageFactory(parent=GoalPageFactory(parent=concept, slug="ziel"), slug="m")
    url = measure.url
    cached(client, url)
    with committed():
        record_update(measure, note="Zweite Runde gestartet.", author=admin_user)
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert "Zweite Runde gestartet." in response.content.decode()


def test_an_import_purges_the_pages_of_its_indicators(client, home_de, admin_user):
    build_monitoring(home_de, indicators=1, years=range(2020, 2024))
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    cached(client, indicator.url)
    csv = "year;gemeinde;geschlecht;value;unit\n2030;Adendorf;insgesamt;4711;Personen\n"
    upload = DatasetUpload.objects.create(
        dataset=indicator.dataset, file_name="neu.csv", content=csv.encode(), sha256="x"
    )
    rows = read_upload(indicator.dataset, "neu.csv", csv.encode())
    with committed():
        apply(upload, rows, admin_user)
    response = client.get(indicator.url)
    assert response["X-Cache"] == "MISS"
    assert "4.711" in response.content.decode()


def test_freezing_a_report_purges_the_list_of_reports(client, home_de):
    built = build_action_plan(home_de)
    url = built.plan.url + "reports/"
    cached(client, url)
    with committed():
        frozen = freeze(built.plan, year=2023, as_of=datetime.date(2026, 1, 15))
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert f"reports/{frozen.pk}/" in response.content.decode()
