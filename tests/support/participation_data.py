"""A small prioritisation: a concept with two fields of action, three goals in the first
and one in the second, a sub-goal without fields (it counts in its parent's field), and
a process over all of them that is open now.

The tests read it as a reader of its English copy does: the page's own words are the
English source strings, so the tests say what a reader sees, whatever the German catalogue
says; everything sent is stored with the German original (`process.original()`)."""

import datetime

from django.utils import timezone

from integration_pages.models import GoalPage, ParticipationNotice, PrioritisationPage
from tests.support.concept_data import make_concept
from tests.support.factories import GoalPageFactory
from tests.support.site import locale, publish, translated


def make_notice(retention_days=180):
    return ParticipationNotice.objects.create(
        locale=locale(),
        title="Online-Beteiligung: Datenschutz",
        consent_text="<p>Wir speichern Ihre Adresse nur als Prüfwert.</p>",
        retention_days=retention_days,
    )


def make_process(
    home, *, opens=None, closes=None, admission="both", reader="en", slug="priorisierung", **facts
):
    """(process, {name: goal}) below a fresh concept of `home`: the process's copy in
    `reader`'s language (the German original for "de")."""
    concept, fields, _units = make_concept(home)
    goals = {}
    for name, field in [("sprache", "I"), ("kita", "I"), ("schule", "I"), ("arbeit", "II")]:
        goal = GoalPageFactory(parent=concept, slug=name, title=f"Ziel {name}")
        goal.action_fields.set([fields[field]])
        goal.save_revision().publish()
        goals[name] = goal
    sub = GoalPageFactory(parent=goals["arbeit"], slug="anerkennung", title="Ziel anerkennung")
    goals["anerkennung"] = sub
    now = timezone.now()
    process = PrioritisationPage(
        title="Online-Priorisierung",
        slug=slug,
        opens_at=opens or now - datetime.timedelta(days=1),
        closes_at=closes or now + datetime.timedelta(days=30),
        admission=admission,
        notice=make_notice(),
        **facts,
    )
    publish(concept, process)
    process.goals.set(GoalPage.objects.filter(pk__in=[g.pk for g in goals.values()]))
    process.save_revision().publish()
    process.refresh_from_db()
    if reader != "de":
        process = translated(process, reader)
    return process, goals


def build_prioritisation(concept, goals):
    """An open prioritisation over `goals` below `concept`, as every page type needs one."""
    now = timezone.now()
    process = publish(
        concept,
        PrioritisationPage(
            title="Priorisierung",
            slug="priorisierung",
            opens_at=now - datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=30),
            notice=make_notice(),
        ),
    )
    process.goals.set(goals)
    process.save_revision().publish()
    return process
