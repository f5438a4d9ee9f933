from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from snippets.declarations import (
    ListedByName,
    Named,
    chooser_search_fields,
    localized_fields,
    reach_panel,
    site_link,
)
from snippets.fields import (
    choice,
    optional_text,
    postal_address,
    public_email,
    public_phone,
    public_website,
    short_text,
    tags,
)
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_facts_panel
from snippets.models.taxonomies import Language

# How people reach an organisation: one panel for the editor, and facts no translation changes.
REACH_FIELDS = ["website", "email", "phone", "address"]


class OrganisationKind(models.TextChoices):
    ADMINISTRATION = "administration", _("public administration")
    PROVIDER = "provider", _("welfare organisation or provider")
    MSO = "mso", _("migrant self-organisation")
    OTHER = "other", _("other")


class OrganisationFocus(models.TextChoices):
    CULTURE = "culture", _("culture and language")
    RELIGION = "religion", _("religion and community life")
    EDUCATION = "education", _("education and homework help")
    COUNSELLING = "counselling", _("counselling and support")
    WOMEN = "women", _("women and families")
    YOUTH = "youth", _("children and young people")
    SPORT = "sport", _("sport and leisure")
    WORK = "work", _("work and business")


class Organisation(Named, ExampleFlag, TranslatableMixin, index.Indexed, ClusterableModel):
    """A municipal unit, association or migrant self-organisation (MSO).

    Units and partners are chosen in measures; MSOs fill the MSO directory.
    """

    name = models.CharField(
        _("name"), max_length=255, help_text=_("Full name, e.g. 'Jobcenter Lübeck'.")
    )
    short_name = short_text(
        _("short name"), 60, _("Abbreviation used in tables and filters, e.g. 'FB 4'.")
    )
    description = optional_text(
        _("description"), _("What the organisation does, in two sentences.")
    )
    website = public_website()
    email = public_email()
    phone = public_phone()
    address = postal_address()
    kind = choice(
        _("kind"),
        OrganisationKind,
        OrganisationKind.OTHER,
        _("Migrant self-organisations are listed in the MSO directory."),
    )
    focus = short_text(
        _("focus"),
        20,
        _("The main focus of its work; used to filter the MSO directory."),
        choices=OrganisationFocus.choices,
    )
    district = short_text(
        _("district"), 100, _("District or town where it is active, e.g. 'St. Lorenz Nord'.")
    )
    site = site_link(_("List it only on this site's MSO directory; empty: on every site."))
    languages = tags(
        Language,
        _("languages"),
        _("Languages in which people can talk to the organisation."),
        "organisations",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("short_name"),
                FieldPanel("kind"),
                FieldPanel("description"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("focus"),
                FieldPanel("district"),
                FieldPanel("site"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("For the MSO directory"),
        ),
        reach_panel(*REACH_FIELDS),
        example_facts_panel(),
    ]

    translatable_fields = localized_fields(
        ["name", "short_name", "description"],
        [*REACH_FIELDS, "kind", "focus", "district", "site", "languages", EXAMPLE_FIELD],
    )

    search_fields = chooser_search_fields("name", "short_name")

    class Meta(ListedByName):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
