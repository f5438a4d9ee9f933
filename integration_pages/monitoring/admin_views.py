"""Uploading figures into a dataset in the admin: choose a file, see what it changes, import.

Step 1 (`UploadView`) stores the file as a DatasetUpload and checks it; problems are
listed with row and column, and nothing else happens. Step 2 (`UploadPreviewView`) shows
the difference with the stored values and imports on "Import", reading the stored file
again: the values may have changed since the preview. importer.py does the work.

`DatasetUploadViewSetMixin` adds both steps, an "Upload figures" button on the edit page
and an entry in each listing row to the dataset snippet's viewset (wagtail_hooks). Only
users who may change datasets upload; translations are sent to their German dataset.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale
from wagtail.snippets.views.snippets import EditView, IndexView

from integration_pages.monitoring.datasets import Dataset, DatasetUpload, Period
from integration_pages.monitoring.importer import (
    MAX_BYTES,
    MAX_ROWS,
    UploadRefused,
    apply,
    plan,
    read_upload,
    refuse_translation,
)

HISTORY = 5
# Categories the explanation names per dimension; a municipality list can be long.
SHOWN_CATEGORIES = 15


def can_upload(user, permission_policy, dataset):
    return permission_policy.user_has_permission_for_instance(user, "change", dataset)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        widget=forms.FileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
        help_text=gettext_lazy(
            "A CSV file (UTF-8, columns separated by “;” or “,”) or an Excel workbook (.xlsx)."
        ),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(megabytes)s MB; split it.")
                % {"megabytes": MAX_BYTES // (1024 * 1024)}
            )
        return file


class DatasetUploadStep(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """What both steps share: the dataset, the permission to change it, the breadcrumbs."""

    model = Dataset
    header_icon = "upload"
    page_title = gettext_lazy("Upload figures")
    index_url_name = None
    edit_url_name = None
    upload_url_name = None
    upload_preview_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        self.dataset = get_object_or_404(Dataset.objects.select_related("locale"), pk=kwargs["pk"])
        if not can_upload(request.user, self.permission_policy, self.dataset):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if translation := self.refuse_translation():
            return translation
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if translation := self.refuse_translation():
            return translation
        return super().post(request, *args, **kwargs)

    def refuse_translation(self):
        """A redirect to the German dataset's upload, with the reason, for a translation."""
        try:
            refuse_translation(self.dataset)
        except UploadRefused as refusal:
            messages.error(self.request, refusal.problems[0].message)
            original = self.dataset.original()
            if original.locale.language_code == settings.LANGUAGE_CODE:
                return redirect(self.upload_url(original))
            return redirect(self.edit_url)
        return None

    def upload_url(self, dataset=None):
        return reverse(self.upload_url_name, args=[(dataset or self.dataset).pk])

    @cached_property
    def edit_url(self):
        return reverse(self.edit_url_name, args=[self.dataset.pk])

    def get_page_subtitle(self):
        return str(self.dataset)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Dataset._meta.verbose_name_plural),
            },
            {"url": self.edit_url, "label": str(self.dataset)},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.dataset)},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(dataset=self.dataset, edit_url=self.edit_url, **kwargs)


class UploadView(DatasetUploadStep, FormView):
    template_name = "integration_pages/admin/dataset_upload.html"
    form_class = UploadForm

    def get_context_data(self, **kwargs):
        history = (
            DatasetUpload.objects.filter(dataset=self.dataset, imported_at__isnull=False)
            .defer("content")
            .select_related("uploaded_by")
            .order_by("-imported_at")[:HISTORY]
        )
        return super().get_context_data(
            columns=explained_columns(self.dataset),
            max_rows=number_format(MAX_ROWS, force_grouping=True),
            max_megabytes=MAX_BYTES // (1024 * 1024),
            history=history,
            action_url=self.upload_url(),
            submit_button_label=_("Check the file"),
            submit_button_active_label=_("Checking…"),
            **kwargs,
        )

    def form_valid(self, form):
        file = form.cleaned_data["file"]
        content = file.read()
        # An upload never imported is of no use once its uploader uploads again.
        DatasetUpload.objects.filter(
            dataset=self.dataset, uploaded_by=self.request.user, imported_at__isnull=True
        ).delete()
        upload = DatasetUpload.objects.create(
            dataset=self.dataset,
            file_name=file.name[:255],
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            uploaded_by=self.request.user,
        )
        try:
            read_upload(self.dataset, upload.file_name, content)
        except UploadRefused as refusal:
            return self.render_to_response(
                self.get_context_data(form=self.form_class(), problems=refusal.problems)
            )
        return redirect(self.upload_preview_url_name, self.dataset.pk, upload.pk)


class UploadPreviewView(DatasetUploadStep, TemplateView):
    template_name = "integration_pages/admin/dataset_upload_preview.html"
    page_title = gettext_lazy("Check and import figures")

    @cached_property
    def upload(self):
        return get_object_or_404(DatasetUpload, pk=self.kwargs["upload_id"], dataset=self.dataset)

    def already_imported(self):
        if self.upload.imported_at is None:
            return None
        messages.warning(
            self.request,
            _("“%(file)s” has been imported already.") % {"file": self.upload.file_name},
        )
        return redirect(self.edit_url)

    def get(self, request, *args, **kwargs):
        if response := self.refuse_translation() or self.already_imported():
            return response
        try:
            rows = read_upload(self.dataset, self.upload.file_name, bytes(self.upload.content))
        except UploadRefused as refusal:
            # The dataset's dimensions or unit changed since the file was checked.
            return self.render_to_response(self.get_context_data(problems=refusal.problems))
        difference = plan(self.dataset, rows)
        codes = [dimension.code for dimension in self.dataset.dimensions.all()]
        samples = difference.samples()
        tables = [
            (_("New values"), difference.added, samples["added"]),
            (_("Changed values"), difference.changed, samples["changed"]),
            (_("Removed values (not in the file)"), difference.removed, samples["removed"]),
        ]
        return self.render_to_response(
            self.get_context_data(
                plan=difference,
                headings=[self.dataset_period_heading(), *codes, _("old value"), _("new value")],
                tables=[
                    (title, count, [self.sample_cells(sample, codes) for sample in rows])
                    for title, count, rows in tables
                ],
            )
        )

    def dataset_period_heading(self):
        return _("year") if self.dataset.period == Period.YEAR else _("date")

    def sample_cells(self, sample, codes):
        date = sample.date.year if self.dataset.period == Period.YEAR else sample.date.isoformat()
        return [
            date,
            *(sample.categories.get(code, "") for code in codes),
            shown_number(sample.old),
            shown_number(sample.new),
        ]

    def post(self, request, *args, **kwargs):
        if response := self.refuse_translation() or self.already_imported():
            return response
        try:
            rows = read_upload(self.dataset, self.upload.file_name, bytes(self.upload.content))
            done = apply(self.upload, rows, request.user)
        except UploadRefused as refusal:
            return self.render_to_response(self.get_context_data(problems=refusal.problems))
        if done.is_empty:
            messages.info(request, nothing_to_change(self.upload))
        else:
            messages.success(
                request,
                _(
                    "Imported “%(file)s”: %(added)s new, %(changed)s changed and %(removed)s "
                    "removed values."
                )
                % {
                    "file": self.upload.file_name,
                    "added": done.added,
                    "changed": done.changed,
                    "removed": done.removed,
                },
            )
        return redirect(self.edit_url)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            upload=self.upload,
            action_url=self.request.path,
            nothing_to_change=nothing_to_change(self.upload),
            submit_button_label=_("Import"),
            submit_button_active_label=_("Importing…"),
            **kwargs,
        )


def shown_number(value):
    """1234.500000 as 1234.5; none as a dash."""
    if value is None:
        return "–"
    return format(value.normalize(), "f")


def nothing_to_change(upload):
    return _("Nothing to change: “%(file)s” holds the values the dataset holds.") % {
        "file": upload.file_name
    }


def explained_columns(dataset):
    """[(heading, what it holds)] of an upload to `dataset`, in the order of a template."""
    if dataset.period == Period.YEAR:
        columns = [("year", _("the year, e.g. 2024"))]
    else:
        columns = [("date", _("the reference date, written YYYY-MM-DD, e.g. 2024-12-31"))]
    for dimension in dataset.dimensions.all():
        categories = dimension.category_list()
        named = ", ".join(categories[:SHOWN_CATEGORIES])
        if len(categories) > SHOWN_CATEGORIES:
            named += " " + _("and %(count)s more") % {"count": len(categories) - SHOWN_CATEGORIES}
        columns.append(
            (
                dimension.code,
                _("%(dimension)s, one of: %(categories)s")
                % {"dimension": dimension.label, "categories": named or "–"},
            )
        )
    columns.append(
        ("value", _("the number, e.g. 1234 or 1234,5 (no thousands separators, no formulas)"))
    )
    columns.append(("unit", _("always “%(unit)s”") % {"unit": dataset.unit}))
    return columns


# --- The dataset snippet's views ----------------------------------------------------------


class DatasetEditView(EditView):
    upload_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        german = self.object.locale.language_code == settings.LANGUAGE_CODE
        if (
            self.upload_url_name
            and german
            and can_upload(self.request.user, self.permission_policy, self.object)
        ):
            buttons.append(
                Button(
                    _("Upload figures"),
                    url=reverse(self.upload_url_name, args=[self.object.pk]),
                    icon_name="upload",
                    priority=10,
                )
            )
        return buttons


class DatasetIndexView(IndexView):
    upload_url_name = None

    @cached_property
    def german_locale_id(self):
        return (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
            .values_list("pk", flat=True)
            .first()
        )

    @cached_property
    def may_upload(self):
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.upload_url_name and self.may_upload and instance.locale_id == self.german_locale_id:
            buttons.append(
                MenuItem(
                    _("Upload figures"),
                    url=reverse(self.upload_url_name, args=[instance.pk]),
                    icon_name="upload",
                    priority=15,
                )
            )
        return buttons


class DatasetUploadViewSetMixin:
    """The upload's URLs and buttons, for the dataset snippet's viewset."""

    edit_view_class = DatasetEditView
    index_view_class = DatasetIndexView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            upload_url_name=self.get_url_name("upload"),
            upload_preview_url_name=self.get_url_name("upload_preview"),
            **kwargs,
        )

    @property
    def upload_view(self):
        return self.construct_view(UploadView, permission_policy=self.permission_policy)

    @property
    def upload_preview_view(self):
        return self.construct_view(UploadPreviewView, permission_policy=self.permission_policy)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("upload/<int:pk>/", self.upload_view, name="upload"),
            path(
                "upload/<int:pk>/<int:upload_id>/", self.upload_preview_view, name="upload_preview"
            ),
        ]
