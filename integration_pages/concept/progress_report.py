"""A measure's contact reports progress without an account: the reminder mail carries a
personal link (signed, valid 30 days) to this form, which writes one entry into the
measure's log as the admin's form does. The link works only while the person is still
responsible for the measure (its contact, or the assignee of one of its open tasks)."""

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from integration_pages.concept.progress_admin import UpdateForm

TEMPLATE = "integration_pages/progress_report.html"
EXPIRED = _(
    "This link is invalid or has expired (links are valid for 30 days). Please ask the "
    "integration office for a new one."
)
NOT_RESPONSIBLE = _(
    "This link no longer belongs to a measure you are responsible for. Please ask the "
    "integration office."
)


def responsible(measure, contact_pk):
    return (
        measure.contact_id == contact_pk
        or measure.tasks.filter(assignee_id=contact_pk, done_on__isnull=True).exists()
    )


@never_cache
def progress_report(request, token):
    from integration_pages.concept.measures import MeasurePage
    from integration_pages.monitoring.reminders import read_report_token

    try:
        measure_pk, contact_pk = read_report_token(token)
    except signing.BadSignature:
        return _refused(request, EXPIRED)
    measure = (
        MeasurePage.objects.filter(pk=measure_pk, locale__language_code=settings.LANGUAGE_CODE)
        .select_related("contact")
        .first()
    )
    if measure is None or not responsible(measure, contact_pk):
        return _refused(request, NOT_RESPONSIBLE)
    contact_model = type(measure).contact.field.related_model
    contact = contact_model.objects.get(pk=contact_pk)
    form = UpdateForm(request.POST or None, measure=measure)
    if request.method == "POST" and form.is_valid():
        form.record(measure, author_name=contact.name)
        return render(request, TEMPLATE, {"measure": measure, "done": True})
    return render(request, TEMPLATE, {"measure": measure, "form": form, "contact": contact})


def _refused(request, message):
    return render(request, TEMPLATE, {"refused": message}, status=400)
