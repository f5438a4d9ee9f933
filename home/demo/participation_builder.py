"""Builds the prioritisation of a demo site from data/participation.yaml: the site's notice on
data protection (also named in its privacy statement), Lübeck's closed online prioritisation
of 2020 with invented ballots and frozen results, and Lüneburg's process that is open
whenever load_demo has run.

Like the other parts, it leaves alone whatever exists: a process gets ballots only while it
has neither ballots nor a result, and a frozen result is never touched again.
"""

import datetime
import random
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cms.pagecache.purge import purge_pages
from integration_pages.models import (
    Ballot,
    GoalPage,
    ParticipationNotice,
    PrioritisationPage,
    PrioritisationResult,
    WorkshopWeight,
)
from integration_pages.participation.ballots import goal_groups
from integration_pages.participation.models import State
from integration_pages.participation.results import close

from .data_files import load
from .examples import is_example, mark
from .monitoring_builder import translated
from .part import PartBuilder, de

DATA = load("participation")
SITES = DATA["sites"]
ZONE = ZoneInfo(DATA["timezone"])
NOTICE_BLOCK = "participation_notice"


def local_time(text):
    """'2020-01-14 00:00', a local time of the data's time zone, as an aware datetime."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=ZONE)


def period(spec, now):
    """(opens_at, closes_at) of a process: the data's local times, or days from `now`."""
    if "opens_at" in spec:
        return local_time(spec["opens_at"]), local_time(spec["closes_at"])
    return (
        now + datetime.timedelta(days=spec["opens_in_days"]),
        now + datetime.timedelta(days=spec["closes_in_days"]),
    )


def days_of(process):
    """Every local day the process was open, first to last."""
    first = timezone.localtime(process.opens_at, ZONE).date()
    last = timezone.localtime(process.closes_at, ZONE).date()
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


def day_weights(days):
    """How busy each day was: most ballots in the first days after the launch and in the
    last days before the closing, fewer at weekends."""
    weights = []
    for index, day in enumerate(days):
        weight = 1.0
        if index < 3:
            weight = 3.0 - index * 0.5
        elif index >= len(days) - 3:
            weight = 2.0
        if day.weekday() >= 5:
            weight *= 0.6
        weights.append(weight)
    return weights


def invented_points(rng, groups, budget, per_goal, fill, appeal):
    """One person's points {goal key: points}: in each field (group) they give points to at
    all (`fill` by the field's code), most spend the whole budget and a few only part of it,
    one point at a time to the goals that still take one, drawn by the goals' `appeal`. At
    least one point, so every ballot says something."""
    points = Counter()
    for group in groups:
        if rng.random() >= fill.get(group.code, 0.8):
            continue
        most = min(budget, per_goal * len(group.goals))
        total = most if rng.random() < 0.7 else rng.randint(1, most)
        for _point in range(total):
            open_goals = [goal for goal in group.goals if points[goal.key] < per_goal]
            weights = [appeal.get(goal.slug, 2) for goal in open_goals]
            points[rng.choices(open_goals, weights)[0].key] += 1
    if not points:
        group = rng.choice(groups)
        points[rng.choice(group.goals).key] = 1
    return dict(points)


def invented_ballots(process, spec):
    """The data's ballots for the German `process`, none saved: each within the budget of
    points per field of action and on one goal, grouped as the ballot form groups them."""
    rng = random.Random(spec["seed"])
    groups = goal_groups(process, settings.LANGUAGE_CODE, Q(pk__in=[]))
    days = days_of(process)
    dates = sorted(rng.choices(days, day_weights(days), k=spec["count"]))
    return [
        Ballot(
            process=process,
            participant=None,
            channel=spec["channel"],
            submitted_on=date,
            points=invented_points(
                rng,
                groups,
                process.points_per_field,
                process.max_points_per_goal,
                spec.get("fill", {}),
                spec.get("appeal", {}),
            ),
        )
        for date in dates
    ]


class ParticipationBuilder(PartBuilder):
    def __init__(self, demo, locale, site_key):
        super().__init__(demo, locale)
        self.spec = SITES.get(site_key, {})
        self.notice = None
        self.process = None

    def strings(self, code):
        """German → `code` for the texts of the site's notice and process."""
        return translated(self.spec, code) if self.spec else {}

    def build(self, concept):
        """(objects to translate into English, into Arabic): the notice and the process below
        `concept`. The Arabic process only where the data gives its texts in Arabic."""
        if not self.spec:
            return [], []
        self.notice = self.make_notice(self.spec["notice"])
        self.process = self.make_process(concept, self.spec["process"])
        arabic = [self.notice]
        if len(self.spec["process"]["title"]) > 2:
            arabic.append(self.process)
        return [self.notice, self.process], arabic

    def make_notice(self, spec):
        defaults = {
            "consent_text": de(spec["consent_text"]),
            "retention_days": spec["retention_days"],
        }
        return self.snippet(
            ParticipationNotice, "participation notice", defaults, title=de(spec["title"])
        )

    def make_process(self, concept, spec):
        goals = self.goals(concept, spec["goals"])
        opens_at, closes_at = period(spec, timezone.now())

        def build():
            page = PrioritisationPage(
                title=de(spec["title"]),
                slug=spec["slug"],
                introduction=de(spec["introduction"]),
                description=de(spec["description"]),
                opens_at=opens_at,
                closes_at=closes_at,
                points_per_field=spec["points_per_field"],
                max_points_per_goal=spec["max_points_per_goal"],
                admission=spec["admission"],
                notice=self.notice,
                combination=spec["combination"],
                online_weight=Decimal(spec.get("online_weight", "1")),
                workshop_weight=Decimal(spec.get("workshop_weight", "1")),
                workshop_note=de(spec["workshop_note"]),
                results_note=de(spec["results_note"]) if "results_note" in spec else "",
                is_example=is_example(spec),
            )
            page.goals = list(goals.values())
            page.workshop_weights = [
                WorkshopWeight(locale=self.locale, sort_order=position, goal=goals[slug], points=n)
                for position, (slug, n) in enumerate(spec.get("workshop_weights", {}).items())
                if slug in goals
            ]
            return page

        process = mark(self.demo._child(concept, spec["slug"], build), spec)
        if "opens_in_days" in spec:
            self.keep_open(process, closes_at)
        return process

    def goals(self, concept, slugs):
        """{slug: German goal page} below `concept`: all of them, or those named."""
        found = GoalPage.objects.descendant_of(concept).filter(locale=self.locale)
        if slugs != "all":
            found = found.filter(slug__in=slugs)
        return {goal.slug: goal for goal in found.order_by("path")}

    def keep_open(self, process, closes_at):
        """A process that opens and closes relative to the build stays open for a newcomer:
        a re-run moves its closing on while it has no result (in every language, and in the
        revision an editor opens); a frozen process stays as it closed."""
        if process.closes_at >= closes_at - datetime.timedelta(minutes=1):
            return
        if PrioritisationResult.objects.filter(process=process).exists():
            return
        mark(process, self.spec["process"], closes_at=closes_at)
        purge_pages(PrioritisationPage.objects.filter(translation_key=process.translation_key))
        self.demo.log(f"  updated  {process.title}: open until {closes_at:%Y-%m-%d %H:%M}")

    def privacy_statement(self, page):
        """Names the site's notice in its privacy statement, once: an editor who moved the
        block keeps it where it is."""
        if self.notice is None or page is None:
            return
        page.refresh_from_db()
        if any(block.block_type == NOTICE_BLOCK for block in page.body):
            self.demo.note(False, f"notice block of /{page.slug}/")
            return
        page.body.append((NOTICE_BLOCK, {"notice": self.notice}))
        page.save_revision().publish()
        self.demo.note(True, f"notice block of /{page.slug}/")

    def close(self):
        """Freezes the results of a process whose closing has passed, with the data's invented
        ballots. Run after the translations: the results keep the titles of every language
        the process is published in then."""
        spec = self.spec.get("process", {}).get("ballots")
        process = self.process
        if spec is None or process is None or process.state() != State.CLOSED:
            return
        if PrioritisationResult.objects.filter(process=process).exists():
            self.demo.note(False, f"results of {process.title}")
            return
        with transaction.atomic():
            if not Ballot.objects.filter(process=process).exists():
                Ballot.objects.bulk_create(invented_ballots(process, spec))
            close(process)
        self.demo.note(True, f"results of {process.title}")
