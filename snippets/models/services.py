from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from snippets import fields
from snippets.declarations import (
    ListedByName,
    Named,
    chooser_search_fields,
    localized_fields,
    site_link,
)
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_facts_panel

# The ways a service can be reached, field by field with the label readers see (also the
# choices of the signpost's filter); booleans so filters are plain SQL.
FORMATS = {
    "in_person": _("in person"),
    "by_phone": _("by phone"),
    "by_video": _("by video"),
    "by_email_or_chat": _("by e-mail or chat"),
    "outreach": _("comes to you (outreach)"),
}


def _flag(label, help_text):
    return models.BooleanField(label, default=False, help_text=help_text)


class CounsellingService(Named, ExampleFlag, TranslatableMixin, index.Indexed, ClusterableModel):
    """A counselling offer for people who experienced discrimination."""

    name = models.CharField(_("name"), max_length=255, help_text=_("Name of the offer."))
    slug = models.SlugField(
        _("web address (slug)"),
        max_length=80,
        help_text=_("Part of the service's web address, e.g. 'antidiskriminierungsberatung'."),
    )
    provider = fields.organisation_link(
        _("provider"), _("The organisation that offers it."), "counselling_services"
    )
    description = models.TextField(
        _("description"), help_text=_("What the service does, for whom, in plain language.")
    )
    grounds = fields.tags(
        "snippets.DiscriminationGround",
        _("grounds"),
        _("Grounds of discrimination the service counsels on."),
        "services",
    )
    life_areas = fields.tags(
        "snippets.LifeArea",
        _("life areas"),
        _("Where the discrimination happened: work, housing, school …"),
        "services",
    )
    languages = fields.tags(
        "snippets.Language",
        _("languages"),
        _("Languages counselling is offered in (with interpreters counts)."),
        "services",
    )
    in_person = _flag(_("in person"), _("Counselling at the office."))
    by_phone = _flag(_("by phone"), _("Counselling by phone."))
    by_video = _flag(_("by video"), _("Counselling by video call."))
    by_email_or_chat = _flag(_("by e-mail or chat"), _("Counselling in writing."))
    outreach = _flag(_("outreach"), _("Counsellors come to where people are."))
    free_of_charge = _flag(_("free of charge"), _("Counselling costs nothing."))
    anonymous = _flag(_("anonymous possible"), _("People need not give their name."))
    independent = _flag(
        _("independent"), _("Run by a non-state organisation, independent of authorities.")
    )
    step_free = _flag(_("step-free access"), _("The office can be reached without steps."))
    sign_language = _flag(_("sign language"), _("Counselling in German Sign Language possible."))
    region = models.CharField(
        _("region"),
        max_length=100,
        help_text=_("Where the service is for, e.g. 'Lübeck' or 'Schleswig-Holstein'."),
    )
    site = site_link(_("List it only on this site's signpost; empty: on every site."))
    address = fields.postal_address(_("Visiting address."))
    opening_hours = fields.optional_text(_("opening hours"), _("When people can come or call."))
    email = fields.public_email()
    phone = fields.public_phone()
    website = fields.public_website()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("provider"),
                FieldPanel("description"),
            ],
            heading=_("What"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("grounds", widget=forms.CheckboxSelectMultiple),
                FieldPanel("life_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("For whom"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in FORMATS]
            + [
                FieldPanel("free_of_charge"),
                FieldPanel("anonymous"),
                FieldPanel("independent"),
                FieldPanel("step_free"),
                FieldPanel("sign_language"),
            ],
            heading=_("How"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("region"),
                FieldPanel("site"),
                FieldPanel("address"),
                FieldPanel("opening_hours"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
            ],
            heading=_("Where and when"),
        ),
        example_facts_panel(),
    ]

    translatable_fields = localized_fields(
        ["name", "description", "opening_hours"],
        [
            "slug",
            "provider",
            "grounds",
            "life_areas",
            "languages",
            "site",
            "region",
            "address",
            "email",
            "phone",
            "website",
            *FORMATS,
            "free_of_charge",
            "anonymous",
            "independent",
            "step_free",
            "sign_language",
            EXAMPLE_FIELD,
        ],
    )

    # The site search counts and pages a site's services in the database (home/search.py).
    search_fields = [*chooser_search_fields("name", "description"), index.FilterField("site")]

    class Meta(ListedByName):
        verbose_name = _("counselling service")
        verbose_name_plural = _("counselling services")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    @property
    def formats(self):
        return [label for name, label in FORMATS.items() if getattr(self, name)]
