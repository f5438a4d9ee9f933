"""The archive of council resolutions: what was decided, when, and what followed."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from integration_pages.core.base import SectionLeafMixin
from integration_pages.core.filters import ReportYearForm
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import document_link, introduction, optional_text, short_text


class ResolutionArchivePage(SectionLeafMixin, Page):
    """A timeline of resolutions, newest first, filterable by year."""

    intro = introduction(_("Which body decided and where to read more."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("resolutions", heading=_("Resolutions"), label=_("Resolution")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(
        TranslatableField("intro"), TranslatableField("resolutions")
    )

    class Meta:
        verbose_name = _("resolutions archive")
        verbose_name_plural = _("resolutions archives")

    def get_context(self, request, *args, **kwargs):

        context = super().get_context(request, *args, **kwargs)
        resolutions = sorted(
            self.resolutions.select_related("document"), key=lambda r: r.date, reverse=True
        )
        years = sorted({r.date.year for r in resolutions}, reverse=True)
        form = ReportYearForm(request.GET, years=years, everything=True)
        year = form.valid_filters().get("year")
        if year:
            resolutions = [r for r in resolutions if r.date.year == year]
        by_year = {}
        for resolution in resolutions:
            by_year.setdefault(resolution.date.year, []).append(resolution)
        context.update(form=form, year=year, years=years, by_year=by_year.items())
        return context


class Resolution(TranslatableMixin, Orderable):
    page = ParentalKey(ResolutionArchivePage, on_delete=models.CASCADE, related_name="resolutions")
    date = models.DateField(_("date"), help_text=_("The day the council decided."))
    title = models.CharField(
        _("title"), max_length=255, help_text=_("What was decided, in a few words.")
    )
    body = short_text(_("decided by"), 120, _("e.g. 'Bürgerschaft', 'Kreistag'."))
    reference = short_text(
        _("reference number"),
        60,
        _("The council information system's number, e.g. 'VO/2021/09876'."),
    )
    summary = models.TextField(_("summary"), help_text=_("What the resolution asks for."))
    outcome = optional_text(_("what followed"), _("What was done because of it, with dates."))
    document = document_link(_("document"), _("The resolution or its submission as a document."))

    panels = [
        FieldPanel(name)
        for name in ("date", "title", "body", "reference", "summary", "outcome", "document")
    ]
    translatable_fields = [
        SynchronizedField("date"),
        TranslatableField("title"),
        TranslatableField("body"),
        SynchronizedField("reference"),
        TranslatableField("summary"),
        TranslatableField("outcome"),
        SynchronizedField("document"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
