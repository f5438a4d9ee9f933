"""The concept overview's parts: the goals and measures a visitor may see (ConceptTree),
the fields of action's sections, the goal tree and the status counts, read as rows."""

import functools

from django.conf import settings
from django.db.models import Count, F, Q
from django.db.models.functions import Substr
from wagtail.models import Page

from integration_pages.concept.measures import MeasurePage
from integration_pages.core.choices import MeasureStatus
from integration_pages.core.page_urls import PageUrls


def status_choices():
    """(value, label) of every status, labels in the reader's language."""
    return list(MeasureStatus.choices)


class Row:
    """A goal or measure as the overview needs it: a values() row, without StreamFields."""

    columns = ("pk", "title", "path", "depth", "url_path", "translation_key", "alias_of_id")
    facts = ("status", "start_date", "end_date", "ongoing", "annual_cost")

    def __init__(self, row):
        self.__dict__.update(row)


@functools.cache
def measure_row():
    """Row with what the budget and the status badges ask of a measure (made once)."""

    class MeasureRow(Row):
        active_in = MeasurePage.active_in

        @property
        def status_label(self):
            return MeasureStatus(self.status).label

    return MeasureRow


class ConceptTree:
    """The live goals and measures the visitor may see below a concept's German original.

    Each is shown as its translation below this concept where there is one, else in
    German.
    """

    def __init__(self, request, concept, source, hidden):
        self.concept, self.source, self.hidden = concept, source, hidden
        self.urls = PageUrls(request, concept)

    def pages(self, model):
        return model.objects.live().exclude(self.hidden).order_by("path")

    def measures(self, model):
        """The German originals with the facts the budget and the counts need."""
        found = self.pages(model).descendant_of(self.source)
        return [measure_row()(row) for row in found.values(*Row.columns, *Row.facts)]

    def rows(self, model, levels=None, facts=False):
        """German originals in tree order, each with `shown` (title, url, lang) attached.

        Returns (originals, translation key → translation); both trees in one query.
        """
        trees = [self.source] if self.source is self.concept else [self.source, self.concept]
        query = Q()
        for tree in trees:
            query |= Q(path__startswith=tree.path, depth__gt=tree.depth) & (
                Q(depth__lte=tree.depth + levels) if levels else Q()
            )
        originals, translated = [], {}
        for row in (
            self.pages(model).filter(query).values(*Row.columns, *(Row.facts if facts else ()))
        ):
            if row["path"].startswith(self.source.path):
                originals.append(measure_row()(row) if facts else Row(row))
            elif row["alias_of_id"] is None:  # an alias repeats the German text
                translated[row["translation_key"]] = row
        for page in originals:
            row = translated.get(page.translation_key)
            page.shown = {
                "title": (row or page.__dict__)["title"],
                "url": self.url((row or page.__dict__)["url_path"]),
                "lang": None if row or self.source is self.concept else settings.LANGUAGE_CODE,
            }
        return originals, translated

    def url(self, url_path):
        return self.urls.url(url_path)

    def status_counts_by_goal(self, model):
        """(goal path, field translation key or None, status) → number of measures, one query.

        A measure tagged with two fields counts once under each; untagged ones under None.
        """
        rows = (
            self.pages(model)
            .descendant_of(self.source)
            .annotate(goal_path=Substr("path", 1, (F("depth") - 1) * Page.steplen))
            .values_list("goal_path", "action_fields__translation_key", "status")
            .annotate(count=Count("pk", distinct=True))
            .order_by()
        )
        return {(path, key, status): count for path, key, status, count in rows}


def goal_field_keys(goal_model, goals):
    """Goal id → translation keys of its fields of action, in one query."""
    keys = {}
    through = goal_model.action_fields.through
    for goal_id, key in through.objects.filter(goalpage_id__in=[g.pk for g in goals]).values_list(
        "goalpage_id", "actionfield__translation_key"
    ):
        keys.setdefault(goal_id, set()).add(key)
    return keys


def field_sections(fields, goals, goal_keys, counts, first_depth):
    """Field of action → its goals with their measures counted by status, and the totals.

    A goal shows under a field it is tagged with or that any of its measures is tagged
    with; measures tagged with no field are counted last under `field: None`.
    """
    statuses = [value for value, _label in status_choices()]
    subgoals_by_parent = {}
    for goal in goals:
        if goal.depth > first_depth:
            subgoals_by_parent.setdefault(goal.path[: -Page.steplen], []).append(goal)
    ordered = [
        g
        for goal in goals
        if goal.depth == first_depth
        for g in [goal, *subgoals_by_parent.get(goal.path, [])]
    ]

    def section(field, key):
        rows, totals = [], dict.fromkeys(statuses, 0)
        for goal in ordered:
            by_status = [counts.get((goal.path, key, status), 0) for status in statuses]
            if any(by_status) or (key is not None and key in goal_keys.get(goal.pk, ())):
                rows.append(
                    {
                        "goal": goal.shown,
                        "is_subgoal": goal.depth > first_depth,
                        "counts": by_status,
                        "total": sum(by_status),
                    }
                )
                for status, count in zip(statuses, by_status, strict=True):
                    totals[status] += count
        return {
            "field": field,
            "rows": rows,
            "totals": [{"status": s, "count": c} for s, c in totals.items()],
            "total": sum(totals.values()),
        }

    sections = [section(field, field.translation_key) for field in fields]
    untagged = section(None, None)
    if untagged["total"]:
        sections.append(untagged)
    return sections


def build_goal_tree(goals, subgoals, measures):
    """Goals with their sub-goals and measures, grouped in memory by tree path."""
    measures_by_parent = {}
    for measure in measures:
        measures_by_parent.setdefault(measure.path[: -Page.steplen], []).append(measure)
    subgoals_by_parent = {}
    for sub in subgoals:
        subgoals_by_parent.setdefault(sub.path[: -Page.steplen], []).append(
            {"goal": sub.shown, "measures": measures_by_parent.get(sub.path, [])}
        )
    return [
        {
            "goal": goal.shown,
            "measures": measures_by_parent.get(goal.path, []),
            "subgoals": subgoals_by_parent.get(goal.path, []),
        }
        for goal in goals
    ]


def status_counts(measures):
    counts = dict.fromkeys(MeasureStatus.values, 0)
    for measure in measures:
        counts[measure.status] = counts.get(measure.status, 0) + 1
    return [
        {"status": status, "label": MeasureStatus(status).label, "count": count}
        for status, count in counts.items()
    ]
