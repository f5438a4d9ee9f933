"""The public measure list's filters: plain GET parameters, bookmarkable, no JavaScript."""

from collections import namedtuple

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


EVERYTHING = [("", _("all"))]


class MeasureFilterForm(LenientFilterForm):
    field = forms.ChoiceField(label=_("Field of action"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    unit = forms.TypedChoiceField(label=_("Responsible unit"), required=False, coerce=int)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)
    q = forms.CharField(label=_("Search text"), required=False, max_length=100)

    def __init__(self, data, *, fields, units, years):
        super().__init__(data)
        self.fields["field"].choices = EVERYTHING + [(f.code, str(f)) for f in fields]
        self.fields["status"].choices = EVERYTHING + list(MeasureStatus.choices)
        self.fields["unit"].choices = EVERYTHING + list(units)
        self.fields["year"].choices = EVERYTHING + [(y, str(y)) for y in years]


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


class NamesSelect(forms.Select):
    """A list of names that are not translated (districts, languages in their own name):
    each option says so (`translate="no"`), for translation tools and the script share
    the newcomer pages are measured by."""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        if option["value"]:
            option["attrs"]["translate"] = "no"
        return option


class MsoFilterForm(LenientFilterForm):
    focus = forms.ChoiceField(label=_("Focus"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False, widget=NamesSelect)
    district = forms.ChoiceField(label=_("District"), required=False, widget=NamesSelect)

    def __init__(self, data, *, districts, languages):
        super().__init__(data)
        self.fields["focus"].choices = EVERYTHING + list(OrganisationFocus.choices)
        self.fields["language"].choices = EVERYTHING + [
            (lang.code, str(lang)) for lang in languages
        ]
        self.fields["district"].choices = EVERYTHING + [(d, d) for d in districts]


def filter_organisations(organisations, filters):
    if "focus" in filters:
        organisations = organisations.filter(focus=filters["focus"])
    if "language" in filters:
        organisations = organisations.filter(languages__code=filters["language"])
    if "district" in filters:
        organisations = organisations.filter(district=filters["district"])
    return organisations


class ReportYearForm(LenientFilterForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)

    def __init__(self, data, *, years, everything=False):
        super().__init__(data)
        self.fields["year"].choices = (EVERYTHING if everything else []) + [
            (y, str(y)) for y in years
        ]


class SignpostFilterForm(LenientFilterForm):
    ground = forms.ChoiceField(label=_("What happened? (ground)"), required=False)
    area = forms.ChoiceField(label=_("Where did it happen?"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    format = forms.ChoiceField(label=_("How"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    anonymous = forms.BooleanField(label=_("Anonymous counselling possible"), required=False)
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)

    def __init__(self, data, *, grounds, areas, languages, regions):
        super().__init__(data)
        self.fields["ground"].choices = EVERYTHING + grounds
        self.fields["area"].choices = EVERYTHING + areas
        self.fields["language"].choices = EVERYTHING + languages
        self.fields["format"].choices = EVERYTHING + [(n, label) for n, label in FORMATS]
        self.fields["region"].choices = EVERYTHING + [(r, r) for r in regions]


def filter_services(services, filters):
    """Services matching every filter; each filter narrows, none widens."""
    lookups = {"ground": "grounds__code", "area": "life_areas__code", "language": "languages__code"}
    for name, lookup in lookups.items():
        if filters.get(name):
            # One join per relation: a service must match each of them.
            services = services.filter(**{lookup: filters[name]})
    if filters.get("format"):
        services = services.filter(**{filters["format"]: True})
    if filters.get("region"):
        services = services.filter(region=filters["region"])
    for flag in ("anonymous", "step_free"):
        if filters.get(flag):
            services = services.filter(**{flag: True})
    return services.distinct().order_by("name")


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
