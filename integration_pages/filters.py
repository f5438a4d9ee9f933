"""The public lists' filters — measures, the MSO directory, the signpost's services: plain
GET parameters, bookmarkable, no JavaScript. The lists are django-filter FilterSets, like
the admin's; a bad value drops only its own filter (django-filter leaves an invalid field
out of cleaned_data) and the form says which. The year of a report and the guided
questions choose rather than filter: they are plain forms with the same leniency."""

from collections import namedtuple

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from snippets.models import FORMATS, OrganisationFocus

from .budget import budget_years
from .choices import MeasureStatus


class LenientFilterForm(forms.Form):
    """A GET filter form where a bad value drops only its own filter, with a message."""

    def valid_filters(self):
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if name not in self.errors and value not in ("", None)
        }


ALL = _("all")
EVERYTHING = [("", ALL)]


class LenientFilterSet(django_filters.FilterSet):
    """A FilterSet whose choices are set per request (the reader's language, this site)."""

    def __init__(self, data, queryset, **choices):
        super().__init__(data, queryset)
        for name, options in choices.items():
            self.filters[name].extra["choices"] = list(options)

    def applied(self):
        """name → value of each filter in effect (not empty, not refused)."""
        form = self.form
        form.is_valid()
        return {
            name: value
            for name, value in getattr(form, "cleaned_data", {}).items()
            if name not in form.errors and value not in ("", None, False)
        }


class CheckedFilter(django_filters.Filter):
    """A checkbox: ticked keeps what has the flag; unticked filters nothing."""

    field_class = forms.BooleanField

    def filter(self, queryset, value):
        return queryset.filter(**{self.field_name: True}) if value else queryset


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


class NamesSelect(forms.Select):
    """A list of names that are not translated (districts, languages in their own name):
    each option says so (`translate="no"`), for translation tools and the script share
    the newcomer pages are measured by."""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        if option["value"]:
            option["attrs"]["translate"] = "no"
        return option


class OrganisationFilterSet(LenientFilterSet):
    focus = django_filters.ChoiceFilter(
        label=_("Focus"), choices=OrganisationFocus.choices, empty_label=ALL
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="languages__code", widget=NamesSelect, empty_label=ALL
    )
    district = django_filters.ChoiceFilter(label=_("District"), widget=NamesSelect, empty_label=ALL)

    def __init__(self, data, queryset, *, districts, languages):
        super().__init__(
            data,
            queryset,
            language=[(lang.code, str(lang)) for lang in languages],
            district=[(d, d) for d in districts],
        )


class ReportYearForm(LenientFilterForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)

    def __init__(self, data, *, years, everything=False):
        super().__init__(data)
        self.fields["year"].choices = (EVERYTHING if everything else []) + [
            (y, str(y)) for y in years
        ]


class ServiceFilterSet(LenientFilterSet):
    """Services matching every filter; each filter narrows, none widens. One join per
    relation: a service must match each of them."""

    ground = django_filters.ChoiceFilter(
        label=_("What happened? (ground)"), field_name="grounds__code", empty_label=ALL
    )
    area = django_filters.ChoiceFilter(
        label=_("Where did it happen?"), field_name="life_areas__code", empty_label=ALL
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="languages__code", empty_label=ALL
    )
    format = django_filters.ChoiceFilter(
        label=_("How"), choices=FORMATS, method="offered_as", empty_label=ALL
    )
    region = django_filters.ChoiceFilter(label=_("Region"), empty_label=ALL)
    anonymous = CheckedFilter(label=_("Anonymous counselling possible"))
    step_free = CheckedFilter(label=_("Step-free access"))

    def __init__(self, data, queryset, *, grounds, areas, languages, regions=()):
        super().__init__(
            data,
            queryset,
            ground=grounds,
            area=areas,
            language=languages,
            region=[(r, r) for r in regions],
        )

    @property
    def qs(self):
        return super().qs.distinct().order_by("name", "pk")

    def offered_as(self, services, name, value):
        return services.filter(**{value: True})


# The guided questions in order; each answer is a parameter of the same name.
GUIDED_STEPS = ["ground", "area", "language"]


class GuidedForm(LenientFilterForm):
    """The signpost's questions; "any" is an answer too ("I am not sure")."""

    ANY = "any"
    ground = forms.ChoiceField(
        label=_("What happened? Why were you treated unfairly?"),
        required=False,
        widget=forms.RadioSelect,
    )
    area = forms.ChoiceField(
        label=_("Where did it happen?"), required=False, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(
        label=_("Which language would you like to talk in?"),
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, data, *, grounds, areas, languages):
        super().__init__(data)
        self.fields["ground"].choices = grounds + [(self.ANY, _("I am not sure"))]
        self.fields["area"].choices = areas + [(self.ANY, _("Somewhere else / I am not sure"))]
        self.fields["language"].choices = languages + [(self.ANY, _("Any language"))]

    def answers(self):
        """The steps answered so far, in order; a bad or missing answer ends the list."""
        valid = self.valid_filters()
        answers = {}
        for name in GUIDED_STEPS:
            if name not in valid:
                break
            answers[name] = valid[name]
        return answers
