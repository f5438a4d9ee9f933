"""The MSO directory's filters: focus, language and district."""

import django_filters
from django.utils.translation import gettext_lazy as _

from integration_pages.core.filters import ALL, LenientFilterSet, NamesSelect
from snippets.models import OrganisationFocus


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
