"""The editors' measure listing: filters across the whole tree, overdue, CSV/XLSX export."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from integration_pages.models import ActionField, MeasurePage, MeasureStatus
from tests.support.concept_data import add_measure, known_measures, make_concept
from tests.support.marks import indexed
from tests.support.site import translate_path

pytestmark = [pytest.mark.django_db, indexed]


@pytest.fixture
def known(home_de):
    concept, fields, units = make_concept(home_de)
    measures = known_measures(concept, fields, units)
    goal = concept.get_children().first()
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    # Both ended yesterday: one still in progress (late), one implemented (done).
    for key, slug, title, status in [
        ("late", "verspaetet", "Verspätete Maßnahme", MeasureStatus.IN_PROGRESS),
        ("done", "erledigt", "Erledigte Maßnahme", MeasureStatus.IMPLEMENTED),
    ]:
        measures[key] = add_measure(
            goal,
            slug,
            title=title,
            status=status,
            start_date=datetime.date(2020, 1, 1),
            end_date=yesterday,
        )
    return fields, units, measures


def _listed(response):
    return {page.title for page in response.context["pages"]}


def test_listing_shows_measures_from_every_concept(superuser_client, known):
    response = superuser_client.get(reverse("measures:index"))
    assert response.status_code == 200
    titles = _listed(response)
    assert {"Sprachcafé", "Verspätete Maßnahme"} <= titles
    assert "Sprachcafé" in response.content.decode()


def test_listing_filters_by_status_field_and_unit(superuser_client, known):
    fields, units, _measures = known
    url = reverse("measures:index")
    by_status = superuser_client.get(url, {"status": ["planned"]})
    assert _listed(by_status) >= {"Ausbildungslotsen"}
    assert "Sprachcafé" not in _listed(by_status)
    by_field = superuser_client.get(url, {"action_fields": [fields["I"].pk]})
    assert _listed(by_field) == {"Sprachcafé", "Elternabende"}
    by_unit = superuser_client.get(url, {"responsible_unit": units["Jobcenter Test"].pk})
    assert _listed(by_unit) == {"Ausbildungslotsen"}


def test_overdue_filter_finds_passed_end_dates_not_yet_implemented(superuser_client, known):
    response = superuser_client.get(reverse("measures:index"), {"overdue": "true"})
    titles = _listed(response)
    assert "Verspätete Maßnahme" in titles
    assert "Erledigte Maßnahme" not in titles  # implemented: not overdue
    assert "Ausbildungslotsen" not in titles  # ongoing
    assert all(
        m.end_date and m.end_date < datetime.date.today() and m.status != "implemented"
        for m in response.context["pages"]
    )


def test_listing_exports_csv_and_xlsx_with_the_filters_applied(superuser_client, known):
    url = reverse("measures:index")
    response = superuser_client.get(url, {"export": "csv", "overdue": "true"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    title_column = next(key for key in rows[0] if key in ("Title", "Titel"))
    titles = {row[title_column] for row in rows}
    assert {"Verspätete Maßnahme", "Sprachcafé"} <= titles  # both ended, neither implemented
    assert "Erledigte Maßnahme" not in titles and "Ausbildungslotsen" not in titles

    xlsx = superuser_client.get(url, {"export": "xlsx", "status": ["planned"]})
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert any("Ausbildungslotsen" in row for row in values[1:])
    assert not any("Sprachcafé" in row for row in values[1:])


def test_measure_editor_has_content_and_smart_fact_tabs_with_help_text(superuser_client, known):
    _fields, _units, measures = known
    response = superuser_client.get(
        reverse("wagtailadmin_pages:edit", args=[measures["lotsen"].pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "SMART" in html
    assert "Where the measure stands today." in html or "Wo die Maßnahme heute steht" in html


def test_concept_snippets_have_their_admin_listings(superuser_client, known):
    fields, _units, _measures = known
    concept = fields["I"].concept
    ActionField.objects.create(
        concept=concept, code="III", title="Sprache und Bildung", locale=concept.locale
    )
    for url_name in [
        "wagtailsnippets_integration_pages_actionfield:list",
        "wagtailsnippets_integration_pages_eccarcommitment:list",
        "wagtailsnippets_snippets_organisation:list",
    ]:
        response = superuser_client.get(reverse(url_name))
        assert response.status_code == 200, url_name
    assert (
        "Sprache und Bildung"
        in superuser_client.get(
            reverse("wagtailsnippets_integration_pages_actionfield:list"), {"concept": concept.pk}
        ).content.decode()
    )


def test_listing_opens_on_german_measures_and_filters_by_language(superuser_client, known):
    """Every measure has a copy in each language; the listing opens on the German ones
    and its language filter shows another language, or all."""
    _fields, _units, measures = known
    for measure in measures.values():
        translate_path(measure, "en", {measure.title: f"{measure.title} (English)"})
    german = superuser_client.get(reverse("measures:index")).context["pages"]
    assert german and {page.locale.language_code for page in german} == {"de"}
    english = superuser_client.get(reverse("measures:index"), {"locale": "en"}).context["pages"]
    assert english and {page.locale.language_code for page in english} == {"en"}
    everything = superuser_client.get(reverse("measures:index"), {"locale": ""}).context
    assert everything["paginator"].count > len(
        MeasurePage.objects.filter(locale__language_code="de")
    )
