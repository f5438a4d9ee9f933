"""The Forum's public section: page, meetings, news, calendar feeds, in German and English.

Each test builds the section below its own home page (tests.support.forum_data)."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from integration_pages.models import (
    ForumBoardMember,
    ForumMeetingPage,
    ForumNewsPage,
    ForumPage,
    MeetingStatus,
)
from tests.support.forum_data import build_forum, translate_forum
from tests.support.validation import field_errors

pytestmark = pytest.mark.django_db


def path(page):
    """The page's path: where the database holds several sites (the demo's too),
    `page.url` carries the host name."""
    return urlsplit(page.url).path


@pytest.fixture
def section(home_de):
    return build_forum(home_de)


@pytest.fixture
def forum(section):
    return section.page


def english_forum(section):
    return translate_forum(section, "en")[section.page.pk]


def test_the_forum_page_shows_facts_board_meetings_and_news(client, forum):
    html = client.get(forum.url).content.decode()
    assert "Forum für Migrant:innen" in html
    assert "20. Juni 2007" in html
    assert "5 von 18 Stimmen" in html
    members = list(forum.board_members.all())
    assert len(members) == 5
    for member in members:
        assert member.name in html
        assert f'alt="{member.photo_alt}"' in html
    upcoming = html.index("Anstehende Sitzungen")
    past = html.index("Vergangene Sitzungen")
    for meeting in ForumMeetingPage.objects.child_of(forum):
        position = html.index(meeting.title)
        assert (upcoming < position < past) == (meeting.starts_at >= timezone.now())
    for news in ForumNewsPage.objects.child_of(forum):
        assert news.title in html
    assert "Protokoll herunterladen" in html


def test_the_english_forum_page_lists_the_english_meetings(client, section):
    english = english_forum(section)
    response = client.get(english.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Forum for Migrants") >= 1
    assert "Upcoming meetings" in html
    for meeting in ForumMeetingPage.objects.child_of(english):
        assert meeting.title in html
        assert path(meeting).startswith("/en/")


def test_an_untranslated_meeting_is_listed_in_german_on_the_english_page(client, section):
    forum, english = section.page, english_forum(section)
    forum.add_child(
        instance=ForumMeetingPage(
            title="Nur auf Deutsch",
            slug="nur-deutsch",
            starts_at=timezone.now() + datetime.timedelta(days=3),
            place="Rathaus",
        )
    ).save_revision().publish()
    assert "Nur auf Deutsch" in client.get(english.url).content.decode()


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_forum_page_renders(client, section, language):
    forum = section.page if language == "de" else english_forum(section)
    pages = [forum, *forum.get_children().live().specific()]
    assert len(pages) == 7  # three meetings, two news, the directory
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_the_arabic_forum_page_is_right_to_left_with_its_meetings_in_arabic(client, section):
    """The meetings' Arabic copies have titles of their own, and those are listed."""
    arabic = translate_forum(section, "ar")[section.page.pk]
    html = client.get(arabic.url).content.decode()
    assert 'dir="rtl"' in html
    meetings = ForumMeetingPage.objects.child_of(arabic)
    assert meetings.exists()
    german = section.page
    for meeting in meetings:
        assert meeting.title in html
        assert meeting.title not in set(
            ForumMeetingPage.objects.child_of(german).values_list("title", flat=True)
        )


def _parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_meetings_feed_is_valid_icalendar_with_every_meeting(client, forum):
    response = client.get(f"{forum.url}calendar.ics")
    calendar = _parse(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    events = calendar.walk("VEVENT")
    meetings = ForumMeetingPage.objects.child_of(forum).live()
    assert {str(e["SUMMARY"]) for e in events} == {m.title for m in meetings}
    for event in events:
        # RFC 5545 requires UID and DTSTAMP on every event.
        assert event["UID"] and event["DTSTAMP"]
        meeting = meetings.get(title=str(event["SUMMARY"]))
        assert event.decoded("DTSTART") == meeting.starts_at
        assert event.decoded("DTEND") == meeting.ends_at
        assert str(event["LOCATION"]) == meeting.place
    # RFC 5545 §3.1: lines end in CRLF and are folded at 75 octets.
    lines = response.content.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75


def test_one_meeting_downloads_as_its_own_ics_file(client, forum):
    meeting = ForumMeetingPage.objects.child_of(forum).first()
    response = client.get(f"{meeting.url}calendar.ics")
    events = _parse(response).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == meeting.title
    assert "attachment" in response["Content-Disposition"]
    assert f'href="{path(meeting)}calendar.ics"' in client.get(meeting.url).content.decode()


def test_a_cancelled_meeting_is_marked_on_the_page_and_in_the_calendar(client, forum):
    meeting = ForumMeetingPage.objects.child_of(forum).first()
    meeting.status = MeetingStatus.CANCELLED
    meeting.save_revision().publish()
    assert "abgesagt" in client.get(meeting.url).content.decode()
    event = _parse(client.get(f"{meeting.url}calendar.ics")).walk("VEVENT")[0]
    assert str(event["STATUS"]) == "CANCELLED"


def test_the_english_feed_has_english_titles_and_the_same_uids(client, section):
    german, english = section.page, english_forum(section)
    de_events = _parse(client.get(f"{german.url}calendar.ics")).walk("VEVENT")
    en_events = _parse(client.get(f"{english.url}calendar.ics")).walk("VEVENT")
    assert {str(e["UID"]) for e in de_events} == {str(e["UID"]) for e in en_events}
    english_titles = {m.title for m in ForumMeetingPage.objects.child_of(english)}
    assert {str(e["SUMMARY"]) for e in en_events} == english_titles


def test_a_board_photo_needs_alternative_text(forum):
    photo = forum.board_members.first().photo
    assert photo is not None
    member = ForumBoardMember(page=forum, name="Test", role="Beisitz", photo=photo)
    with pytest.raises(ValidationError) as error:
        member.clean()
    assert "photo_alt" in error.value.message_dict


def test_the_forum_picture_needs_alternative_text(forum):
    forum.image = forum.board_members.first().photo
    forum.image_alt = ""
    with pytest.raises(ValidationError) as error:
        forum.clean()
    assert "image_alt" in error.value.message_dict


def test_the_forum_picture_shows_below_the_introduction_in_renditions(client, forum):
    forum.image = forum.board_members.first().photo
    forum.image_alt = "Zeichnung: Menschen im Kreis"
    forum.save_revision().publish()
    html = client.get(path(forum)).content.decode()
    (picture,) = re.findall(r'<img [^>]*alt="Zeichnung: Menschen im Kreis"[^>]*>', html)
    assert 'srcset="' in picture and 'width="' in picture and 'height="' in picture
    assert 'decoding="async"' in picture


@pytest.mark.parametrize(
    "votes, total, refused",
    [
        (0, 18, {"steering_votes"}),  # would be hidden on the page like an empty field
        (5, 0, {"steering_votes_total"}),
        (5, 18, set()),
        (None, None, set()),  # not known: shown as nothing
    ],
)
def test_a_vote_count_of_zero_is_refused_beside_its_field(votes, total, refused):
    forum = ForumPage(title="Forum", slug="forum", steering_votes=votes, steering_votes_total=total)
    assert field_errors(forum) & {"steering_votes", "steering_votes_total"} == refused


def test_a_meeting_cannot_end_before_it_starts():
    start = timezone.now()
    meeting = ForumMeetingPage(
        title="Falsch", starts_at=start, ends_at=start - datetime.timedelta(hours=1)
    )
    with pytest.raises(ValidationError) as error:
        meeting.clean()
    assert "ends_at" in error.value.message_dict


def _declared(model, kind):
    return {f.field_name for f in model.translatable_fields if type(f).__name__ == kind}


def test_facts_are_synchronised_and_prose_translated():
    synced = {"starts_at", "ends_at", "status", "place", "minutes"}
    assert synced <= _declared(ForumMeetingPage, "SynchronizedField")
    translated = {"title", "agenda", "place_accessibility"}
    assert translated <= _declared(ForumMeetingPage, "TranslatableField")
    assert "image_alt" in _declared(ForumPage, "TranslatableField")
    synced = {"founded_on", "member_count", "steering_votes", "office_contact", "image"}
    assert synced <= _declared(ForumPage, "SynchronizedField")
    translated = {"introduction", "principles", "board_members"}
    assert translated <= _declared(ForumPage, "TranslatableField")
    assert {"role", "photo_alt"} <= _declared(ForumBoardMember, "TranslatableField")
    assert {"name", "photo"} <= _declared(ForumBoardMember, "SynchronizedField")


def test_forum_page_types_sit_where_they_belong():
    assert ForumMeetingPage.parent_page_types == ["integration_pages.ForumPage"]
    assert ForumNewsPage.parent_page_types == ["integration_pages.ForumPage"]
    assert ForumMeetingPage.subpage_types == [] and ForumNewsPage.subpage_types == []
    assert ForumPage.max_count_per_parent == 1


def test_meetings_are_in_the_api_with_their_facts(client, forum):
    response = client.get(
        "/api/v2/pages/",
        {"type": "integration_pages.ForumMeetingPage", "fields": "starts_at,status,place,minutes"},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    german = ForumMeetingPage.objects.child_of(forum)
    assert {item["title"] for item in items} >= {m.title for m in german}
    held = next(i for i in items if i["status"] == "held" and i["minutes"])
    assert held["place"] and held["starts_at"]


def test_a_translated_meeting_says_in_its_language_that_the_minutes_are_german(client, section):
    """The minutes are a German document: the Arabic meeting page links them with its own
    words, names the language and marks the link's target as German."""
    arabic = translate_forum(section, "ar")[section.held.pk]
    meeting = ForumMeetingPage.objects.select_related("minutes").get(pk=arabic.pk)
    assert meeting.minutes is not None
    html = client.get(meeting.url).content.decode()
    link = f'<a href="{meeting.minutes.url}" hreflang="de">'
    assert link in html
    assert meeting.minutes.title not in html
    assert "(الألمانية, PDF" in html
