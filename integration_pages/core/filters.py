"""What every public filter shares: plain GET parameters, bookmarkable, no JavaScript.
The lists (concept/filters.py, forum/filters.py, signpost/filters.py) are django-filter
FilterSets, like the admin's; a bad value drops only its own filter (django-filter leaves
an invalid field out of cleaned_data) and the form says which. The year of a report and
the signpost's guided questions choose rather than filter: plain forms with the same
leniency."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _


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


class NamesSelect(forms.Select):
    """A list of names that are not translated (districts, languages in their own name):
    each option says so (`translate="no"`), for translation tools and the script share
    the newcomer pages are measured by."""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        if option["value"]:
            option["attrs"]["translate"] = "no"
        return option


class ReportYearForm(LenientFilterForm):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int)

    def __init__(self, data, *, years, everything=False):
        super().__init__(data)
        self.fields["year"].choices = (EVERYTHING if everything else []) + [
            (y, str(y)) for y in years
        ]
