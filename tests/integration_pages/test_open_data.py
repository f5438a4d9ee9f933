"""Open data: every measure as JSON, as CSV for spreadsheets, and through Wagtail's API."""

import csv
import io

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from integration_pages.models import MeasurePage
from tests.support.concept_data import add_measure, known_measures, make_concept, translate_known
from tests.support.factories import GoalPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(home_de):
    concept, fields, units = make_concept(home_de)
    return concept, known_measures(concept, fields, units)


@pytest.fixture
def known_in_english(home_de):
    concept, fields, units = make_concept(home_de)
    measures = known_measures(concept, fields, units)
    translate_known(concept, fields, units, measures, "en")
    return concept, measures


def neighbouring_site(hostname="nachbarstadt.localhost"):
    """A second municipality on the same installation, with a concept and measures of its
    own, served at its own host name."""
    home = Page.get_first_root_node().add_child(
        instance=HomePage(
            title="Nachbarstadt",
            slug="nachbarstadt",
            locale=Locale.objects.get(language_code="de"),
        )
    )
    Site.objects.create(hostname=hostname, port=80, root_page=home, site_name="Nachbarstadt")
    concept, fields, _units = make_concept(home)
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Ziel der Nachbarstadt")
    return [
        add_measure(goal, slug, [fields["I"]], title=title)
        for slug, title in [("begegnung", "Begegnungsfest"), ("beratung", "Nachbarberatung")]
    ]


def test_json_lists_every_measure_with_its_facts(client, known):
    concept, measures = known
    response = client.get("/de/konzept/measures.json")
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["count"] == 4 and data["concept"]["annual_budget"] == 100000
    by_title = {m["title"]: m for m in data["measures"]}
    assert set(by_title) == {m.title for m in measures.values()}
    lotsen = by_title["Ausbildungslotsen"]
    assert lotsen["status"] == "planned" and lotsen["status_label"] == "geplant"
    assert lotsen["annual_cost"] == 70000 and lotsen["ongoing"] is True
    assert lotsen["start_date"] == "2023-01-01" and lotsen["end_date"] is None
    assert lotsen["fields_of_action"] == [{"code": "II", "title": "Arbeit"}]
    assert lotsen["responsible_unit"] == "Jobcenter Test"
    assert lotsen["partners"] == ["Amt für Bildung"]
    assert lotsen["goal"] == "Leitziel Sprache"
    assert lotsen["url"] == "http://testserver/de/konzept/ziel/lotsen/"


def test_csv_opens_in_spreadsheets_with_umlauts_and_every_measure(client, known):
    _concept, measures = known
    response = client.get("/de/konzept/measures.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="measures-konzept-de.csv"' in response["Content-Disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["ID", "Titel", "Zusammenfassung"]
    assert len(body) == len(measures)
    cafe = next(r for r in body if r[1] == "Sprachcafé")
    assert "Sprachcafé".encode() in raw
    assert cafe[header.index("Geplante Kosten pro Jahr (EUR)")] == "30000"
    assert cafe[header.index("Handlungsfelder")] == "I"


def test_open_data_is_in_the_language_of_the_concept_page(client, known_in_english):
    """The English concept serves English titles; facts stay the same."""
    response = client.get("/en/konzept/measures.json")
    data = response.json()
    assert data["concept"]["language"] == "en"
    german = client.get("/de/konzept/measures.json").json()
    assert data["count"] == german["count"] > 0
    titles_en = {m["title"] for m in data["measures"]}
    titles_de = {m["title"] for m in german["measures"]}
    assert titles_en.isdisjoint(titles_de)
    costs = sorted(str(m["annual_cost"]) for m in data["measures"])
    assert costs == sorted(str(m["annual_cost"]) for m in german["measures"])
    assert all(m["url"].startswith("http://testserver/en/") for m in data["measures"])


def test_measures_are_available_through_the_wagtail_api(client, home_de, known):
    _concept, measures = known
    neighbours = neighbouring_site()
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "integration_pages.MeasurePage",
            "fields": "status,annual_cost,start_date,ongoing",
            "locale": "de",
            "limit": 100,
        },
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert set(measures_titles := {m.title for m in measures.values()}) <= set(items)
    assert items["Ausbildungslotsen"]["status"] == "planned"
    assert items["Ausbildungslotsen"]["annual_cost"] == "70000.00"
    assert items["Ausbildungslotsen"]["ongoing"] is True
    # The API answers for the site asked (here in German): this one, nothing of its neighbour.
    own = MeasurePage.objects.live().descendant_of(home_de).filter(locale__language_code="de")
    assert response.json()["meta"]["total_count"] == own.count() == len(measures_titles)
    other = client.get(
        "/api/v2/pages/",
        {"type": "integration_pages.MeasurePage", "locale": "de", "limit": 100},
        HTTP_HOST="nachbarstadt.localhost",
    ).json()
    assert other["meta"]["total_count"] == len(neighbours)
    assert {item["title"] for item in other["items"]} == {m.title for m in neighbours}
    assert not {item["title"] for item in other["items"]} & measures_titles
