"""What the monitoring page and an indicator page show, in a fixed number of queries.

Indicators are read from the German tree and shown in the reader's language where
translated; datasets, their dimensions and the fields of action likewise. The figures
come from the German dataset, once for every indicator on the page (series.over_time).
"""

import datetime

from django import forms
from django.apps import apps
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integration_pages.concept.fields_of_action import ActionField
from integration_pages.core.charts import bar_chart, line_chart
from integration_pages.core.filters import EVERYTHING, LenientFilterForm
from integration_pages.core.localize import localized_by_key, many_in_language, pages_in_language
from integration_pages.core.privacy import hidden_q
from integration_pages.core.translation_states import mark_text_language
from integration_pages.monitoring.datasets import Dataset, DatasetDimension
from integration_pages.monitoring.series import by_category, over_time, select


def german_original(page):
    from django.conf import settings
    from wagtail.models import Page

    if get_language() == settings.LANGUAGE_CODE:
        return page
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .only("path", "depth", "translation_key")
        .first()
        or page
    )


def targets_of(indicator):
    return sorted((t.value["date"], t.value["value"]) for t in indicator.targets)


class Figures:
    """An indicator's figures as the page shows them: series, newest value, freshness."""

    def __init__(self, indicator, dataset, shown_dataset, points, today):
        self.indicator = indicator
        self.dataset = shown_dataset
        self.points = points
        self.targets = targets_of(indicator)
        self.latest = points[-1] if points else None
        self.stale = dataset.is_stale(self.latest[0] if self.latest else None, today)
        self.chart = line_chart(points, self.targets)
        self.yearly = dataset.period == "year"


def dimensions_by_dataset(dataset_ids, language):
    """German dataset pk → its dimensions (German facts, labels in `language`); two queries."""
    dimensions = list(
        DatasetDimension.objects.filter(dataset_id__in=dataset_ids).order_by("sort_order", "pk")
    )
    translated = localized_by_key(DatasetDimension, dimensions, language)
    found = {}
    for dimension in dimensions:
        shown = translated.get(dimension.translation_key, dimension)
        dimension.shown_label = shown.label
        # Shown in German where nobody translated the dataset (lang="de" in the template).
        dimension.label_lang = "" if shown is not dimension or language == "de" else "de"
        # Categories are facts, synchronised: a translation only names them, in their order.
        names = list(shown.labels().values())
        dimension.shown_categories = dict(zip(dimension.category_list(), names, strict=False))
        found.setdefault(dimension.dataset_id, []).append(dimension)
    return found


def monitoring_context(page, request):
    # by name: the page's module imports this one for its routes
    IndicatorPage = apps.get_model("integration_pages", "IndicatorPage")  # noqa: N806
    language = get_language()
    hidden = hidden_q(request)
    original = german_original(page)
    indicators = list(
        IndicatorPage.objects.child_of(original)
        .live()
        .exclude(hidden)
        .select_related("locale", "dataset__locale")
        .order_by("path")
    )
    shown = pages_in_language(indicators, language, ["locale"], hidden)
    # a title shown in German (untranslated) is marked so: lang="de" in the template
    mark_text_language(shown, "title", language)
    datasets = {i.dataset_id: i.dataset for i in indicators}
    shown_datasets = localized_by_key(Dataset, datasets.values(), language)
    dimensions = dimensions_by_dataset(list(datasets), language)
    series = over_time(
        {i.pk: select(i.dataset, dimensions.get(i.dataset_id, [])) for i in indicators}
    )
    today = datetime.date.today()
    cards = []
    for indicator, page_shown in zip(indicators, shown, strict=True):
        dataset = indicator.dataset
        cards.append(
            Figures(
                page_shown,
                dataset,
                shown_datasets.get(dataset.translation_key, dataset),
                series.get(indicator.pk, []),
                today,
            )
        )
    mark_text_language([card.dataset for card in cards], "title", language)
    links = IndicatorPage.action_fields.through.objects.filter(
        indicatorpage_id__in=[i.pk for i in indicators]
    ).values_list("indicatorpage_id", "actionfield_id")
    fields = many_in_language(ActionField.objects.all(), {f for _i, f in links}, language)
    by_field = {}
    for indicator_id, field_id in links:
        by_field.setdefault(field_id, set()).add(indicator_id)
    # An indicator tagged with two fields of action is shown under both.
    groups = [
        (field, by_field[pk])
        for pk, field in sorted(fields.items(), key=lambda kv: (kv[1].sort_order, kv[1].code))
    ]
    grouped = {i for ids in by_field.values() for i in ids}
    groups.append((None, {i.pk for i in indicators} - grouped))
    sections = []
    for number, (field, members) in enumerate(groups, 1):
        chosen = [c for i, c in zip(indicators, cards, strict=True) if i.pk in members]
        if chosen:
            sections.append(
                {
                    "field": field,
                    "cards": [
                        {"id": f"indicator-{number}-{n}", "figures": c}
                        for n, c in enumerate(chosen, 1)
                    ],
                }
            )
    mark_text_language([s["field"] for s in sections if s["field"]], "title", language)
    return {"sections": sections, "indicator_count": len(indicators)}


def filter_form(dimensions, data):
    """A GET form with one choice per dimension; a value not among its categories drops only
    that filter, with a message (core.filters.LenientFilterForm)."""
    form = LenientFilterForm(data)
    for dimension in dimensions:
        choices = [
            (category, label)
            for category, label in dimension.shown_categories.items()
            if category != dimension.total
        ]
        form.fields[dimension.code] = forms.ChoiceField(
            label=dimension.shown_label,
            required=False,
            choices=[("", dimension.total_label if dimension.total else EVERYTHING[0][1])]
            + choices,
        )
    return form


def indicator_context(page, request):
    dataset = page.dataset.original()
    language = get_language()
    shown_dataset = localized_by_key(Dataset, [dataset], language).get(
        dataset.translation_key, dataset
    )
    mark_text_language([shown_dataset], "title", language)
    dimensions = dimensions_by_dataset([dataset.pk], language).get(dataset.pk, [])
    for dimension in dimensions:
        dimension.total_label = dimension.shown_categories.get(dimension.total, _("all"))
    form = filter_form(dimensions, request.GET)
    chosen = form.valid_filters()
    selection = select(dataset, dimensions, chosen)
    points = over_time({"series": selection})["series"]
    figures = Figures(page, dataset, shown_dataset, points, datetime.date.today())
    context = {
        "figures": figures,
        "dataset": shown_dataset,
        "form": form,
        "filters": chosen,
        "dimensions": dimensions,
        "chosen_labels": [
            (d.shown_label, d.shown_categories.get(chosen[d.code], chosen[d.code]))
            for d in dimensions
            if d.code in chosen
        ],
    }
    breakdown = next((d for d in dimensions if d.code == page.breakdown), None)
    if breakdown is not None and figures.latest:
        categories = [c for c in breakdown.category_list() if c != breakdown.total]
        bars = by_category(selection, breakdown.code, figures.latest[0], categories)
        context["breakdown"] = {
            "dimension": breakdown,
            "date": figures.latest[0],
            "rows": [(breakdown.shown_categories.get(c, c), value) for c, value in bars],
            "chart": bar_chart(
                [(breakdown.shown_categories.get(c, c), value, False) for c, value in bars]
            ),
        }
    return context
