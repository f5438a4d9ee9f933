"""Newsroom, events, resolutions, FAQ, networks and funding: rendered, translated, fed."""

import json
import re
from urllib.parse import urlsplit

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import escape
from icalendar import Calendar
from wagtail.models import Locale
from wagtail_factories import ImageFactory

from home.models import EventIndexPage, EventPage, FaqPage, NewsIndexPage, NewsPage
from integration_pages.models import FundingProgrammePage, NetworksPage, ResolutionArchivePage
from tests.support import newsroom_data, sections_data
from tests.support.marks import indexed
from tests.support.site import in_bulk

pytestmark = pytest.mark.django_db


def path(page):
    return urlsplit(page.url).path


def in_language(page, language):
    """`page`'s copy in `language` (the page itself in German)."""
    if language == "de":
        return page
    return page.get_translation(Locale.objects.get(language_code=language)).specific


PAGE_TYPES = [
    NewsIndexPage,
    NewsPage,
    EventIndexPage,
    EventPage,
    ResolutionArchivePage,
    FaqPage,
    NetworksPage,
    FundingProgrammePage,
]


@pytest.mark.parametrize("language", ["de", "en", "ar"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_each_new_page_type_renders_in_german_and_translated(client, home_de, model, language):
    """A page of each new type answers in German, English and Arabic, in that language
    and direction, with its title."""
    german = sections_data.section_page(model, home_de, [language] if language != "de" else [])
    page = in_language(german, language)
    assert page.live and page.locale.language_code == language
    response = client.get(path(page))
    html = response.content.decode()
    assert response.status_code == 200
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert escape(page.title) in html


def test_english_pages_show_the_english_texts(client, home_de):
    """A translator's English reaches the page: prose translated, facts kept."""
    newsroom, _releases = newsroom_data.newsroom(home_de, ["en"])
    networks, _committees = sections_data.networks(home_de, ["en"])
    resolutions = sections_data.resolutions(home_de, ["en"])
    html = client.get(path(in_language(newsroom, "en"))).content.decode()
    assert "Structured reception and integration of refugees" in html
    assert "Beispielstadt joins the coalition of cities against racism" in html
    html = client.get(path(in_language(networks, "en"))).content.decode()
    assert "Quarterly meeting at the ministry" in html
    assert "quarterly" in html
    html = client.get(path(in_language(resolutions, "en"))).content.decode()
    assert "Integration concept adopted" in html


def test_newsroom_lists_newest_first_with_topics(client, home_de):
    newsroom, releases = newsroom_data.newsroom(home_de)
    html = client.get(path(newsroom)).content.decode()
    positions = sorted((html.index(escape(r.title)), r.date) for r in releases)
    dates = [date for _, date in positions]
    assert len(dates) == 3
    assert dates == sorted(dates, reverse=True)
    assert "Flucht und Aufnahme" in html


def test_newsroom_filters_by_year_and_topic(client, home_de):
    """Year and topic are plain GET parameters; each narrows the list."""
    url = path(newsroom_data.newsroom(home_de)[0])
    by_year = client.get(url, {"year": 2017}).content.decode()
    assert "Strukturierte Aufnahme" in by_year
    assert "Städtekoalition gegen Rassismus bei" not in by_year
    by_topic = client.get(url, {"topic": "antirassismus"}).content.decode()
    assert "Städtekoalition gegen Rassismus bei" in by_topic
    assert "Strukturierte Aufnahme" not in by_topic
    nothing = client.get(url, {"year": 2017, "topic": "foerderung"}).content.decode()
    assert "No press release matches these filters." in nothing or "0" in nothing


def test_a_bad_filter_value_is_ignored_with_a_message(client, home_de):
    newsroom, _releases = newsroom_data.newsroom(home_de)
    response = client.get(path(newsroom), {"year": "letztes", "topic": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Strukturierte Aufnahme" in html


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_news_feeds_parse_back_with_every_release(client, home_de, kind, language):
    """The feeds are valid RSS 2.0 / Atom 1.0 that a feed reader parses without error,
    one per language, each entry linking to the release in that language."""
    newsroom, _releases = newsroom_data.newsroom(home_de, ["en"])
    index = in_language(newsroom, language)
    response = client.get(f"{path(index)}{kind}.xml")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    releases = NewsPage.objects.child_of(index).live()
    assert len(releases) == 3
    assert {entry.title for entry in feed.entries} == {r.title for r in releases}
    for entry in feed.entries:
        assert urlsplit(entry.link).path.startswith(f"/{language}/")
    assert feed.feed.get("language", language).startswith(language)


def test_feed_entries_carry_dates_and_topics(client, home_de):
    newsroom, _releases = newsroom_data.newsroom(home_de)
    feed = feedparser.parse(client.get(f"{path(newsroom)}rss.xml").content)
    entry = next(e for e in feed.entries if e.title.startswith("Strukturierte Aufnahme"))
    assert entry.published_parsed[:3] == (2017, 6, 26)
    assert [t.term for t in entry.tags] == ["Flucht und Aufnahme"]


def test_event_calendar_parses_back_with_every_event(client, home_de):
    """The calendar feed is valid iCalendar with one VEVENT per live event, starting when
    the event starts, whatever language it was fetched in."""
    calendar_page, _events = newsroom_data.events(home_de, ["en"])
    index = in_language(calendar_page, "en")
    response = client.get(f"{path(index)}calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    pages = EventPage.objects.child_of(index).live()
    assert len(pages) == 3
    assert {str(e["SUMMARY"]) for e in events} == {p.title for p in pages}
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    for page in pages:
        assert starts[page.title] == page.starts_at


def test_one_event_downloads_as_ics_with_place_and_accessibility(client, home_de):
    _calendar, events = newsroom_data.events(home_de)
    event = max(events, key=lambda e: e.starts_at)
    calendar = Calendar.from_ical(client.get(f"{path(event)}calendar.ics").content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["LOCATION"]) == event.place
    assert event.place_accessibility in str(vevent["DESCRIPTION"])


def test_event_calendar_lists_upcoming_before_past(client, home_de):
    calendar, events = newsroom_data.events(home_de)
    html = client.get(path(calendar)).content.decode()
    upcoming = html.index('id="upcoming"')
    past = html.index('id="past"')
    now = timezone.now()
    assert {e.starts_at >= now for e in events} == {True, False}
    for event in events:
        position = html.index(escape(event.title))
        assert (position < past) == (event.starts_at >= now), event.title
        assert position > upcoming


def test_cancelled_event_says_so_and_closes_registration(client, home_de):
    _calendar, events = newsroom_data.events(home_de)
    event = next(e for e in events if e.registration_url)
    event.cancelled = True
    event.save_revision().publish()
    html = client.get(path(event)).content.decode()
    assert "Diese Veranstaltung wurde abgesagt." in html
    assert event.registration_url not in html
    calendar = Calendar.from_ical(client.get(f"{path(event)}calendar.ics").content)
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_event_cannot_end_before_it_starts(home_de):
    event = newsroom_data.events(home_de)[1][0]
    event.ends_at = event.starts_at - timezone.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "ends_at" in error.value.message_dict


def _an_event(home):
    index, _events = newsroom_data.events(home)
    return EventPage.objects.child_of(index).first()


def _a_press_release(home):
    return newsroom_data.newsroom(home)[1][0]


@pytest.mark.parametrize("dated_page", [_an_event, _a_press_release], ids=["event", "news"])
def test_picture_without_alternative_text_is_refused(home_de, dated_page):
    page = dated_page(home_de)
    page.image = ImageFactory()
    page.image_alt = " "
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "image_alt" in refused.value.message_dict


def test_faq_page_has_faqpage_structured_data(client, home_de):
    """Search engines get schema.org FAQPage with every question and its plain answer."""
    faq = sections_data.faq(home_de)
    html = client.get(path(faq)).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = next(d for d in map(json.loads, blocks) if d.get("@type") == "FAQPage")
    questions = [b.value["question"] for b in faq.questions]
    assert [q["name"] for q in data["mainEntity"]] == questions
    answer = data["mainEntity"][-1]["acceptedAnswer"]["text"]
    assert answer == sections_data.FAQ_ANSWER and "<p>" not in answer


def test_resolutions_timeline_filters_by_year(client, home_de):
    page = sections_data.resolutions(home_de)
    everything = client.get(path(page)).content.decode()
    assert everything.index('id="year-2021"') < everything.index('id="year-2003"')
    assert "Annahme des Integrationskonzepts" in everything
    only_2003 = client.get(path(page), {"year": 2003}).content.decode()
    assert "Auftrag für ein Integrationskonzept" in only_2003
    assert "Annahme des Integrationskonzepts" not in only_2003
    bad = client.get(path(page), {"year": "1800"})
    assert bad.status_code == 200 and 'role="alert"' in bad.content.decode()
    assert "Annahme des Integrationskonzepts" in bad.content.decode()


def test_networks_page_lists_this_sites_committees_with_who_and_how_often(client, home_de):
    page, _committees = sections_data.networks(home_de)
    html = client.get(path(page)).content.decode()
    for name in ("Trägertreffen", "AK Migration", "Quartalstreffen im Innenministerium"):
        assert name in html
    assert "vierteljährlich" in html
    assert "Landesbeauftragter für Flucht und Asyl" in html


def test_funding_page_highlights_the_next_deadline(client, home_de):
    page = sections_data.funding(home_de)
    html = client.get(path(page)).content.decode()
    upcoming = [b.value for b in page.deadlines if b.value["date"] >= timezone.localdate()]
    assert "Nächste Frist:" in html
    assert upcoming[0]["label"] in html
    assert "(abgelaufen)" in html
    assert "2014" in html


@pytest.mark.parametrize("extra", [0, 40])
def test_newsroom_and_events_queries_do_not_grow_with_the_number_of_items(
    client, home_de, django_assert_max_num_queries, extra
):
    from tests.support.factories import EventPageFactory, NewsPageFactory

    newsroom, releases = newsroom_data.newsroom(home_de, ["en"])
    events, _events = newsroom_data.events(home_de, ["en"])
    topics = list(releases[0].topics.all())
    with in_bulk():  # no search index entries, no purges one by one
        for n in range(extra):
            news = NewsPageFactory(parent=newsroom, slug=f"extra-news-{n}")
            news.topics = topics
            news.save_revision().publish()
            EventPageFactory(parent=events, slug=f"extra-event-{n}")
    # German and English read the same items: built once, for both.
    for language in ("de", "en"):
        index = in_language(newsroom, language)
        for url in (path(index), path(in_language(events, language)), f"{path(index)}rss.xml"):
            client.get(url)
            with django_assert_max_num_queries(20):
                assert client.get(url).status_code == 200, url


@indexed
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_editor_opens_for_each_new_page_type(superuser_client, home_de, model):
    from django.urls import reverse

    page = sections_data.section_page(model, home_de)
    assert (
        superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    )


@indexed
@pytest.mark.parametrize("model_name", ["committee", "topic"])
def test_committee_and_topic_snippets_are_listed_and_editable(
    superuser_client, home_de, model_name
):
    from django.urls import reverse

    if model_name == "committee":
        item = sections_data.networks(home_de)[1][0]
    else:
        item = newsroom_data.topics()["flucht"]
    listing = superuser_client.get(reverse(f"wagtailsnippets_snippets_{model_name}:list"))
    assert str(item.name) in listing.content.decode()
    edit = superuser_client.get(
        reverse(f"wagtailsnippets_snippets_{model_name}:edit", args=[item.pk])
    )
    assert edit.status_code == 200


def test_an_editor_adds_a_resolution_in_the_admin_and_the_timeline_shows_it(
    superuser_client, client, home_de
):
    """The inline resolution form works over HTTP: a new resolution is saved, published
    and appears under its year."""
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    page = sections_data.resolutions(home_de)
    rows = [
        {
            "id": r.pk,
            "date": r.date.isoformat(),
            "title": r.title,
            "body": r.body,
            "reference": r.reference,
            "summary": r.summary,
            "outcome": r.outcome,
            "document": "",
        }
        for r in page.resolutions.all()
    ]
    rows.append(
        {
            "date": "2024-06-13",
            "title": "Beitritt zum Bündnis Sichere Häfen",
            "body": "Bürgerschaft",
            "reference": "VO/2024/00001",
            "summary": "Die Stadt schließt sich dem Bündnis an.",
            "outcome": "",
            "document": "",
        }
    )
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "resolutions": inline_formset(rows, initial=len(rows) - 1),
            "action-publish": "publish",
        }
    )
    response = superuser_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get(path(page), {"year": 2024}).content.decode()
    assert "Beitritt zum Bündnis Sichere Häfen" in html
    assert "VO/2024/00001" in html
