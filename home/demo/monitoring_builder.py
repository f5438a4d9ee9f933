"""Builds the integration monitoring of a demo site (datasets with invented figures, the
monitoring page and its indicators) and the progress logs, tasks and frozen reports that let
the reminder mail and the report archive show something, from data/monitoring.yaml.

Like the other parts, it leaves alone whatever exists: a dataset gets its figures only while
it has none, so figures an editor uploaded over them stay.
"""

import datetime
import math
from decimal import Decimal
from itertools import product

from django.utils import timezone

from integration_pages.concept.progress import record_update
from integration_pages.models import (
    ActionField,
    ActionPlanPage,
    DataPoint,
    Dataset,
    DatasetDimension,
    FrozenReport,
    GoalPage,
    IndicatorPage,
    IntegrationConceptPage,
    MeasurePage,
    MeasureTask,
    MeasureUpdate,
    MonitoringPage,
)
from integration_pages.monitoring.datasets import values_key
from integration_pages.reports.freeze import freeze
from integration_pages.reports.models import ReportKind

from .concept_builder import PARAGRAPH
from .data_files import load
from .examples import is_example, mark
from .part import PartBuilder, de

SITES = load("monitoring")["sites"]
# Where a language's text stands in the data's tuples (German, English, Arabic).
POSITION = {"en": 1, "ar": 2}


def translated(data, code, strings=None):
    """Every German text in `data` mapped to its text in `code`, rich text paragraph by
    paragraph (as concept_builder.english_strings does for German–English pairs)."""
    strings = {} if strings is None else strings
    at = POSITION[code]
    if isinstance(data, tuple) and all(isinstance(text, str) for text in data):
        if len(data) > at and data[0] and data[at]:
            strings[data[0]] = data[at]
            pairs = zip(PARAGRAPH.findall(data[0]), PARAGRAPH.findall(data[at]), strict=False)
            strings.update(pairs)
    elif isinstance(data, dict):
        for value in data.values():
            translated(value, code, strings)
    elif isinstance(data, list | tuple):
        for item in data:
            translated(item, code, strings)
    return strings


def label_lines(dimension, at=0, separator="\n"):
    """The dimension's category names in one language, one per line; None where the data
    names every category the same in every language."""
    if all(isinstance(category, str) for category in dimension["categories"]):
        return None
    return separator.join(
        category if isinstance(category, str) else category[at]
        for category in dimension["categories"]
    )


def categories(dimension):
    return [de(c) if isinstance(c, tuple) else c for c in dimension["categories"]]


def wobble(year, index=0):
    """-2 … 2, the same for the same year and category, so the invented figures do not run
    as straight as a ruler and every build stores the same ones."""
    return (year * 7 + index * 3) % 5 - 2


def figures(spec):
    """{(year, {code: category} as sorted items): value} of a dataset, by the formulas
    data/monitoring.yaml describes."""
    params, (first, last) = spec["values"], spec["years"]
    make = _shares if "shares" in params else _counts
    found = {}
    for year in range(first, last + 1):
        found.update(make(spec, params, year, year - first))
    return found


def _items(chosen):
    return tuple(sorted(chosen.items()))


def _split(spec, params):
    """Per dimension, [(code, category, weight as a share of 1)] for its categories but the
    total."""
    split = []
    for dimension in spec["dimensions"]:
        weights = params["weights"][dimension["code"]]
        whole = sum(weights.values())
        split.append(
            [
                (dimension["code"], c, weights[c] / whole)
                for c in categories(dimension)
                if c != dimension.get("total")
            ]
        )
    return split


def _counts(spec, params, year, years_in):
    total = params["counts"] * (1 + params["growth"]) ** years_in * (1 + wobble(year) / 100)
    for since, jump in params.get("jumps", {}).items():
        if year >= since:
            total *= 1 + jump
    found = {}
    for index, combination in enumerate(product(*_split(spec, params))):
        share = math.prod(part for _code, _category, part in combination)
        items = _items({code: category for code, category, _part in combination})
        found[(year, items)] = round(total * share * (1 + wobble(year, index) / 200))
    # A total category holds the sum over the others, so the line (the total) and the bars
    # (the categories) agree.
    for dimension in spec["dimensions"]:
        if dimension.get("total"):
            totals = {}
            for (_year, items), value in found.items():
                key = (year, _items({**dict(items), dimension["code"]: dimension["total"]}))
                totals[key] = totals.get(key, 0) + value
            found.update(totals)
    return found


def _shares(spec, params, year, years_in):
    # Shares are not summed: the total is their average, weighted by the groups' sizes.
    (dimension,) = spec["dimensions"]
    found, weighted = {}, 0
    for index, (code, category, weight) in enumerate(_split(spec, params)[0]):
        level, step = params["shares"][category]
        value = round(level + step * years_in + wobble(year, index) / 5, 1)
        found[(year, ((code, category),))] = value
        weighted += value * weight
    found[(year, ((dimension["code"], dimension["total"]),))] = round(weighted, 1)
    return found


class MonitoringBuilder(PartBuilder):
    def __init__(self, demo, locale, site_key):
        super().__init__(demo, locale)
        self.spec = SITES.get(site_key, {})

    def strings(self, code):
        """German → `code` for every text of the site's datasets, monitoring and indicators."""
        if "monitoring" not in self.spec:
            return {}
        strings = translated(
            [self.spec[part] for part in ("source", "monitoring", "datasets", "indicators")], code
        )
        for dataset in self.spec["datasets"]:
            for dimension in dataset["dimensions"]:
                # wagtail-localize offers the lines of a text field as one string, joined
                # by <br/>.
                if label_lines(dimension) is not None:
                    german = label_lines(dimension, 0, "<br/>")
                    strings[german] = label_lines(dimension, POSITION[code], "<br/>")
        return strings

    def build(self, home, contact):
        """The datasets, the monitoring page and its indicators, in the order they are
        translated (an indicator's copy points at its dataset's copy where there is one);
        none where the site has no monitoring."""
        if "monitoring" not in self.spec:
            return []
        datasets = {de(s["title"]): self.dataset(s, contact) for s in self.spec["datasets"]}
        spec = self.spec["monitoring"]
        page = self.demo._child(
            home,
            spec["slug"],
            lambda: MonitoringPage(
                title=de(spec["title"]),
                slug=spec["slug"],
                introduction=de(spec["introduction"]),
                show_in_menus=True,
            ),
        )
        concept = IntegrationConceptPage.objects.child_of(home).filter(locale=self.locale).first()
        indicators = [self.indicator(page, s, datasets, concept) for s in self.spec["indicators"]]
        return [*datasets.values(), page, *indicators]

    def dataset(self, spec, contact):
        dataset = Dataset.objects.filter(locale=self.locale, title=de(spec["title"])).first()
        created = dataset is None
        if created:
            dataset = Dataset(
                locale=self.locale,
                title=de(spec["title"]),
                description=de(spec["description"]),
                source=de(self.spec["source"]),
                licence=self.spec["licence"],
                unit=spec["unit"],
                unit_label=de(spec["unit_label"]) if "unit_label" in spec else "",
                additive=spec["additive"],
                freshness_months=spec["freshness_months"],
                contact=contact,
                is_example=is_example(spec),
            )
            dataset.dimensions = [
                DatasetDimension(
                    locale=self.locale,
                    sort_order=position,
                    code=dimension["code"],
                    label=de(dimension["label"]),
                    categories="\n".join(categories(dimension)),
                    category_labels=label_lines(dimension) or "",
                    total=dimension.get("total", ""),
                )
                for position, dimension in enumerate(spec["dimensions"])
            ]
            dataset.save()
        self.demo.note(created, f"dataset {dataset}")
        if not dataset.values.exists():
            DataPoint.objects.bulk_create(
                DataPoint(
                    dataset=dataset,
                    date=datetime.date(year, 12, 31),
                    key=values_key(dict(items)),
                    value=Decimal(str(value)),
                )
                for (year, items), value in sorted(figures(spec).items())
            )
            self.demo.note(True, f"figures of dataset {dataset}")
        return mark(dataset, spec)

    def indicator(self, monitoring, spec, datasets, concept):
        def build():
            page = IndicatorPage(
                title=de(spec["title"]),
                slug=spec["slug"],
                description=de(spec["description"]),
                dataset=datasets[spec["dataset"]],
                breakdown=spec["breakdown"],
                targets=[
                    ("target", {"date": date, "value": Decimal(value)})
                    for date, value in spec["targets"]
                ],
                is_example=is_example(spec),
            )
            page.action_fields = list(
                ActionField.objects.filter(
                    concept=concept, code=spec["action_field"], locale=self.locale
                )
            )
            page.measures = list(self._below(MeasurePage, monitoring, spec["measures"]))
            page.goals = list(self._below(GoalPage, monitoring, spec["goals"]))
            return page

        return mark(self.demo._child(monitoring, spec["slug"], build), spec)

    def _below(self, model, monitoring, slugs):
        """The pages of `model` with these slugs on the monitoring's site."""
        home = monitoring.get_parent()
        return model.objects.descendant_of(home).filter(locale=self.locale, slug__in=slugs)

    def progress(self, home, contact):
        """The progress log entries and tasks of the site's measures, and its frozen reports.
        Run after the translations: a report is frozen in every language the page has."""
        measures = {
            page.slug: page
            for page in MeasurePage.objects.descendant_of(home).filter(locale=self.locale)
        }
        # A measure an editor deleted gets nothing.
        for slug, entries in self.spec.get("progress", {}).items():
            for entry in entries if slug in measures else []:
                self.log_entry(measures[slug], entry, contact)
        today = timezone.localdate()
        for spec in self.spec.get("tasks", []):
            if spec["measure"] not in measures:
                continue
            task, created = MeasureTask.objects.get_or_create(
                measure=measures[spec["measure"]],
                title=spec["title"],
                defaults={
                    "due_date": today + datetime.timedelta(days=spec["due_in_days"]),
                    "assignee": contact,
                },
            )
            self.demo.note(created, f"task {task}")
        for spec in self.spec.get("frozen_reports", []):
            self.frozen_report(home, spec)

    def log_entry(self, measure, entry, contact):
        found = MeasureUpdate.objects.filter(
            measure=measure, date=entry["date"], note=entry["note"]
        )
        if found.exists():
            self.demo.note(False, f"progress entry {found.first()}")
            return
        # An entry may report a value of one of the measure's indicators (a block, by id).
        blocks = {block.value["name"]: block.id for block in measure.indicators}
        update = record_update(
            measure,
            note=entry["note"],
            author_name=contact.name,
            date=entry["date"],
            indicator=blocks[entry["indicator"]] if "indicator" in entry else "",
            value=Decimal(entry["value"]) if "value" in entry else None,
        )
        self.demo.note(True, f"progress entry {update}")

    def frozen_report(self, home, spec):
        plan = ActionPlanPage.objects.child_of(home).filter(locale=self.locale).first()
        if plan is None:
            return
        found = FrozenReport.objects.filter(page=plan, kind=ReportKind.ECCAR, year=spec["year"])
        created = not found.exists()
        if created:
            freeze(plan, year=spec["year"], as_of=spec["as_of"], note=spec["note"])
        self.demo.note(created, f"frozen ECCAR report {spec['year']} of {plan.title}")
