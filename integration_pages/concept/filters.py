"""The measure list's filters: field of action, status, unit, year and a search text."""

from collections import namedtuple

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from integration_pages.concept.budget import budget_years
from integration_pages.core.choices import MeasureStatus
from integration_pages.core.filters import ALL, LenientFilterSet


class MeasureFilterSet(LenientFilterSet):
    field = django_filters.ChoiceFilter(
        label=_("Field of action"), field_name="action_fields__code", distinct=True, empty_label=ALL
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=MeasureStatus.choices, empty_label=ALL
    )
    unit = django_filters.ChoiceFilter(
        label=_("Responsible unit"), field_name="responsible_unit_id", empty_label=ALL
    )
    year = django_filters.ChoiceFilter(label=_("Year"), method="active_in", empty_label=ALL)
    q = django_filters.CharFilter(label=_("Search text"), method="matching", max_length=100)

    def __init__(self, data, queryset, *, fields, units, years):
        super().__init__(
            data,
            queryset,
            field=[(f.code, str(f)) for f in fields],
            unit=units,
            year=[(y, str(y)) for y in years],
        )

    def active_in(self, measures, name, year):
        year = int(year)  # one of the choices: a number
        return measures.filter(
            Q(start_date__isnull=True) | Q(start_date__year__lte=year),
            Q(ongoing=True) | Q(end_date__isnull=True) | Q(end_date__year__gte=year),
        )

    def matching(self, measures, name, text):
        return measures.filter(Q(title__icontains=text) | Q(summary__icontains=text))


def measure_years(measures):
    """The years to filter by: the span the budget overview covers, from dates alone."""
    return budget_years(
        [_Span(*row) for row in measures.values_list("start_date", "end_date", "ongoing")]
    )


_Span = namedtuple("_Span", "start_date end_date ongoing")
