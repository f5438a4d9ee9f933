from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A municipal unit, association or partner: responsible for or partner in measures."""

    name = models.CharField(
        _("name"), max_length=255, help_text=_("Full name, e.g. 'Jobcenter Lübeck'.")
    )
    short_name = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_("Abbreviation used in tables and filters, e.g. 'FB 4'."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the organisation does, in two sentences.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Public web address."))
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Public e-mail address."))
    phone = models.CharField(_("phone"), max_length=64, blank=True, help_text=_("Public phone."))
    address = models.TextField(
        _("address"), blank=True, help_text=_("Postal or visiting address, one line per row.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("description")],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("How to reach"),
        ),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        TranslatableField("description"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("address"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
