from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.models.example import ExampleFlag, example_panel, example_synchronized


class Contact(ExampleFlag, PreviewableMixin, TranslatableMixin, index.Indexed, models.Model):
    """A person or office the public can reach; chosen wherever it is shown, never retyped."""

    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("Name of the office or person, e.g. 'Stabsstelle Integration'."),
    )
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("What this contact is responsible for, in one line."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("The department or body this contact belongs to."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Public e-mail address."))
    phone = models.CharField(
        _("phone"),
        max_length=64,
        blank=True,
        help_text=_("International format is easiest to call from abroad: +49 451 …"),
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("Postal or visiting address, one line per row.")
    )
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("When the contact can be reached; translated for each language."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("opening_hours"),
            ],
            heading=_("How to reach"),
        ),
        MultiFieldPanel([example_panel()], heading=_("Facts")),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
        TranslatableField("opening_hours"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("address"),
        example_synchronized(),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "snippets/contact_preview.html"
