"""Closing a process: the results computed once, frozen, and the addresses deleted.

Closing happens at the first request after the closing time or when the worker's
`close_prioritisations` runs, whichever comes first; either way once, under the unique
index on the result. The frozen data holds the numbers and every title in every
language the process is published in, so later edits to goals change nothing in it.
"""

import datetime
from collections import Counter, defaultdict
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.models import Page

from integration_pages.core.localize import pages_in_language
from integration_pages.core.privacy import hidden_q
from integration_pages.participation.ballots import goal_groups
from integration_pages.participation.records import (
    Ballot,
    GoalRank,
    Participant,
    ParticipationCode,
    PrioritisationResult,
)


def competition_ranks(items, key):
    """Ranks by `key` descending; equal values share a rank (1, 2, 2, 4)."""
    ranks, previous, rank = {}, None, 0
    for index, item in enumerate(sorted(items, key=key, reverse=True), start=1):
        value = key(item)
        if value != previous:
            rank, previous = index, value
        ranks[id(item)] = rank
    return ranks


def combined(process, online, workshop):
    if process.combination == "weighted":
        return Decimal(online) * process.online_weight + Decimal(workshop) * process.workshop_weight
    return Decimal(online + workshop)


def tally(process):
    """(online points by goal key, participation figures) from the process's ballots."""
    online = Counter()
    per_day = Counter()
    channels = Counter()
    for points, channel, day in Ballot.objects.filter(process=process).values_list(
        "points", "channel", "submitted_on"
    ):
        for key, value in points.items():
            online[key] += int(value)
        per_day[day.isoformat()] += 1
        channels[channel] += 1
    participation = {
        "ballots": sum(channels.values()),
        "by_email": channels.get("email", 0),
        "by_code": channels.get("code", 0),
        "per_day": [{"date": day, "ballots": n} for day, n in sorted(per_day.items())],
    }
    return online, participation


def ranking(process, groups, online, workshop):
    """One row per goal with its points and its ranks, overall and within its field."""
    rows = []
    for group in groups:
        for goal in group.goals:
            rows.append(
                {
                    "goal": goal.key,
                    "field": group.key,
                    "online": online.get(goal.key, 0),
                    "workshop": workshop.get(goal.key, 0),
                }
            )
    for row in rows:
        # A float in the frozen JSON: a number for charts and exports, not a string.
        row["combined"] = float(combined(process, row["online"], row["workshop"]))
    overall = competition_ranks(rows, key=lambda row: row["combined"])
    for row in rows:
        row["rank"] = overall[id(row)]
    by_field = defaultdict(list)
    for row in rows:
        by_field[row["field"]].append(row)
    for field_rows in by_field.values():
        within = competition_ranks(field_rows, key=lambda row: row["combined"])
        for row in field_rows:
            row["field_rank"] = within[id(row)]
    return rows


def workshop_points(process):
    weights = (
        apps.get_model("integration_pages", "WorkshopWeight")
        .objects.filter(page=process)
        .values_list("goal__translation_key", "points")
    )
    return {str(key): points for key, points in weights}


def process_languages(process):
    """The languages the process is published in (German first)."""
    codes = set(
        Page.objects.live()
        .filter(translation_key=process.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    return [settings.LANGUAGE_CODE, *sorted(codes - {settings.LANGUAGE_CODE})]


def build(process):
    """The frozen data: numbers once, titles per language. The results are public: a goal
    in a restricted section is left out of them, as the public lists leave it out."""
    public = hidden_q(None)
    titles = {}
    groups_de = None
    for language in process_languages(process):
        with translation.override(language):
            groups = goal_groups(process, language, public)
        if language == settings.LANGUAGE_CODE:
            groups_de = groups
        titles[language] = {
            "fields": {g.key: {"code": g.code, "title": str(g.title)} for g in groups},
            "goals": {goal.key: goal.title for g in groups for goal in g.goals},
        }
    online, participation = tally(process)
    rows = ranking(process, groups_de, online, workshop_points(process))
    return {
        "rule": process.combination,
        "weights": {
            "online": float(process.online_weight),
            "workshop": float(process.workshop_weight),
        },
        "budget": {
            "points_per_field": process.points_per_field,
            "max_points_per_goal": process.max_points_per_goal,
        },
        "fields": [g.key for g in groups_de],
        "ranking": rows,
        "participation": participation,
        "titles": titles,
    }


def close(process):
    """Freeze the results of the German `process` and delete what identified people.
    Returns the result; a second call returns the first one's."""
    existing = PrioritisationResult.objects.filter(process=process).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            result = PrioritisationResult.objects.create(
                process=process, closed_at=process.closes_at, data=build(process)
            )
            GoalRank.objects.bulk_create(
                GoalRank(
                    result=result,
                    goal_key=row["goal"],
                    rank=row["rank"],
                    field_rank=row["field_rank"] if row["field"] else None,
                )
                for row in result.data["ranking"]
            )
            # Ballots keep their points and lose their participant (SET_NULL).
            Participant.objects.filter(process=process).delete()
            ParticipationCode.objects.filter(process=process).delete()
    except IntegrityError:
        return PrioritisationResult.objects.get(process=process)
    return result


def close_due(now=None):
    """Close every German process whose closing time has passed; returns how many."""
    now = now or timezone.now()
    due = apps.get_model("integration_pages", "PrioritisationPage").objects.filter(
        closes_at__lte=now, result__isnull=True, locale__language_code=settings.LANGUAGE_CODE
    )
    count = 0
    for process in due:
        close(process)
        count += 1
    return count


def purge_ballots(now=None):
    """Delete the anonymous ballots of processes closed longer ago than their notice's
    retention period; returns how many were deleted."""
    now = now or timezone.now()
    deleted = 0
    for result in PrioritisationResult.objects.select_related("process__notice"):
        notice = result.process.notice
        days = notice.retention_days if notice is not None else 0
        if result.closed_at + datetime.timedelta(days=days) <= now:
            deleted += Ballot.objects.filter(process_id=result.process_id).delete()[0]
    return deleted


def shown(result, language):
    """The frozen data arranged for a reader of `language`: fields with their goals in
    ranking order, titles in that language (German where the process had no copy)."""
    data = result.data
    names = data["titles"].get(language) or data["titles"][settings.LANGUAGE_CODE]
    rows = sorted(
        data["ranking"], key=lambda row: (row["rank"], names["goals"].get(row["goal"], ""))
    )
    fields = []
    for key in data["fields"]:
        field = names["fields"].get(key, {"code": "", "title": ""})
        goals = [
            {**row, "title": names["goals"].get(row["goal"], "")}
            for row in sorted(
                (r for r in rows if r["field"] == key), key=lambda r: (r["field_rank"], r["rank"])
            )
        ]
        fields.append({"key": key, "code": field["code"], "title": field["title"], "goals": goals})
    overall = [{**row, "title": names["goals"].get(row["goal"], "")} for row in rows]
    return {
        "closed_at": result.closed_at,
        "rule": data["rule"],
        "weights": data["weights"],
        "fields": fields,
        "ranking": overall,
        "participation": data["participation"],
    }


def api_results(page):
    """The frozen results in the page's language for the API; None before closing."""
    original = page.original()
    result = PrioritisationResult.objects.filter(process=original).first()
    if result is None:
        return None
    data = shown(result, page.locale.language_code)
    return {
        "closed_at": data["closed_at"].isoformat(),
        "rule": data["rule"],
        "weights": data["weights"],
        "participation": data["participation"],
        "ranking": [
            {
                "goal": row["title"],
                "goal_key": row["goal"],
                "field": next((f["title"] for f in data["fields"] if f["key"] == row["field"]), ""),
                "online": row["online"],
                "workshop": row["workshop"],
                "combined": float(row["combined"]),
                "rank": row["rank"],
                "field_rank": row["field_rank"],
            }
            for row in data["ranking"]
        ],
    }


def goal_rank(goal, hidden):
    """(rank, process) of the goal in the newest closed process that asked about it, the
    process in the reader's language; None if no closed process ranked it. Two queries."""
    found = (
        GoalRank.objects.filter(goal_key=goal.translation_key)
        .select_related("result__process")
        .order_by("-result__closed_at")
        .first()
    )
    if found is None:
        return None
    process = pages_in_language([found.result.process], translation.get_language(), [], hidden)
    return found, process[0]
