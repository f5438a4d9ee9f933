from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index

from snippets.declarations import (
    ListedByName,
    Named,
    chooser_search_fields,
    localized_fields,
    reach_panel,
)
from snippets.fields import optional_text, postal_address, public_email, public_phone, short_text
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_facts_panel


class LanguageSelect(forms.Select):
    """The site's languages, read when the form is drawn (a host project sets its own)."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = [("", "–"), *((code, name) for code, name in settings.LANGUAGES)]


class Contact(  # noqa: DJ008
    Named, ExampleFlag, PreviewableMixin, TranslatableMixin, index.Indexed, models.Model
):
    """A person or office the public can reach; chosen wherever it is shown, never retyped."""

    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("Name of the office or person, e.g. 'Stabsstelle Integration'."),
    )
    role = short_text(_("role"), 255, _("What this contact is responsible for, in one line."))
    organisation = short_text(
        _("organisation"), 255, _("The department or body this contact belongs to.")
    )
    email = public_email()
    phone = public_phone(_("International format is easiest to call from abroad: +49 451 …"))
    address = postal_address()
    opening_hours = optional_text(
        _("opening hours"), _("When the contact can be reached; translated for each language.")
    )
    mail_language = models.CharField(
        _("language of reminders"),
        max_length=10,
        blank=True,
        help_text=_(
            "The language the office's reminder mails to this contact are written in; "
            "German if empty."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")],
            heading=_("Who"),
        ),
        reach_panel("email", "phone", "address", "opening_hours"),
        FieldPanel("mail_language", widget=LanguageSelect),
        example_facts_panel(),
    ]

    translatable_fields = localized_fields(
        ["name", "role", "organisation", "opening_hours"],
        ["email", "phone", "address", "mail_language", EXAMPLE_FIELD],
    )

    search_fields = chooser_search_fields("name", "role", "organisation")

    class Meta(ListedByName):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def get_preview_template(self, request, mode_name):
        return "snippets/contact_preview.html"
