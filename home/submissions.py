"""Admin views of form submissions: the listing with safe spreadsheet exports, refund
requests with their receipts, and a receipt's download."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.contrib.forms.views import SubmissionsListView

from home.models.receipts import Receipt
from integration_pages.core.spreadsheets import SafeSpreadsheetExportMixin

RECEIPT_PERMISSION = "home.view_receipt"


def receipt_file(request, receipt_id):
    """One volunteer's receipt as a download, for staff allowed to read receipts.

    Receipts are kept outside MEDIA_ROOT; this view is the only way to them.
    """
    if not request.user.has_perm(RECEIPT_PERMISSION):
        # A plain 403: Wagtail would turn PermissionDenied into a redirect to the dashboard.
        return permission_denied(request, PermissionDenied())
    receipt = get_object_or_404(Receipt, pk=receipt_id)
    try:
        handle = receipt.file.storage.open(receipt.file.name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=receipt.original_name,
        content_type=receipt.content_type or "application/octet-stream",
    )
    # Personal data: no copy in any shared cache, and never shown inline as a page.
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    return response


class PortalSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Submissions of every form: the CSV and XLSX exports escape what people typed that
    a spreadsheet would run as a formula (`=HYPERLINK(…)`); amounts from number fields,
    stored as text, are exported as numbers."""

    @cached_property
    def numeric_export_fields(self):
        return {
            field.clean_name
            for field in self.form_page.get_form_fields()
            if field.field_type == "number"
        }


class RefundSubmissionsListView(PortalSubmissionsListView):
    """Refund requests with their receipts: links for staff allowed to read them."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context
        rows = context["data_rows"]
        receipts = {}
        for receipt in Receipt.objects.filter(submission_id__in=[r["model_id"] for r in rows]):
            receipts.setdefault(receipt.submission_id, []).append(receipt)
        readable = self.request.user.has_perm(RECEIPT_PERMISSION)
        context["data_headings"].append({"name": "receipts", "label": _("Receipts"), "order": ""})
        for row in rows:
            row["fields"].append(receipt_cell(receipts.get(row["model_id"], []), readable))
        return context


def receipt_cell(receipts, readable):
    if readable:
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">{}</a>',
            ((reverse("receipt_file", args=[r.pk]), r.original_name) for r in receipts),
        )
    return format_html_join(mark_safe("<br>"), "{}", ((r.original_name,) for r in receipts))
