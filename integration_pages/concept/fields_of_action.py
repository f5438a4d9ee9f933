from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from snippets.declarations import localized_fields
from snippets.fields import optional_text, tags


def action_field_tags(help_text, related_name):
    """The fields of action a goal or a measure is tagged with, under one label."""
    return tags("integration_pages.ActionField", _("fields of action"), help_text, related_name)


class ActionField(TranslatableMixin, models.Model):
    """A field of action (Handlungsfeld) of one concept; goals and measures are tagged with it."""

    concept = models.ForeignKey(
        "integration_pages.IntegrationConceptPage",
        on_delete=models.CASCADE,
        related_name="action_fields",
        verbose_name=_("concept"),
        help_text=_("The concept this field of action belongs to."),
    )
    code = models.CharField(
        _("code"),
        max_length=10,
        help_text=_("Short code or numeral used to tag measures, e.g. 'I', 'II' or '3'."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("e.g. 'Bildung'"))
    description = optional_text(_("description"), _("What belongs to this field of action."))
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Fields are listed in this order.")
    )

    panels = [
        FieldPanel("concept"),
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = localized_fields(
        ["title", "description"], ["code", "concept", "sort_order"]
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return f"{self.code} {self.title}"
