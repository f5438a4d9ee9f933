"""The admin's page for a measure's progress: the log with a form for a new entry, and the
measure's tasks. Whoever may edit the measure may write here; the entry is the log's, the
status change is the measure's (progress.record_update)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from integration_pages.concept.progress import MeasureTask, MeasureUpdate, record_update
from integration_pages.core.choices import MeasureStatus


def indicator_choices(measure):
    """(block id, name) of the measure's indicators; ids stay the same in translations."""
    return [(block.id, block.value["name"]) for block in measure.indicators]


class UpdateForm(forms.ModelForm):
    new_status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        help_text=_("Leave as it is unless the status changed."),
    )
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)

    class Meta:
        model = MeasureUpdate
        fields = ["date", "new_status", "note", "indicator", "value"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_status"].choices = [("", _("unchanged"))] + [
            (value, label) for value, label in MeasureStatus.choices if value != measure.status
        ]
        self.fields["indicator"].choices = [("", "–"), *indicator_choices(measure)]
        if len(self.fields["indicator"].choices) == 1:
            del self.fields["indicator"], self.fields["value"]

    def record(self, measure, **author):
        """The entry the valid form describes, written to `measure`'s log by `author`
        (an account, or the name of a contact without one)."""
        data = self.cleaned_data
        return record_update(
            measure,
            note=data["note"],
            new_status=data["new_status"],
            date=data["date"],
            indicator=data.get("indicator") or "",
            value=data.get("value"),
            **author,
        )

    def clean(self):
        cleaned = super().clean()
        indicator, value = cleaned.get("indicator"), cleaned.get("value")
        if indicator and value is None:
            self.add_error("value", _("Give the value measured for this indicator."))
        if value is not None and not indicator:
            self.add_error("indicator", _("Choose the indicator this value is for."))
        return cleaned


class TaskForm(forms.ModelForm):
    class Meta:
        model = MeasureTask
        fields = ["title", "due_date", "assignee"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["assignee"]
        field.queryset = field.queryset.filter(locale__language_code="de")


class MeasureProgressView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "integration_pages/admin/measure_progress.html"
    header_icon = "history"
    page_title = _("Progress")

    def dispatch(self, request, pk):
        from integration_pages.concept.measures import MeasurePage

        page = get_object_or_404(MeasurePage, pk=pk)
        # The log and the tasks belong to the German measure, which every copy shows.
        self.measure = (
            MeasurePage.objects.filter(
                translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or page
        )
        if not self.measure.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.measure.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.measure.pk]),
                "label": self.measure.title,
            },
            {"url": "", "label": _("Progress")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = dict(indicator_choices(self.measure))
        updates = list(self.measure.updates.select_related("author"))
        for update in updates:
            update.indicator_name = names.get(update.indicator, update.indicator)
        context.update(
            measure=self.measure,
            updates=updates,
            tasks=self.measure.tasks.select_related("assignee"),
            update_form=kwargs.get("update_form") or UpdateForm(measure=self.measure),
            task_form=kwargs.get("task_form") or TaskForm(),
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action")
        if action == "update":
            form = UpdateForm(request.POST, measure=self.measure)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(update_form=form))
            form.record(self.measure, author=request.user)
            messages.success(request, _("The entry was added to the progress log."))
        elif action == "task":
            form = TaskForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(task_form=form))
            form.instance.measure = self.measure
            form.save()
            messages.success(request, _("The task was added."))
        elif action in ("done", "reopen"):
            task = get_object_or_404(MeasureTask, pk=request.POST.get("task"), measure=self.measure)
            task.done_on = None if action == "reopen" else timezone.localdate()
            task.save(update_fields=["done_on"])
            messages.success(request, _("The task was updated."))
        return redirect(request.path)


def register():
    """The admin URL and the "Progress" button of every measure (wagtail_hooks)."""
    from django.urls import path
    from wagtail import hooks
    from wagtail.admin.widgets import Button

    @hooks.register("register_admin_urls")
    def progress_urls():
        return [
            path(
                "measures/<int:pk>/progress/",
                MeasureProgressView.as_view(),
                name="integration_pages_measure_progress",
            )
        ]

    @hooks.register("register_page_header_buttons")
    def progress_button(page, user, view_name, next_url=None):
        from integration_pages.concept.measures import MeasurePage

        if page.specific_class is MeasurePage and page.permissions_for_user(user).can_edit():
            yield Button(
                _("Progress and tasks"),
                reverse("integration_pages_measure_progress", args=[page.pk]),
                icon_name="history",
                priority=66,
            )
