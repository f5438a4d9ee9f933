"""The editors' listing of every measure across the page tree, with export.

Built on Wagtail's PageListingViewSet, so permissions, search, ordering and the
CSV/XLSX export come from Wagtail itself; we add the filters editors ask for, and cells
that a spreadsheet would run as formulas are escaped (see `spreadsheets`).
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets.boolean_radio_select import BooleanRadioSelect
from wagtail.permission_policies.pages import PagePermissionPolicy

from integration_pages.concept.measures import overdue
from integration_pages.core.spreadsheets import SafeSpreadsheetExportMixin
from integration_pages.models import ActionField, MeasurePage, MeasureStatus
from snippets.models import Organisation


class MeasureFilterSet(PageFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=MeasureStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    action_fields = django_filters.ModelMultipleChoiceFilter(
        label=_("Field of action"),
        queryset=ActionField.objects.filter(locale__language_code="de"),
        widget=forms.CheckboxSelectMultiple,
    )
    responsible_unit = django_filters.ModelChoiceFilter(
        label=_("Responsible unit"),
        queryset=Organisation.objects.filter(locale__language_code="de"),
    )
    overdue = django_filters.BooleanFilter(
        label=_("Overdue"),
        method="filter_overdue",
        widget=BooleanRadioSelect,
        help_text=_("End date passed, but not implemented or made permanent."),
    )

    class Meta:
        model = MeasurePage
        fields = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(overdue()) if value else queryset.exclude(overdue())


class MeasuresMenuItem(MenuItem):
    def is_shown(self, request):
        # Only for those who can reach measures: the Forum board, whose rights end
        # at its own section, does not get an empty "Measures" entry.
        explorable = PagePermissionPolicy().explorable_instances(request.user)
        return explorable.type(MeasurePage).exists()


class MeasureIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The listing whose CSV and XLSX export escape formulas. It opens on the measures in
    the source language: every measure has a copy in each language, and seven rows per
    measure hid the one an editor looks for. The language filter still offers the others
    and "All"."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if "locale" not in kwargs["data"]:
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"]["locale"] = settings.LANGUAGE_CODE
        return kwargs


class MeasureListingViewSet(PageListingViewSet):
    index_view_class = MeasureIndexView
    menu_item_class = MeasuresMenuItem
    model = MeasurePage
    icon = "list-ul"
    menu_label = _("Measures")
    # The concept's entries come right after Pages (100), before Images (300).
    menu_order = 200
    add_to_admin_menu = True
    name = "measures"
    filterset_class = MeasureFilterSet
    list_export = [
        "id",
        "title",
        "locale",
        "get_status_display",
        "responsible_unit",
        "start_date",
        "end_date",
        "ongoing",
        "annual_cost",
        "funding_source",
        "priority",
        "live",
        "url",
        "is_example",
    ]
    export_headings = {
        "id": _("ID"),
        "locale": _("Language"),
        "get_status_display": _("Status"),
        "url": _("Web address"),
        "is_example": _("Example data"),
    }
    export_filename = "measures"
