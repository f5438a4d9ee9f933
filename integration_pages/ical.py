"""iCalendar (RFC 5545) files for meetings: a feed for a section and one per meeting.

Built with the `icalendar` library rather than by string formatting: line folding,
escaping and CRLF endings are easy to get subtly wrong, and calendar clients are
strict about them.
"""

from datetime import timedelta

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

# Calendar clients need an end; an open-ended meeting is shown as two hours long.
DEFAULT_DURATION = timedelta(hours=2)
STATUS = {"planned": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def meeting_event(meeting, request):
    event = Event()
    # The translation key is shared by every language version of a meeting, so a
    # reader who subscribes in two languages does not get the meeting twice.
    event.add("uid", f"{meeting.translation_key}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at or meeting.starts_at + DEFAULT_DURATION)
    event.add("summary", meeting.title)
    event.add("location", meeting.place)
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    event.add("url", meeting.get_full_url(request))
    agenda = [str(item.value) for item in meeting.agenda]
    if agenda or meeting.place_accessibility:
        event.add("description", "\n".join([*agenda, meeting.place_accessibility]).strip())
    if meeting.last_published_at:
        event.add("last-modified", meeting.last_published_at)
    return event


def calendar_response(request, name, meetings, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//integration-portal//integration_pages//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, request))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
