"""The demo shows the facts of its sources as they give them (issue 16; docs/demo-sources.md):
one adoption date, the budget from 2022, Lüneburg's concept as a dated draft, the 2017 press
release, the Sicherer Hafen answers, an honest report link and pages reachable by links."""

import re
from urllib.parse import urlparse

import pytest

from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]
LUEBECK, LUENEBURG = "luebeck.localhost", "lueneburg.localhost"


def _html(client, url, host=LUEBECK):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_luebeck_concept_shows_one_adoption_date_and_no_invented_reference(client):
    html = _html(client, "/de/integrationskonzept/")
    assert 'datetime="2021-03-25"' in html
    assert "VO/2021" not in html
    assert "23.03.2021" not in html and "2021-03-23" not in html


def test_no_budget_row_before_2022(client):
    response = client.get("/de/integrationskonzept/", HTTP_HOST=LUEBECK)
    years = [row["year"] for row in response.context["budget_rows"]]
    assert years and min(years) == 2022


def test_the_resolutions_archive_has_one_adoption_date_and_the_entry_of_2017(client):
    html = _html(client, "/de/beschluesse/")
    assert "2021-03-25" in html and "2021-03-23" not in html
    assert "2017-06-26" in html and "Prozessketten" in html


def test_lueneburg_shows_its_status_not_an_adoption_date(client):
    html = _html(client, "/de/integrationskonzept/", host=LUENEBURG)
    assert "Stand Juni 2022, vorgelegt von Karin Kuntze" in html
    assert "Beschlossen" not in html and "VO/2022" not in html


def test_the_2017_press_release_gives_subtitle_people_and_context(client):
    html = _html(client, "/de/presse/aufnahme-gefluechteter-prozessketten/")
    for fact in ["nach individuellem Förderbedarf", "Manuela Söller-Winkler", "Bernd Saxe"]:
        assert fact in html
    assert "Sven Schindler" in html and "2015 und 2016" in html


def test_the_safe_harbour_answers_name_potsdam_120_cities_the_quota_and_a_talk(client):
    html = _html(client, "/de/sicherer-hafen/")
    for fact in ["Potsdamer Erklärung", "über 120 Städte", "Verteilungsquoten", "Gespräch"]:
        assert fact in html


def test_the_report_link_goes_to_the_federal_agency_it_names(client):
    html = _html(client, "/de/wegweiser/")
    link = re.search(r'<p class="report-link"><a href="([^"]+)">([^<]+)</a>', html)
    assert link, "no report link"
    url, text = link.groups()
    assert urlparse(url).path.strip("/"), "a way to report, not a home page"
    assert "antidiskriminierungsstelle.de" in url and "des Bundes" in text
    english = _html(client, "/en/wegweiser/")
    assert "Federal Anti-Discrimination Agency" in english


def test_the_funding_page_links_the_refund_form_and_demokratie_leben(client):
    html = _html(client, "/de/foerderung/")
    assert 'href="../erstattung-ehrenamt/"' in html
    assert "https://www.demokratie-leben.de/" in html
    # the relative link leads to the form in the reader's language
    assert client.get("/de/erstattung-ehrenamt/", HTTP_HOST=LUEBECK).status_code == 200


def test_sicherer_hafen_is_linked_from_the_home_page(client):
    html = _html(client, "/de/")
    assert "/de/sicherer-hafen/" in html
