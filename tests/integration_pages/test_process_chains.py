"""Process chains: the rules a chain must follow, its two views, its SVG and its open data,
built with factories (not the demo's chains)."""

import json
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import override
from wagtail.models import Locale

from integration_pages.chains.graph import problems, successors
from integration_pages.models import ProcessChainIndexPage, ProcessChainPage
from snippets.models import Language, Organisation
from tests.support.commit import committed
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
)
from tests.support.forum_data import counselling_service
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]


def step(number, **extra):
    return {"number": number, "branches": [], "ends": False, "leads_to": None, **extra}


# --- The rules ---------------------------------------------------------------------------


def test_a_step_hands_off_to_the_next_unless_it_branches_ends_or_leads_on():
    steps = [
        step(1),
        step(2, branches=[{"goes_to": 3}, {"goes_to": 4}]),
        step(3, ends=True),
        step(4, leads_to=99),
        step(5),
    ]
    assert successors(steps) == {1: [2], 2: [3, 4], 3: [], 4: [], 5: []}


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([step(1), step(1)], "unique"),
        ([step(1, branches=[{"goes_to": 7}, {"goes_to": 1}]), step(2)], "does not exist"),
        ([step(1, branches=[{"goes_to": 2}]), step(2)], "single branch"),
        ([step(1), step(2, branches=[{"goes_to": 1}, {"goes_to": 3}]), step(3)], "circle"),
        ([step(1, ends=True), step(2)], "No step leads to step 2"),
        ([step(1), step(2, branches=[{"goes_to": 2}, {"goes_to": 1}])], "itself"),
    ],
)
def test_a_chain_that_cannot_be_followed_is_refused_with_a_reason(steps, message):
    with override("en"):
        found = problems(steps)
    assert found and message in " ".join(found)


def test_a_chain_whose_branches_all_end_is_accepted():
    steps = [
        step(1),
        step(2, branches=[{"goes_to": 3}, {"goes_to": 5}]),
        step(3),
        step(4, ends=True),
        step(5),
    ]
    assert problems(steps) == []


# --- Building chains --------------------------------------------------------------------


def german():
    return Locale.objects.get(language_code="de")


@pytest.fixture
def actors():
    return [
        Organisation.objects.create(
            name=f"Amt {n}",
            address=f"Straße {n}\n23552 Lübeck",
            phone="0451 122-0",
            locale=german(),
        )
        for n in range(3)
    ]


@pytest.fixture
def index(home_de):
    page = ProcessChainIndexPage(title="Erste Schritte", slug="erste-schritte-test", intro="…")
    home_de.add_child(instance=page)
    return page


def make_steps(count, actors, measure=None, service=None, language=None):
    steps = []
    for number in range(1, count + 1):
        value = {
            "number": number,
            "title": f"Schritt Nummer {number}",
            "what_to_do": f"Gehen Sie zu Amt {number % len(actors)}.",
            "bring": ["Reisepass", "Mietvertrag"],
            "actor": actors[number % len(actors)],
            "participants": [actors[(number + 1) % len(actors)]],
            "handoff": f"Akte geht an Schritt {number + 1}",
            "waiting_days": number * 3,
            "duration_minutes": 30,
            "cost": Decimal("12.50") if number == 1 else Decimal("0"),
            "languages": [language] if language else [],
            "interpreter": number == 2,
            "services": [service] if service else [],
            "obstacles": ["Termine sind knapp."] if number == 2 else [],
            "measures": [measure] if measure else [],
            "branches": [],
            "ends": False,
            "leads_to": None,
        }
        steps.append(("step", value))
    return steps


def make_chain(index, actors, count=5, slug="anmelden", **kwargs):
    chain = ProcessChainPage(
        title="Testkette zur Anmeldung",
        slug=slug,
        intro="So melden Sie sich in Lübeck an.",
        is_example=True,
        steps=make_steps(count, actors, **kwargs),
    )
    index.add_child(instance=chain)
    chain.save_revision().publish()
    return chain


@pytest.fixture
def extras(home_de):
    """What a step can point at: a measure of the concept, a counselling service and a
    language it is offered in."""
    goal = GoalPageFactory(parent=IntegrationConceptPageFactory(parent=home_de))
    measure = MeasurePageFactory(parent=goal, title="Sprachcafé im Stadtteil")
    service = counselling_service()
    language = Language.objects.get(locale__language_code="de", code="ar")
    return {"measure": measure, "service": service, "language": language}


def test_saving_a_chain_with_a_broken_hand_off_names_the_step(index, actors):
    chain = make_chain(index, actors)
    steps = make_steps(3, actors)
    steps[0][1]["branches"] = [
        {"condition": "mit Visum", "goes_to": 9},
        {"condition": "ohne", "goes_to": 2},
    ]
    chain.steps = steps
    with override("en"), pytest.raises(ValidationError) as error:
        chain.full_clean()
    assert "step 9" in str(error.value)


# --- The views ----------------------------------------------------------------------------


def path(page):
    return page.get_url_parts()[2]


def test_first_steps_list_every_step_with_what_to_bring_and_who_helps(
    extras, client, index, actors
):
    chain = make_chain(index, actors, **extras)
    html = client.get(path(chain)).content.decode()
    for number in range(1, 6):
        assert f'id="step-{number}"' in html and f"Schritt Nummer {number}" in html
    assert "Reisepass" in html and "Straße 1" in html and "12,50\u00a0€" in html
    assert html.count("12,50\u00a0€") == 1, "a step without cost is free of charge, not 12,50 €"
    assert extras["service"].name in html
    assert "example-badge" in html and ">Beispiel<" in html


def test_the_printable_checklist_has_a_box_to_tick_per_step(client, index, actors):
    chain = make_chain(index, actors)
    html = client.get(f"{path(chain)}print/").content.decode()
    assert html.count('class="tick"') == 5


def test_the_process_view_draws_each_step_and_hand_off_as_text_in_the_svg_and_the_list(
    extras, client, index, actors
):
    chain = make_chain(index, actors, **extras)
    html = client.get(f"{path(chain)}process/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    listed = html[html.index('class="process-steps"') :]
    for number in range(1, 6):
        assert f"Schritt Nummer {number}" in svg and f"Schritt Nummer {number}" in listed
        assert f'href="#step-{number}"' in svg
    handoffs = re.findall(r'class="swimlane__handoff"[^>]*><title>([^<]*)</title>', svg)
    assert len(handoffs) == 4
    for number, title in enumerate(handoffs, start=1):
        assert re.search(rf"\b{number}\b.*\b{number + 1}\b", title), title
    # One lane per actor, the obstacle flagged, the measure and its status beside it.
    assert svg.count('class="swimlane__lane') == len(actors)
    assert "swimlane__step--obstacle" in svg
    assert extras["measure"].title in listed


def test_the_swimlane_runs_right_to_left_in_arabic(client, index, actors):
    from integration_pages.chains.swimlane import BOX_WIDTH

    chain = make_chain(index, actors)
    arabic = chain.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic.save_revision().publish()
    html = client.get(f"{path(arabic)}process/").content.decode()
    assert 'dir="rtl"' in html
    xs = [int(x) for x in re.findall(rf'<rect x="(\d+)" y="\d+" width="{BOX_WIDTH}"', html)]
    assert xs == sorted(xs, reverse=True), "steps must run from right to left"


def test_chain_json_gives_steps_actors_and_hand_offs(extras, client, index, actors):
    chain = make_chain(index, actors, **extras)
    data = json.loads(client.get(f"{path(chain)}chain.json").content)
    assert data["chain"]["example_data"] is True
    assert [s["number"] for s in data["steps"]] == [1, 2, 3, 4, 5]
    assert data["steps"][0]["next_steps"] == [2] and data["steps"][-1]["next_steps"] == []
    assert data["steps"][0]["responsible"]["name"] == actors[1].name
    assert data["steps"][0]["cost_eur"] == "12.50" and data["steps"][1]["cost_eur"] == "0"
    assert data["steps"][0]["languages"] == ["ar"]
    assert data["steps"][0]["measures"][0]["status"] == extras["measure"].status


def test_the_api_lists_the_chain_with_its_steps(client, index, actors):
    chain = make_chain(index, actors)
    response = client.get(
        "/api/v2/pages/",
        {"type": "integration_pages.ProcessChainPage", "fields": "intro,steps,is_example"},
    )
    items = [item for item in response.json()["items"] if item["id"] == chain.pk]
    assert items and len(items[0]["steps"]) == 5 and items[0]["is_example"] is True


def test_the_index_lists_its_chains(client, index, actors):
    chain = make_chain(index, actors, slug="anmelden-index")
    assert chain.title in client.get(path(index)).content.decode()


@pytest.mark.parametrize("view", ["", "process/", "print/", "chain.json"])
def test_queries_do_not_grow_with_the_number_of_steps(
    extras, client, index, actors, view, django_assert_max_num_queries
):
    counts = []
    for count, slug in ((5, "kurz"), (40, "lang")):
        chain = make_chain(index, actors, count=count, slug=slug, **extras)
        client.get(f"{path(chain)}{view}")
        with django_assert_max_num_queries(20) as captured:
            response = client.get(f"{path(chain)}{view}")
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_a_restricted_measure_or_chain_is_not_shown_to_the_public(extras, client, index, actors):
    from wagtail.models import PageViewRestriction

    found = extras
    chain = make_chain(index, actors, **found)
    assert found["measure"].title in client.get(f"{path(chain)}process/").content.decode()
    # Committed, as the editor's request is: the restriction purges the cached views.
    with committed():
        PageViewRestriction.objects.create(page=found["measure"], restriction_type="login")
    assert found["measure"].title not in client.get(f"{path(chain)}process/").content.decode()
    assert found["measure"].title not in client.get(f"{path(chain)}chain.json").content.decode()

    with committed():
        PageViewRestriction.objects.create(page=chain, restriction_type="login")
    assert chain.title not in client.get(path(index)).content.decode()


def test_editors_preview_the_swimlane_diagram(index, actors):
    chain = make_chain(index, actors)
    response = chain.make_preview_request(preview_mode="process")
    response.render()
    html = response.content.decode()
    assert "<svg" in html and html.count('class="swimlane__step') == 5
