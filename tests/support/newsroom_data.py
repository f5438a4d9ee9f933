"""The newsroom and the event calendar of a small site, built inside a test below a home
page the test made (the `home_de` fixture, or tests.support.office_site.site_home for a
site of its own): three press releases on three topics with their press contact, and two
upcoming events (one with registration) and a past one. Translations are made as the
admin's "Translate" makes them (tests.support.site.translated), with English texts where
a test reads them.

Topic codes are looked up first, so the builders work whether or not the worker's
database also holds the demo.
"""

import datetime
from datetime import time, timedelta

from django.utils import timezone
from wagtail.rich_text import RichText

from home.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from snippets.models import Contact, Topic
from tests.support.site import locale, publish, translated


def contact(name="Stabsstelle Integration", email="integration@beispielstadt.example.org"):
    return Contact.objects.create(name=name, email=email, phone="+49 451 122-0", locale=locale())


# --- Newsroom -------------------------------------------------------------------------

TOPICS = [
    ("flucht", "Flucht und Aufnahme", "Refuge and reception"),
    ("antirassismus", "Antirassismus", "Anti-racism"),
    ("foerderung", "Förderung", "Funding"),
]

# slug, date, topic codes, German title, English title
RELEASES = [
    (
        "aufnahme-gefluechteter",
        datetime.date(2017, 6, 26),
        ["flucht"],
        "Strukturierte Aufnahme und Integration von Geflüchteten",
        "Structured reception and integration of refugees",
    ),
    (
        "eccar-beitritt",
        datetime.date(2020, 9, 15),
        ["antirassismus"],
        "Beispielstadt tritt der Städtekoalition gegen Rassismus bei",
        "Beispielstadt joins the coalition of cities against racism",
    ),
    (
        "integrationsfonds-aufruf",
        datetime.date(2026, 10, 1),
        ["foerderung"],
        "Integrationsfonds: Anträge für das kommende Jahr",
        "Integration fund: applications for the coming year",
    ),
]


def topics():
    """code → German topic; an existing topic of that code (the demo's) is reused."""
    found = {}
    for position, (code, name, _english) in enumerate(TOPICS):
        found[code], _created = Topic.objects.get_or_create(
            code=code, locale=locale(), defaults={"name": name, "sort_order": position}
        )
    return found


def newsroom(home, languages=()):
    """(newsroom, [releases]) below `home`, newest release last, each translated into
    `languages` (English with English titles and leads)."""
    press = contact()
    by_code = topics()
    index = publish(
        home,
        NewsIndexPage(
            title="Pressemitteilungen",
            slug="presse",
            intro="Mitteilungen der Stabsstelle Integration.",
            press_contact=press,
            show_in_menus=True,
        ),
    )
    releases = []
    for slug, date, codes, title, _english in RELEASES:
        page = NewsPage(
            title=title,
            slug=slug,
            date=date,
            lead=f"Kurzfassung: {title}.",
            body=[("paragraph", RichText(f"<p>{title} – der ganze Text.</p>"))],
            contact=press,
        )
        page.topics = [by_code[code] for code in codes]
        releases.append(publish(index, page))
    for language in languages:
        english = language == "en"
        translated(index, language, **({"title": "Press releases"} if english else {}))
        for page, (*_facts, title_en) in zip(releases, RELEASES, strict=True):
            fields = {"title": title_en, "lead": f"Summary: {title_en}."} if english else {}
            translated(page, language, **fields)
    return index, releases


# slug, days from today, hour, German title, English title, registration
EVENTS = [
    (
        "wochen-gegen-rassismus",
        30,
        17,
        "Auftakt der Wochen gegen Rassismus",
        "Opening of the Weeks against Racism",
        "",
    ),
    (
        "werkstatt-foerderantraege",
        45,
        10,
        "Werkstatt: Förderanträge schreiben",
        "Workshop: writing funding applications",
        "https://anmeldung.example.org/werkstatt",
    ),
    (
        "integrationspreis",
        -20,
        18,
        "Verleihung des Integrationspreises",
        "Integration award ceremony",
        "",
    ),
]


def _at(days, hour):
    return timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + timedelta(days=days), time(hour))
    )


def add_event(index, slug, title, starts_at, **fields):
    """A live event of three hours below the calendar `index`."""
    page = EventPage(
        title=title,
        slug=slug,
        lead=f"Worum es geht: {title}.",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        **fields,
    )
    return publish(index, page)


def events(home, languages=()):
    """(calendar, [events]): two upcoming events (one with registration) and a past one."""
    index = publish(
        home,
        EventIndexPage(
            title="Veranstaltungen",
            slug="veranstaltungen",
            intro="Werkstätten und Preisverleihungen.",
            show_in_menus=True,
        ),
    )
    pages = [
        add_event(
            index,
            slug,
            title,
            _at(days, hour),
            place="Rathaus, Breite Straße 62, 23552 Beispielstadt",
            place_accessibility="Stufenloser Zugang über den Seiteneingang, Aufzug.",
            registration_url=registration,
        )
        for slug, days, hour, title, _english, registration in EVENTS
    ]
    for language in languages:
        english = language == "en"
        translated(index, language, **({"title": "Events"} if english else {}))
        for page, (*_facts, title_en, _registration) in zip(pages, EVENTS, strict=True):
            translated(page, language, **({"title": title_en} if english else {}))
    return index, pages
