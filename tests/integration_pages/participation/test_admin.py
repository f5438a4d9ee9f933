"""The process in the admin: its goal list offers its own concept's goals, the workshop
table takes only those goals and each once, and once the results are frozen the rules
they were computed with cannot change (a note on the results still can). Over HTTP, as
an editor saves the page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from integration_pages.models import GoalPage, PrioritisationPage, WorkshopWeight
from integration_pages.participation.results import close
from tests.support.marks import indexed
from tests.support.participation_data import make_process
from tests.support.site import add_home, translated

# The admin's editor reads the reference index (usage counts): the saves keep it.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), indexed]


def form_data(process, goals, weights=(), **changes):
    local = timezone.localtime
    data = {
        "title": process.title,
        "slug": process.slug,
        "introduction": rich_text(""),
        "description": rich_text(""),
        "results_note": rich_text(changes.pop("results_note", "")),
        "opens_at": local(process.opens_at).strftime("%Y-%m-%d %H:%M"),
        "closes_at": local(process.closes_at).strftime("%Y-%m-%d %H:%M"),
        "admission": process.admission,
        "points_per_field": process.points_per_field,
        "max_points_per_goal": process.max_points_per_goal,
        "notice": process.notice_id,
        "combination": process.combination,
        "online_weight": process.online_weight,
        "workshop_weight": process.workshop_weight,
        "workshop_note": "",
        "workshop_weights": inline_formset(
            [{"goal": goal.pk, "points": points} for goal, points in weights]
        ),
        "action-publish": "publish",
        **changes,
    }
    # a list of values for one name, which nested_form_data would take apart
    return {**nested_form_data(data), "goals": [goal.pk for goal in goals]}


def in_german(message):
    """The admin speaks the editor's language, German here."""
    with translation.override("de"):
        return gettext(message)


def errors(response):
    import re

    return re.findall(r'class="error-message"[^>]*>(.*?)</', response.content.decode(), re.S)


def save(superuser_client, process, data):
    return superuser_client.post(reverse("wagtailadmin_pages:edit", args=[process.pk]), data)


@pytest.fixture
def german(home_de):
    process, goals = make_process(home_de, reader="de")
    return process, goals


def test_the_goal_list_offers_the_goals_of_the_process_concept_only(superuser_client, german):
    process, goals = german
    make_process(add_home("Andere Stadt", "andere-stadt"), reader="de")  # goals elsewhere
    form_class = PrioritisationPage.get_edit_handler().get_form_class()
    form = form_class(instance=process, parent_page=process.get_parent())
    offered = set(form.fields["goals"].queryset)
    assert offered == set(GoalPage.objects.filter(pk__in=[g.pk for g in goals.values()]))
    page = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[process.pk]))
    assert page.status_code == 200
    assert "– Ziel anerkennung" in page.content.decode()  # the sub-goal under its goal


def test_an_editor_enters_workshop_points_and_the_ranking_uses_them(superuser_client, german):
    process, goals = german
    asked = list(goals.values())
    weights = [(goals["schule"], 7), (goals["arbeit"], 2)]
    response = save(superuser_client, process, form_data(process, asked, weights))
    assert response.status_code == 302, errors(response)
    stored = dict(WorkshopWeight.objects.filter(page=process).values_list("goal__slug", "points"))
    assert stored == {"schule": 7, "arbeit": 2}


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ("outside", "This goal is not among the goals the process asks about."),
        ("twice", "This goal has workshop points in another row already."),
    ],
)
def test_workshop_points_for_a_goal_not_asked_or_twice_are_refused(
    superuser_client, german, weights, message
):
    process, goals = german
    asked = [goals["sprache"], goals["kita"]]
    rows = {
        "outside": [(goals["arbeit"], 3)],
        "twice": [(goals["kita"], 3), (goals["kita"], 1)],
    }[weights]
    response = save(superuser_client, process, form_data(process, asked, rows))
    assert response.status_code == 200
    assert in_german(message) in response.content.decode()
    assert not WorkshopWeight.objects.filter(page=process).exists()


def test_a_closed_process_keeps_its_rules_and_takes_a_note(superuser_client, german):
    process, goals = german
    PrioritisationPage.objects.filter(pk=process.pk).update(
        opens_at=timezone.now() - datetime.timedelta(days=20),
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    process.refresh_from_db()
    close(process)
    later = form_data(
        process,
        list(goals.values()),
        closes_at=(timezone.localtime() + datetime.timedelta(days=5)).strftime("%Y-%m-%d %H:%M"),
    )
    response = save(superuser_client, process, later)
    assert response.status_code == 200
    frozen = in_german(
        "The process has closed and its results are frozen: this can no longer change. "
        "Add a note on the results instead."
    )
    assert frozen in response.content.decode()
    process.refresh_from_db()
    assert process.closes_at < timezone.now()
    noted = form_data(process, list(goals.values()), results_note="Im Rat vorgestellt.")
    assert save(superuser_client, process, noted).status_code == 302


def test_the_editor_shows_the_turnout_so_far_and_nothing_about_anyone(
    superuser_client, client, german
):
    """Counts only: the office sees how many took part, not who nor how the goals stand."""
    from integration_pages.participation.admin_panels import turnout
    from integration_pages.participation.codes import generate_codes
    from tests.support.participation_flow import ballot_path, points, register

    process, goals = german
    english = translated(process, "en")
    voter = ballot_path(client, english, "ana@example.org")
    client.post(voter, points(goals, sprache=2))
    register(client, english, "wartet@example.org")  # never confirmed
    code = generate_codes(process, 3)[0]
    by_code = client.post(english.url + "code/", {"code": code, "consent": "on"})
    client.post(by_code["Location"], points(goals, kita=1))
    assert turnout(process) == {
        "confirmed": 1,
        "waiting": 1,
        "by_email": 1,
        "by_code": 1,
        "codes": 3,
        "codes_used": 1,
    }
    page = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[process.pk]))
    html = page.content.decode()
    with translation.override("de"):
        expected = gettext("Ballots so far: %(ballots_email)s by e-mail, %(ballots_code)s by code.")
    assert expected % {"ballots_email": 1, "ballots_code": 1} in html
    assert "ana@example.org" not in html and "Ziel sprache</td>" not in html
