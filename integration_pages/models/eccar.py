from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class EccarCommitment(TranslatableMixin, models.Model):
    """One of the ten commitments of the ECCAR action plan; measures are linked to it.

    The action plan page that presents them comes with the ECCAR section; the
    relation lives here so measures can be tagged while the concept is kept.
    """

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Position in the ten-point action plan, 1 to 10.")
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'Greater vigilance against racism'")
    )
    aim = models.TextField(_("aim"), blank=True, help_text=_("What the commitment aims at."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the city does under this commitment.")
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("aim"),
        FieldPanel("description"),
    ]
    translatable_fields = [
        SynchronizedField("number"),
        TranslatableField("title"),
        TranslatableField("aim"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ECCAR commitment")
        verbose_name_plural = _("ECCAR commitments")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"
