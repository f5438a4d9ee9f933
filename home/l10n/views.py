"""The admin's translation status report: every page and snippet, every language."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail_localize import tasks as localize_tasks

from integration_pages.core.translation_states import STATE_LABELS

from . import jobs
from .sync import status_rows, target_locales

PAGE_SIZE = 50


@permission_required("wagtail_localize.submit_translation", raise_exception=True)
def translation_status(request):
    locales = target_locales()
    rows = status_rows(locales=locales)
    kinds = sorted({str(row.kind) for row in rows})
    kind = request.GET.get("kind", "")
    language = request.GET.get("language", "")
    status = request.GET.get("status", "")
    if kind in kinds:
        rows = [row for row in rows if str(row.kind) == kind]
    codes = [locale.language_code for locale in locales]
    shown_codes = [language] if language in codes else codes
    if status in STATE_LABELS:
        rows = [row for row in rows if any(row.statuses[c] == status for c in shown_codes)]
    totals = [
        (
            code,
            [
                (label, sum(1 for r in rows if r.statuses[code] == s))
                for s, label in STATE_LABELS.items()
            ],
        )
        for code in shown_codes
    ]
    page_obj = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("p"))
    for row in page_obj.object_list:
        row.cells = [
            (code, row.statuses[code], STATE_LABELS[row.statuses[code]]) for code in shown_codes
        ]
    return render(
        request,
        "home/admin/translation_status.html",
        {
            "page_obj": page_obj,
            "codes": shown_codes,
            "all_codes": codes,
            "kinds": kinds,
            "kind": kind,
            "language": language,
            "status": status,
            "status_labels": STATE_LABELS,
            "totals": totals,
            "progress": jobs.progress(),
        },
    )


@require_POST
@permission_required("wagtail_localize.submit_translation", raise_exception=True)
def start_sync(request):
    """Queue the bulk sync; the request returns at once, the worker does the work."""
    localize_tasks.background.enqueue(jobs.sync_translations_job, [], {})
    messages.success(
        request, _("The translations are being synced in the background. Reload to see progress.")
    )
    return redirect("translation_status")
