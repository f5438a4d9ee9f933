"""The signpost's filters over its services, and its guided questions."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from integration_pages.core.filters import ALL, CheckedFilter, LenientFilterForm, LenientFilterSet
from snippets.models import FORMATS


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
