"""Committees and working groups the office convenes or takes part in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from snippets.declarations import (
    ListedInOrder,
    Named,
    chooser_search_fields,
    localized_fields,
    site_link,
)
from snippets.fields import contact_link, optional_text, position
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class Committee(  # noqa: DJ008
    Named, ExampleFlag, TranslatableMixin, index.Indexed, models.Model
):
    """A network such as the Trägertreffen or the AK Migration: who meets, how often."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("e.g. 'Trägertreffen Migration'.")
    )
    purpose = optional_text(_("purpose"), _("What the group is for, in one or two sentences."))
    convened_by = models.CharField(
        _("convened by"),
        max_length=255,
        help_text=_("Who invites and chairs, e.g. 'Stabsstelle Integration'."),
    )
    participants = models.TextField(
        _("who takes part"),
        help_text=_("Organisations or roles that take part, one per line."),
    )
    frequency = models.CharField(
        _("how often"), max_length=120, help_text=_("e.g. 'quarterly', 'twice a year'.")
    )
    contact = contact_link(_("contact"), _("Whom to ask about taking part."))
    site = site_link(_("List it only on this site; empty: on every site."))
    sort_order = position()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("purpose"), FieldPanel("convened_by")],
            heading=_("What"),
        ),
        MultiFieldPanel(
            [FieldPanel("participants"), FieldPanel("frequency"), FieldPanel("contact")],
            heading=_("Who and when"),
        ),
        MultiFieldPanel(
            [FieldPanel("site"), FieldPanel("sort_order"), example_panel()], heading=_("Listing")
        ),
    ]
    translatable_fields = localized_fields(
        ["name", "purpose", "convened_by", "participants", "frequency"],
        ["contact", "site", "sort_order", EXAMPLE_FIELD],
    )
    search_fields = chooser_search_fields("name", "purpose")

    class Meta(ListedInOrder):
        verbose_name = _("committee")
        verbose_name_plural = _("committees")

    @property
    def participant_list(self):
        return [line.strip() for line in self.participants.splitlines() if line.strip()]
