"""Frozen reports in the admin: the office freezes a report (page, year, date) and may
annotate it later; what it froze cannot be edited."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from integration_pages.reports.freeze import freeze
from integration_pages.reports.models import FrozenReport


def report_pages():
    from integration_pages.models import ActionPlanPage, IntegrationConceptPage

    return (
        Page.objects.type(ActionPlanPage, IntegrationConceptPage)
        .live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
    )


class FreezeForm(forms.ModelForm):
    page = forms.ModelChoiceField(
        label=_("Report of"),
        queryset=Page.objects.none(),
        help_text=_("The ECCAR action plan (its yearly report) or the integration concept."),
    )

    class Meta:
        model = FrozenReport
        fields = ["page", "year", "as_of", "note"]
        widgets = {"as_of": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = report_pages()
        self.fields["as_of"].initial = timezone.localdate()

    def clean(self):
        from integration_pages.models import ActionPlanPage

        cleaned = super().clean()
        page, year, as_of = cleaned.get("page"), cleaned.get("year"), cleaned.get("as_of")
        if page is not None and page.specific_class is ActionPlanPage and not year:
            self.add_error("year", _("An ECCAR report covers one year: give the year."))
        if year and not 1900 <= year <= 2100:
            self.add_error("year", _("Give the year with four digits."))
        if as_of and as_of > timezone.localdate():
            self.add_error(
                "as_of",
                _("A report can only be frozen as it stands now, not at a date to come."),
            )
        return cleaned


class NoteForm(forms.ModelForm):
    class Meta:
        model = FrozenReport
        fields = ["note"]


class FreezeView(generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return freeze(
            data["page"],
            year=data.get("year"),
            as_of=data["as_of"],
            user=self.request.user,
            note=data.get("note", ""),
        )


class FrozenReportViewSet(ModelViewSet):
    model = FrozenReport
    icon = "lock"
    menu_label = _("Frozen reports")
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["__str__", "page", "as_of", "frozen_by"]
    add_view_class = FreezeView
    name = "frozen_reports"

    def get_form_class(self, for_update=False):
        return NoteForm if for_update else FreezeForm
