"""Events: workshops, award ceremonies, the weeks against racism; with iCal feeds."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from integration_pages.core.base import GermanOriginalMixin
from integration_pages.core.blocks import ContentStreamBlock
from integration_pages.core.cache import CachedRoutesMixin
from integration_pages.core.ical import (
    CalendarEntryMixin,
    CalendarFeedMixin,
    ends_at,
    place_accessibility,
    schedule_panels,
    starts_at,
)
from integration_pages.core.localize import one_in_language, pages_in_language
from integration_pages.core.panels import content_and_facts_tabs
from integration_pages.core.privacy import hidden_q
from integration_pages.core.translation import page_translatable_fields
from snippets.fields import contact_link, image_link, introduction
from snippets.models.example import EXAMPLE_FIELD, ExampleFlag, example_panel
from snippets.models.pictures import PictureAlt, picture_panel

from .sections import HomeSectionMixin

PAST_EVENTS_PER_PAGE = 10


class EventIndexPage(
    HomeSectionMixin,
    CalendarFeedMixin,
    CachedRoutesMixin,
    GermanOriginalMixin,
    RoutablePageMixin,
    Page,
):
    """Upcoming events first, then past ones page by page; a calendar feed of all."""

    intro = introduction(_("What kind of events are listed here."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = page_translatable_fields(translated=["intro"])

    subpage_types = ["home.EventPage"]

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")

    calendar_filename = "events.ics"

    def events(self, hidden):
        return events_below(self.german_original(), hidden)

    calendar_entries = events

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = get_language()
        hidden = hidden_q(request)
        now = timezone.now()
        events = self.events(hidden)
        upcoming = list(upcoming_first(events, now))
        past = events.filter(starts_at__lt=now).order_by("-starts_at")
        past_page = Paginator(past, PAST_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        shown = pages_in_language([*upcoming, *past_page.object_list], language, (), hidden)
        context.update(
            upcoming=shown[: len(upcoming)], past=shown[len(upcoming) :], past_page=past_page
        )
        return context


def events_below(calendar, hidden):
    """The live events below `calendar` (a German event calendar, a plain Page will do),
    without those `hidden` (see privacy)."""
    return EventPage.objects.child_of(calendar).live().exclude(hidden)


def upcoming_first(events, now):
    """Of `events`, those not yet begun at `now`, soonest first."""
    return events.filter(starts_at__gte=now).order_by("starts_at")


class EventPage(
    ExampleFlag, PictureAlt, CalendarEntryMixin, CachedRoutesMixin, RoutablePageMixin, Page
):
    """One event: when, where, how accessible the place is, how to register."""

    starts_at = starts_at()
    ends_at = ends_at()
    place = models.CharField(
        _("place"),
        max_length=255,
        help_text=_("Venue and address, e.g. 'Rathaus, Breite Str. 62'."),
    )
    place_accessibility = place_accessibility()
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Where people sign up; leave empty if no registration is needed."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Tick rather than deleting the event: people may have planned to come."),
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in the list."))
    image = image_link(
        _("image"), _("Optional. Shown with the event on the home page and above its text.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))
    contact = contact_link(_("contact"), _("Whom to ask about the event."))

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        picture_panel(),
        FieldPanel("body"),
        FieldPanel("place_accessibility"),
    ]
    facts_panels = [
        *schedule_panels("cancelled"),
        FieldPanel("registration_url"),
        FieldPanel("contact"),
        example_panel(),
    ]
    edit_handler = content_and_facts_tabs(
        content_panels, facts_panels, _("Date, place, registration")
    )

    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    api_fields = [
        APIField(name)
        for name in ("starts_at", "ends_at", "place", "registration_url", "lead", "is_example")
    ]
    translatable_fields = page_translatable_fields(
        translated=["lead", "body", "place_accessibility", "image_alt"],
        synchronized=[
            "image",
            "starts_at",
            "ends_at",
            "place",
            "registration_url",
            "cancelled",
            "contact",
            EXAMPLE_FIELD,
        ],
    )

    parent_page_types = ["home.EventIndexPage"]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def entry_errors(self):
        return (
            self.schedule_errors(_("The event cannot end before it starts."))
            or self.picture_errors()
        )

    @property
    def ical_status(self):
        return "CANCELLED" if self.cancelled else "CONFIRMED"

    def ical_description(self):
        parts = [self.lead, self.place_accessibility, self.registration_url]
        return "\n\n".join(part for part in parts if part).strip()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        model = type(self).contact.field.related_model
        context["contact"] = one_in_language(model, self.contact_id, get_language())
        return context
