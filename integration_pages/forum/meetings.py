"""A meeting of the Forum für Migrant:innen: when and where, the agenda and, once held,
the minutes; one calendar file per meeting."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.search import index

from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.ical import (
    CalendarEntryMixin,
    ends_at,
    place_accessibility,
    schedule_panels,
    starts_at,
)
from integration_pages.core.panels import content_and_facts_tabs
from integration_pages.core.translation import page_translatable_fields
from integration_pages.forum.tree import ForumChildMixin
from snippets.fields import choice, document_link, document_prose, line_list
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    HELD = "held", _("held")
    CANCELLED = "cancelled", _("cancelled")


class ForumMeetingPage(
    ExampleFlag, ForumChildMixin, CalendarEntryMixin, CachedRoutesMixin, RoutablePageMixin, Page
):
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
        default=MeetingStatus.PLANNED,
        help_text=_("Set to 'cancelled' rather than deleting: people may have planned to come."),
    )
    agenda = line_list(
        _("agenda"), _("One item per point of the agenda, in order."), _("Agenda item"), 300
    )
    summary = document_prose(
        _("notes"), _("Anything else people should know, e.g. interpreting offered.")
    )
    minutes = document_link(
        _("minutes"), _("The approved minutes as a document, once the meeting was held.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("agenda"),
        FieldPanel("summary"),
        FieldPanel("place_accessibility"),
    ]
    facts_panels = [
        *schedule_panels("status"),
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

    class Meta:
        verbose_name = _("Forum meeting")
        verbose_name_plural = _("Forum meetings")

    def entry_errors(self):
        errors = self.schedule_errors(_("The meeting cannot end before it starts."))
        in_future = self.starts_at and self.starts_at > timezone.now()
        if in_future and self.status == MeetingStatus.HELD:
            errors["status"] = _("A meeting that has not begun yet cannot have been held.")
        if in_future and self.minutes_id:
            errors["minutes"] = _("Minutes can only be added once the meeting has taken place.")
        return errors

    @property
    def ical_status(self):
        return "CANCELLED" if self.status == MeetingStatus.CANCELLED else "CONFIRMED"

    def ical_description(self):
        agenda = [str(item.value) for item in self.agenda]
        return "\n".join([*agenda, self.place_accessibility]).strip()
