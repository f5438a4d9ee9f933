"""One install, two municipalities: each site answers on its own host name."""

import pytest
from django.utils.html import escape
from wagtail.models import Site

from integration_pages.models import ActionField, GoalPage, IntegrationConceptPage, MeasurePage
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def test_demo_builds_two_sites_on_their_own_host_names():
    sites = {s.hostname: s for s in Site.objects.select_related("root_page")}
    assert set(sites) == {"luebeck.localhost", "lueneburg.localhost"}
    assert sites["luebeck.localhost"].is_default_site
    assert sites["lueneburg.localhost"].root_page.slug == "lueneburg"


def test_each_host_serves_its_own_concept(client):
    luebeck = client.get("/de/integrationskonzept/", HTTP_HOST="luebeck.localhost:8000")
    lueneburg = client.get("/de/integrationskonzept/", HTTP_HOST="lueneburg.localhost:8000")
    assert luebeck.context["page"].adopted_on.isoformat() == "2021-03-25"
    assert luebeck.context["page"].annual_budget == 100000
    assert lueneburg.context["page"].adopted_on.year == 2022
    assert "Hansestadt Lübeck" in luebeck.content.decode()
    assert "Landkreis Lüneburg" in lueneburg.content.decode()


def _concept(slug):
    return IntegrationConceptPage.objects.get(
        locale__language_code="de", url_path__startswith=f"/{slug}/"
    )


def test_luebeck_concept_has_seven_fields_and_its_participation_history():
    concept = _concept("luebeck")
    assert ActionField.objects.filter(concept=concept, locale=concept.locale).count() == 7
    steps = [s.value for s in concept.participation_history]
    dates = {(s["start_date"].isoformat(), s["end_date"].isoformat()) for s in steps}
    assert ("2019-09-27", "2019-09-29") in dates and ("2020-01-14", "2020-02-11") in dates


def test_lueneburg_concept_has_four_numbered_fields_six_goals_with_sub_goals():
    concept = _concept("lueneburg")
    codes = list(
        ActionField.objects.filter(concept=concept, locale=concept.locale).values_list(
            "code", flat=True
        )
    )
    assert codes == ["I", "II", "III", "IV"]
    goals = GoalPage.objects.child_of(concept)
    assert goals.count() == 6
    assert all(GoalPage.objects.child_of(goal).exists() for goal in goals)
    measures = MeasurePage.objects.descendant_of(concept)
    assert any(block.value["period"] == "2022/2023" for m in measures for block in m.examples)
    assert any(m.indicators for m in measures)
    assert all(m.action_fields.exists() for m in measures)
    assert concept.vision and concept.mission and len(concept.guidelines) >= 4


def test_translated_concept_without_translated_goals_shows_the_german_ones(client):
    arabic = IntegrationConceptPage.objects.get(
        locale__language_code="ar", url_path__startswith="/luebeck"
    )
    for goal in GoalPage.objects.child_of(arabic):
        goal.delete()
    html = client.get("/ar/integrationskonzept/").content.decode()
    german = client.get("/de/integrationskonzept/")
    some_goal = GoalPage.objects.child_of(german.context["page"]).first()
    # Each German title is marked as German inside the right-to-left page, so screen
    # readers switch voice and the Latin text runs left to right.
    assert f'lang="de" dir="ltr">{escape(some_goal.title)}<' in html
    # And the page says why they are in German.
    assert '<p class="notice" role="note">' in html
