"""Frozen reports: the ECCAR yearly report and the concept's progress report as they
stood on a chosen date.

Freezing stores what the report showed then, in every language the page has, as data;
a frozen report is rendered from that data and never from the measures, so a measure
changed afterwards leaves it as it was. Editors may annotate a frozen report (its note),
not change it.
"""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    ECCAR = "eccar", _("ECCAR progress report")
    CONCEPT = "concept", _("progress report of the integration concept")


class FrozenReport(models.Model):
    # its pages are purged from a page cache when it changes (integration_pages.cache_dependents)
    shown_on_pages = True
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="frozen_reports",
        verbose_name=_("report of"),
        help_text=_("The ECCAR action plan or the integration concept whose report is frozen."),
    )
    kind = models.CharField(_("report"), max_length=10, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("The year an ECCAR report covers.")
    )
    as_of = models.DateField(_("as of"), help_text=_("The date the report is frozen at."))
    frozen_at = models.DateTimeField(auto_now_add=True)
    frozen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("frozen by"),
    )
    # {language code: the report's data in that language}
    data = models.JSONField(encoder=DjangoJSONEncoder, default=dict, editable=False)
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("An annotation shown above the frozen report, e.g. a correction."),
    )

    class Meta:
        ordering = ["-as_of", "-pk"]
        verbose_name = _("frozen report")
        verbose_name_plural = _("frozen reports")

    def __str__(self):
        label = self.get_kind_display()
        return f"{label} {self.year}" if self.year else f"{label} ({self.as_of})"

    def in_language(self, language):
        """The report's data in `language`, German where the page had no copy then."""
        return self.data.get(language) or self.data.get(settings.LANGUAGE_CODE) or {}
