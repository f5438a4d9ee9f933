"""The public measure list's filters: plain GET parameters, bookmarkable, no JavaScript."""

from collections import namedtuple

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .budget import budget_years
from .models import MeasureStatus


class MeasureFilterForm(forms.Form):
    field = forms.ChoiceField(label=_("Field of action"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    unit = forms.TypedChoiceField(label=_("Responsible unit"), required=False, coerce=int)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    q = forms.CharField(label=_("Search text"), required=False, max_length=100)

    def __init__(self, data, *, fields, units, years):
        super().__init__(data)
        everything = [("", _("all"))]
        self.fields["field"].choices = everything + [(f.code, str(f)) for f in fields]
        self.fields["status"].choices = everything + list(MeasureStatus.choices)
        self.fields["unit"].choices = everything + list(units)
        self.fields["year"].choices = everything + [(y, str(y)) for y in years]

    def valid_filters(self):
        """The filters that passed validation; a bad value drops only its own filter."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if name not in self.errors and value not in ("", None)
        }


def measure_years(measures):
    """The years to filter by: the span the budget overview covers, from dates alone."""
    return budget_years(
        [_Span(*row) for row in measures.values_list("start_date", "end_date", "ongoing")]
    )


_Span = namedtuple("_Span", "start_date end_date ongoing")


def filter_measures(measures, filters):
    if "field" in filters:
        measures = measures.filter(action_fields__code=filters["field"]).distinct()
    if "status" in filters:
        measures = measures.filter(status=filters["status"])
    if "unit" in filters:
        measures = measures.filter(responsible_unit_id=filters["unit"])
    if "year" in filters:
        year = filters["year"]
        measures = measures.filter(
            Q(start_date__isnull=True) | Q(start_date__year__lte=year),
            Q(ongoing=True) | Q(end_date__isnull=True) | Q(end_date__year__gte=year),
        )
    if "q" in filters:
        text = filters["q"]
        measures = measures.filter(Q(title__icontains=text) | Q(summary__icontains=text))
    return measures
