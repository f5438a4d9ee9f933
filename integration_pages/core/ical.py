"""iCalendar (RFC 5545) files for meetings and events: a feed for a list, one per item.

An item is any page with `starts_at`, `ends_at`, `place`, `ical_status` and
`ical_description()`.

Built with the `icalendar` library rather than by string formatting: line folding,
escaping and CRLF endings are easy to get subtly wrong, and calendar clients are
strict about them.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path

from integration_pages.core.localize import pages_in_language
from integration_pages.core.page_urls import site_hostname
from integration_pages.core.privacy import hidden_q
from snippets.fields import optional_text

# Calendar clients need an end; an open-ended meeting is shown as two hours long.
DEFAULT_DURATION = timedelta(hours=2)


# icalendar is imported where a calendar is made: a page view that makes none does not
# hold its 80 modules in every worker.


def calendar_event(item, request):
    from icalendar import Event

    event = Event()
    # The translation key is shared by every language version of an item, so a
    # reader who subscribes in two languages does not get it twice.
    event.add("uid", f"{item.translation_key}@{site_hostname(request)}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", item.starts_at)
    event.add("dtend", item.ends_at or item.starts_at + DEFAULT_DURATION)
    event.add("summary", item.title)
    event.add("location", item.place)
    event.add("status", item.ical_status)
    event.add("url", item.get_full_url(request))
    description = item.ical_description()
    if description:
        event.add("description", description)
    if item.last_published_at:
        event.add("last-modified", item.last_published_at)
    return event


def calendar_response(request, name, items, filename):
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", "-//integration-portal//integration_pages//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        calendar.add_component(calendar_event(item, request))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def starts_at():
    return models.DateTimeField(_("starts at"), help_text=_("Date and time it begins."))


def ends_at():
    return models.DateTimeField(
        _("ends at"), null=True, blank=True, help_text=_("Leave empty if open-ended.")
    )


def place_accessibility():
    """How to reach the place without barriers; asked alike for every kind of meeting."""
    return optional_text(
        _("accessibility of the place"),
        _("Step-free access, lift, accessible toilet, hearing loop, interpreters."),
    )


def schedule_panels(status_field):
    """The facts an entry's editor starts with: when, whether it takes place (`status_field`)
    and where."""
    return [
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel(status_field)],
            heading=_("When"),
        ),
        FieldPanel("place"),
    ]


class CalendarEntryMixin:
    """A routable page that is one calendar item (see the module's docstring): its own
    `calendar.ics` file. Nothing goes below it: a list page's feed would not find it."""

    subpage_types = []

    def clean(self):
        super().clean()
        if errors := self.entry_errors():
            raise ValidationError(errors)

    def entry_errors(self):
        """{field: message} of what the editor must fix; each page type says it in its own
        words, at least `schedule_errors`."""
        raise NotImplementedError

    def schedule_errors(self, message):
        """{"ends_at": `message`} for an entry that ends before it starts, else {}."""
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            return {"ends_at": message}
        return {}

    @property
    def is_upcoming(self):
        return self.starts_at >= timezone.now()

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, self.title, [self], f"{self.slug}.ics")


class CalendarFeedMixin:
    """A routable page listing calendar items: one `calendar.ics` feed of them all, each in
    the reader's language where translated."""

    calendar_filename = "calendar.ics"

    def calendar_entries(self, hidden):
        """The German originals of the items, without those `hidden` (see privacy)."""
        raise NotImplementedError

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        hidden = hidden_q(request)
        entries = self.calendar_entries(hidden).order_by("starts_at")
        entries = pages_in_language(entries, get_language(), (), hidden)
        return calendar_response(request, self.title, entries, self.calendar_filename)
