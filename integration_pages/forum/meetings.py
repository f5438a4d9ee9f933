"""A meeting of the Forum für Migrant:innen: when and where, the agenda and, once held,
the minutes; one calendar file per meeting."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.search import index

from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.ical import (
    CalendarEntryMixin,
    ends_at,
    place_accessibility,
    starts_at,
)
from integration_pages.core.panels import content_and_facts_tabs
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import (
    DOCUMENT_PROSE_FEATURES,
    choice,
    optional_link,
    optional_stream,
    prose,
)
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    HELD = "held", _("held")
    CANCELLED = "cancelled", _("cancelled")


class ForumMeetingPage(ExampleFlag, CalendarEntryMixin, CachedRoutesMixin, RoutablePageMixin, Page):
    """A meeting of the Forum: when, where, agenda and, once held, the minutes."""

    starts_at = starts_at()
    ends_at = ends_at()
    place = models.CharField(
        _("place"), max_length=255, help_text=_("Room and address, e.g. 'Rathaus, Breite Str. 62'.")
    )
    place_accessibility = place_accessibility()
    status = choice(
        _("status"),
        MeetingStatus,
        MeetingStatus.PLANNED,
        _("Set to 'cancelled' rather than deleting: people may have planned to come."),
    )
    agenda = optional_stream(
        [("item", blocks.CharBlock(label=_("Agenda item"), max_length=300))],
        _("agenda"),
        _("One item per point of the agenda, in order."),
    )
    summary = prose(
        _("notes"),
        _("Anything else people should know, e.g. interpreting offered."),
        DOCUMENT_PROSE_FEATURES,
    )
    minutes = optional_link(
        "wagtaildocs.Document",
        _("minutes"),
        _("The approved minutes as a document, once the meeting was held."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("agenda"),
        FieldPanel("summary"),
        FieldPanel("place_accessibility"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("status")],
            heading=_("When"),
        ),
        FieldPanel("place"),
        FieldPanel("minutes"),
        example_panel(),
    ]
    edit_handler = content_and_facts_tabs(content_panels, facts_panels, _("Date, place, minutes"))

    search_fields = [*Page.search_fields, index.SearchField("agenda")]
    api_fields = [
        APIField(name)
        for name in ("starts_at", "ends_at", "place", "status", "agenda", "minutes", "is_example")
    ]
    translatable_fields = page_translatable_fields(
        translated=["agenda", "summary", "place_accessibility"],
        synchronized=["starts_at", "ends_at", "place", "status", "minutes", EXAMPLE_FIELD],
    )

    parent_page_types = ["integration_pages.ForumPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Forum meeting")
        verbose_name_plural = _("Forum meetings")

    def clean(self):
        super().clean()
        errors = {}
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The meeting cannot end before it starts.")
        in_future = self.starts_at and self.starts_at > timezone.now()
        if in_future and self.status == MeetingStatus.HELD:
            errors["status"] = _("A meeting that has not begun yet cannot have been held.")
        if in_future and self.minutes_id:
            errors["minutes"] = _("Minutes can only be added once the meeting has taken place.")
        if errors:
            raise ValidationError(errors)

    @property
    def ical_status(self):
        return "CANCELLED" if self.status == MeetingStatus.CANCELLED else "CONFIRMED"

    def ical_description(self):
        agenda = [str(item.value) for item in self.agenda]
        return "\n".join([*agenda, self.place_accessibility]).strip()
