"""The ballot's rules: a budget per field of action, a most per goal, only the process's
goals, only while it is open; every refusal says why and leaves the stored ballot as it
was; a ballot can be changed until the closing."""

import datetime

import pytest
from django.utils import timezone

from integration_pages.models import Ballot
from tests.support.participation_data import make_process
from tests.support.participation_flow import ballot_path, points

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def open_process(home_de):
    return make_process(home_de, opens=timezone.now() - datetime.timedelta(days=10))


@pytest.fixture
def voter(client, open_process):
    process, _goals = open_process
    return ballot_path(client, process, "ana@example.org")


def stored(process):
    return list(Ballot.objects.filter(process=process.original()).values_list("points", flat=True))


def test_a_valid_ballot_is_stored_by_goal_and_can_be_changed(client, open_process, voter):
    process, goals = open_process
    response = client.post(voter, points(goals, sprache=2, kita=1, arbeit=2))
    assert response.status_code == 200
    assert "Your ballot is saved" in response.content.decode()
    key = {name: str(goal.translation_key) for name, goal in goals.items()}
    assert stored(process) == [{key["sprache"]: 2, key["kita"]: 1, key["arbeit"]: 2}]
    # changed: still one ballot, with the new points only
    client.post(voter, points(goals, schule=1, anerkennung=1))
    assert stored(process) == [{key["schule"]: 1, key["anerkennung"]: 1}]
    # the form shows what is stored, and how many points are left per field
    page = client.get(voter).content.decode()
    assert "2 of 3 points left" in page
    assert f'value="1" id="id_goal-{key["schule"]}_1" checked' in page


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"sprache": 2, "kita": 2}, "you gave 4 points, but there are at most 3 points"),
        ({"sprache": 3}, "Give between 0 and 2 points to this goal."),
        ({"sprache": -1}, "Give between 0 and 2 points to this goal."),
        ({"sprache": "zwei"}, "Give between 0 and 2 points to this goal."),
        # the sub-goal has no field of its own: it counts in its guiding goal's field (II)
        ({"arbeit": 2, "anerkennung": 2}, "II Arbeit: you gave 4 points"),
    ],
)
def test_a_ballot_breaking_the_rules_is_refused_and_the_stored_one_kept(
    client, open_process, voter, given, message
):
    process, goals = open_process
    client.post(voter, points(goals, schule=1))
    before = stored(process)
    response = client.post(voter, points(goals, **given))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Your ballot has not been saved" in response.content.decode()
    assert stored(process) == before


def test_points_on_a_goal_outside_the_process_are_refused(client, open_process, voter):
    process, goals = open_process
    outside = {"goal-6b1c3e1e-0000-4000-8000-000000000000": "1"}
    response = client.post(voter, {**points(goals, sprache=1), **outside})
    assert response.status_code == 400
    assert "Points can only go to the goals of this process" in response.content.decode()
    assert stored(process) == []


def test_a_goal_removed_from_the_process_takes_no_more_points(client, open_process, voter):
    process, goals = open_process
    original = process.original()
    original.goals.remove(goals["kita"])
    original.save_revision().publish()
    response = client.post(voter, points(goals, kita=1))
    assert response.status_code == 400
    assert stored(process) == []


def test_no_ballot_after_the_closing(client, open_process, voter):
    process, goals = open_process
    client.post(voter, points(goals, sprache=1))
    type(process).objects.filter(translation_key=process.translation_key).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.post(voter, points(goals, sprache=2, kita=1))
    assert response.status_code == 403
    assert "This process has closed" in response.content.decode()
    assert list(
        Ballot.objects.filter(process=process.original()).values_list("points", flat=True)
    ) == [{str(goals["sprache"].translation_key): 1}]


def test_before_the_opening_the_page_says_when_and_takes_nobody(client, home_de):
    opens = timezone.now() + datetime.timedelta(days=2)
    process, _goals = make_process(home_de, opens=opens, closes=opens + datetime.timedelta(days=14))
    page = client.get(process.url).content.decode()
    assert "Opens on" in page
    assert 'name="email"' not in page
    response = client.post(process.url + "register/", {"email": "a@example.org", "consent": "on"})
    assert response.status_code == 403
    assert "has not opened yet" in response.content.decode()


def test_the_form_needs_no_javascript_and_groups_goals_by_field(client, open_process, voter):
    """Radio buttons in a fieldset per goal, inside a fieldset per field of action; the
    points left are printed by the server."""
    page = client.get(voter).content.decode()
    assert page.count('<fieldset class="ballot__group"') == 2
    assert page.count('<fieldset class="ballot__goal') == 5
    assert page.count('type="radio"') == 5 * 3
    assert "3 of 3 points left" in page


@pytest.mark.parametrize("extra_goals", [0, 30])
def test_the_open_page_and_the_ballot_take_the_same_queries_whatever_the_number_of_goals(
    client, home_de, django_assert_max_num_queries, extra_goals
):
    from tests.support.factories import GoalPageFactory

    process, goals = make_process(home_de)
    original = process.original()
    more = [
        GoalPageFactory(parent=original.get_parent(), slug=f"mehr-{n}") for n in range(extra_goals)
    ]
    original.goals.add(*more)
    original.save_revision().publish()
    voter = ballot_path(client, process, "ana@example.org")
    client.get(process.url)  # warm: the site and its settings
    # the same bound at 5 and at 35 goals
    with django_assert_max_num_queries(30):
        overview = client.get(process.url)
    with django_assert_max_num_queries(30):
        ballot = client.get(voter)
    with django_assert_max_num_queries(40):
        saved = client.post(voter, points(goals, sprache=1))
    assert overview.status_code == ballot.status_code == saved.status_code == 200
    assert ballot.content.decode().count('<fieldset class="ballot__goal') == 5 + extra_goals
