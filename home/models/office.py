"""How to visit the office: opening hours, directions and the building's accessibility.

The office settings (home.models.settings) are one row per site and not translatable, so
what a newcomer must read in their language lives here, in a translatable snippet the
settings choose. wagtail-localize translates its prose (directions, accessibility, the
note of an opening-hours row) and synchronises its facts (days, times, the building's
features): a translator can never change when the office opens.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.fields import optional_stream, prose
from snippets.models.example import ExampleFlag, example_panel, example_synchronized

# ISO weekday numbers (1 = Monday) with Django's translated names; Django's WEEKDAYS
# count from 0.
DAY_CHOICES = [(str(number + 1), name) for number, name in WEEKDAYS.items()]
PROSE_FEATURES = ["bold", "italic", "ul", "link"]

# The building's features a visitor with a disability needs to know before coming, with
# the schema.org amenity name each is published under.
ACCESSIBILITY_FEATURES = {
    "step_free_access": _("Step-free entrance"),
    "lift": _("Lift to every floor open to visitors"),
    "accessible_toilet": _("Accessible toilet"),
    "hearing_loop": _("Hearing loop in the counselling rooms"),
    "accessible_parking": _("Parking space for disabled people"),
}


class OpeningHoursBlock(blocks.StructBlock):
    """One row of opening hours: the days it holds for, from when to when, and a note."""

    days = blocks.MultipleChoiceBlock(
        choices=DAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        label=_("Days"),
        help_text=_("Every day these hours hold for."),
    )
    opens = blocks.TimeBlock(label=_("Opens"), format="%H:%M")
    closes = blocks.TimeBlock(label=_("Closes"), format="%H:%M")
    note = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Note"),
        help_text=_("Optional, e.g. 'only by appointment'; translated for each language."),
    )

    def clean(self, value):
        value = super().clean(value)
        opens, closes = value.get("opens"), value.get("closes")
        if opens and closes and closes <= opens:
            raise StructBlockValidationError(
                block_errors={
                    "closes": ValidationError(
                        _("The closing time must be after the opening time (%(opens)s)."),
                        params={"opens": opens.strftime("%H:%M")},
                    )
                }
            )
        return value

    class Meta:
        icon = "time"
        label = _("Opening hours")


class VisitorInformation(TranslatableMixin, ExampleFlag, index.Indexed, models.Model):
    """When and how to visit the office; chosen in the office settings, shown on every page."""

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("For the admin only, e.g. 'Visiting the Stabsstelle Integration'."),
    )
    opening_hours = optional_stream(
        [("hours", OpeningHoursBlock())],
        _("opening hours"),
        _("One row per group of days with the same hours; leave empty if none."),
    )
    directions = prose(
        _("how to get here"),
        _("Public transport, parking, which entrance; in plain language."),
        PROSE_FEATURES,
    )
    step_free_access = models.BooleanField(
        ACCESSIBILITY_FEATURES["step_free_access"], default=False
    )
    lift = models.BooleanField(ACCESSIBILITY_FEATURES["lift"], default=False)
    accessible_toilet = models.BooleanField(
        ACCESSIBILITY_FEATURES["accessible_toilet"], default=False
    )
    hearing_loop = models.BooleanField(ACCESSIBILITY_FEATURES["hearing_loop"], default=False)
    accessible_parking = models.BooleanField(
        ACCESSIBILITY_FEATURES["accessible_parking"], default=False
    )
    accessibility = prose(
        _("accessibility of the office"),
        _("What else a visitor with a disability should know, e.g. door widths."),
        PROSE_FEATURES,
    )

    panels = [
        FieldPanel("name"),
        example_panel(),
        FieldPanel("opening_hours"),
        FieldPanel("directions"),
        MultiFieldPanel(
            [
                *(FieldPanel(name) for name in ACCESSIBILITY_FEATURES),
                FieldPanel("accessibility"),
            ],
            heading=_("Accessibility of the office"),
        ),
    ]

    translatable_fields = [
        SynchronizedField("name"),
        example_synchronized(),
        # Days and times are synchronised by wagtail-localize; only the note is offered.
        TranslatableField("opening_hours"),
        TranslatableField("directions"),
        TranslatableField("accessibility"),
        *(SynchronizedField(name) for name in ACCESSIBILITY_FEATURES),
    ]

    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("visitor information")
        verbose_name_plural = _("visitor information")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def features(self):
        """The building's accessibility features that hold, as (field name, label)."""
        return [
            (name, label) for name, label in ACCESSIBILITY_FEATURES.items() if getattr(self, name)
        ]
