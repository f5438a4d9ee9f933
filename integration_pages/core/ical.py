"""iCalendar (RFC 5545) files for meetings and events: a feed for a list, one per item.

An item is any page with `starts_at`, `ends_at`, `place`, `ical_status` and
`ical_description()`.

Built with the `icalendar` library rather than by string formatting: line folding,
escaping and CRLF endings are easy to get subtly wrong, and calendar clients are
strict about them.
"""

from datetime import timedelta

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from integration_pages.core.page_urls import site_hostname

# Calendar clients need an end; an open-ended meeting is shown as two hours long.
DEFAULT_DURATION = timedelta(hours=2)


def calendar_event(item, request):
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
