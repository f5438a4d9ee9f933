"""The demo's two sites: Lübeck and Lüneburg on their own host names, each with the
concept the demo builds from home/demo/data/concepts.yaml. These read the demo content
itself; how two sites are served by host name is tested on sites built by the tests
(tests/home/test_two_sites.py)."""

import pytest
from wagtail.models import Site

from integration_pages.models import ActionField, GoalPage, IntegrationConceptPage, MeasurePage
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def test_demo_builds_two_sites_on_their_own_host_names():
    sites = {s.hostname: s for s in Site.objects.select_related("root_page")}
    assert set(sites) == {"luebeck.localhost", "lueneburg.localhost"}
    assert sites["luebeck.localhost"].is_default_site
    assert sites["lueneburg.localhost"].root_page.slug == "lueneburg"


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
