"""One install, two municipalities: each site answers on its own host name.

What the demo's two sites hold (Lübeck's and Lüneburg's concepts) is checked in
tests/home/test_demo_sites.py."""

import datetime
from decimal import Decimal

import pytest
from django.utils.html import escape

from integration_pages.models import GoalPage
from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory
from tests.support.office_site import HOST, OTHER_HOST, office, rename_site, site_home
from tests.support.site import translated

pytestmark = pytest.mark.django_db


def test_each_host_serves_its_own_concept(client, home_de):
    rename_site(home_de, HOST)
    office(home_de, municipality="Hansestadt Beispielstadt")
    other = site_home("Musterkreis", "musterkreis", OTHER_HOST, "Landkreis Musterkreis")
    IntegrationConceptPageFactory(
        parent=home_de,
        slug="integrationskonzept",
        adopted_on=datetime.date(2021, 3, 25),
        annual_budget=Decimal("100000"),
    )
    IntegrationConceptPageFactory(
        parent=other,
        slug="integrationskonzept",
        adopted_on=datetime.date(2022, 6, 30),
        annual_budget=Decimal("40000"),
    )
    here = client.get("/de/integrationskonzept/", HTTP_HOST=f"{HOST}:8000")
    there = client.get("/de/integrationskonzept/", HTTP_HOST=f"{OTHER_HOST}:8000")
    assert here.context["page"].adopted_on.isoformat() == "2021-03-25"
    assert here.context["page"].annual_budget == 100000
    assert there.context["page"].adopted_on.year == 2022
    assert "Hansestadt Beispielstadt" in here.content.decode()
    assert "Landkreis Musterkreis" in there.content.decode()
    assert "Landkreis Musterkreis" not in here.content.decode()


def test_translated_concept_without_translated_goals_shows_the_german_ones(client, home_de):
    concept = IntegrationConceptPageFactory(parent=home_de, slug="integrationskonzept")
    GoalPageFactory(parent=concept, slug="sprache", title="Sprache & Bildung für alle")
    GoalPageFactory(parent=concept, slug="arbeit", title="Arbeit")
    arabic = translated(concept, "ar")  # the concept only: its goals stay German
    assert not GoalPage.objects.child_of(arabic).exists()
    html = client.get("/ar/integrationskonzept/").content.decode()
    german = client.get("/de/integrationskonzept/")
    some_goal = GoalPage.objects.child_of(german.context["page"]).first()
    # Each German title is marked as German inside the right-to-left page, so screen
    # readers switch voice and the Latin text runs left to right.
    assert f'lang="de" dir="ltr">{escape(some_goal.title)}<' in html
    # And the page says why they are in German.
    assert '<p class="notice kern-alert kern-alert--warning" role="note">' in html
