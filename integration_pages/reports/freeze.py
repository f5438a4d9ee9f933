"""Freezing a report: its data in every language the page is published in, built by the
same functions as the live report, as an anonymous reader would see it (nothing private)."""

from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Page

from integration_pages.reports.models import FrozenReport, ReportKind


def report_data(page, kind, year):
    if kind == ReportKind.ECCAR:
        from integration_pages.reports.eccar import eccar_report

        return eccar_report(page, None, year)
    from integration_pages.reports.concept import concept_report

    return concept_report(page, None)


def freeze(page, *, year=None, as_of=None, user=None, note=""):
    """The report of `page` (an ECCAR action plan or an integration concept, any language)
    frozen now, as of `as_of` (today if not given)."""
    from integration_pages.concept.models import IntegrationConceptPage

    page = page.specific
    kind = ReportKind.CONCEPT if isinstance(page, IntegrationConceptPage) else ReportKind.ECCAR
    copies = (
        Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
    )
    data = {}
    original = page
    for copy in copies.specific():
        language = copy.locale.language_code
        if language == settings.LANGUAGE_CODE:
            original = copy
        with translation.override(language):
            data[language] = report_data(copy, kind, year)
    return FrozenReport.objects.create(
        page=original,
        kind=kind,
        year=year if kind == ReportKind.ECCAR else None,
        as_of=as_of or timezone.localdate(),
        frozen_by=user,
        data=data,
        note=note,
    )
