"""A small site of every public aggregate, built in the test's transaction under a home
page the test made (tests.support.site.build_home, the `home_de` fixture).

`build_small_site(home)` makes, as the demo builders in home/demo/ do but with a handful
of pages, an integration concept (two goals, three measures linked to ECCAR commitments),
the ECCAR action plan, the Forum (meetings, news, MSO directory with one MSO), the
newsroom (press releases) and the event calendar; with `languages`, the copy of each page
in those languages, made and published as the admin's "Translate" does.

tests.support.every_type adds one page of each remaining page type.

Titles and slugs are distinct words, so no page's title or address is part of
another's. Each builder settles what it built (see `settle`).
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.db import connection
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from home.models import EventIndexPage, NewsIndexPage, NewsPage, OfficeSettings
from integration_pages.forum.meetings import MeetingStatus
from integration_pages.models import (
    ActionField,
    ActionPlanPage,
    EccarCommitment,
    ForumMeetingPage,
    ForumNewsPage,
    ForumPage,
    GoalPage,
    IntegrationConceptPage,
    MeasureStatus,
    MsoDirectoryPage,
)
from snippets.models import Organisation, OrganisationKind
from tests.support.concept_data import add_measure
from tests.support.newsroom_data import add_event
from tests.support.site import publish, site_of, translate


def settle():
    """Runs the callbacks waiting for the commit of what was built so far (page cache
    purges, search index updates), as the end of each editor's request would. A test's
    transaction never commits; left waiting, those callbacks would also keep the purges of
    the changes a test makes inside `tests.support.commit.committed()` from running
    (cms/pagecache/purge.py registers its flush once per transaction)."""
    while connection.run_on_commit:
        pending, connection.run_on_commit[:] = connection.run_on_commit[:], []
        for _savepoints, callback, _robust in pending:
            callback()


def office_settings(home):
    """The office settings of the home page's site, as the demo has them. Made here rather
    than by the first request that reads them: a row created while serving a GET would
    leave its purge waiting for a commit that never comes in a test (see `settle`)."""
    settings, _created = OfficeSettings.objects.get_or_create(
        site=site_of(home),
        defaults={"office_name": "Stabsstelle Integration", "municipality": home.title},
    )
    return settings


def _measure(goal, slug, title, unit, commitments, start, status, cost):
    return add_measure(
        goal,
        slug,
        unit=unit,
        commitments=commitments,
        title=title,
        summary=f"Kurzbeschreibung: {title}.",
        start_date=start,
        end_date=None,
        ongoing=True,
        status=status,
        annual_cost=Decimal(cost),
        examples=[("example", {"period": str(start.year), "text": f"Beispiel zu {title}."})],
    )


def build_concept(home):
    """An integration concept with a field of action, two goals and three measures linked to
    ECCAR commitments: (concept, goals, measures)."""
    office_settings(home)
    german = home.locale
    concept = publish(
        home,
        IntegrationConceptPage(
            title="Integrationskonzept",
            slug="integrationskonzept",
            annual_budget=Decimal("100000"),
            motto="Vielfalt gemeinsam gestalten",
        ),
    )
    field = ActionField.objects.create(
        concept=concept, code="I", title="Sprache und Bildung", sort_order=0, locale=german
    )
    unit = Organisation.objects.create(name="Amt für Integrationsarbeit", locale=german)
    commitment = {n: EccarCommitment.objects.get(number=n, locale=german) for n in (1, 3, 7)}
    goals = []
    for slug, title in [("sprachfoerderung", "Sprachförderung"), ("teilhabe", "Teilhabe")]:
        goal = GoalPage(title=title, slug=slug, short_title=title)
        goal.action_fields = [field]
        goals.append(publish(concept, goal))
    d = datetime.date
    measures = [
        _measure(
            goals[0],
            "sprachcafe",
            "Sprachcafé",
            unit,
            [commitment[1], commitment[3]],
            d(2022, 3, 1),
            MeasureStatus.IN_PROGRESS,
            "30000",
        ),
        _measure(
            goals[0],
            "elternkurse",
            "Elternkurse",
            unit,
            [commitment[3]],
            d(2023, 9, 1),
            MeasureStatus.PLANNED,
            "12000",
        ),
        _measure(
            goals[1],
            "vereinsberatung",
            "Vereinsberatung",
            unit,
            [commitment[7]],
            d(2021, 5, 1),
            MeasureStatus.IN_PROGRESS,
            "8000",
        ),
    ]
    settle()
    return concept, goals, measures


def _forum(home, german):
    now = timezone.now().replace(microsecond=0)
    forum = publish(
        home,
        ForumPage(
            title="Forum für Migrant:innen",
            slug="forum",
            introduction="<p>Die Stimme der Zugewanderten.</p>",
        ),
    )
    meetings = [
        publish(
            forum,
            ForumMeetingPage(
                title=title,
                slug=slug,
                starts_at=now + datetime.timedelta(days=days),
                ends_at=now + datetime.timedelta(days=days, hours=2),
                place="Rathaus, Bürgerschaftssaal",
                status=MeetingStatus.HELD if days < 0 else MeetingStatus.PLANNED,
                agenda=[("item", f"Tagesordnung {title}")],
            ),
        )
        for slug, title, days in [
            ("fruehjahrssitzung", "Frühjahrssitzung", -60),
            ("sommersitzung", "Sommersitzung", -20),
            ("herbstsitzung", "Herbstsitzung", 30),
        ]
    ]
    today = timezone.localdate()
    news = [
        publish(
            forum,
            ForumNewsPage(
                title=title,
                slug=slug,
                date=today - datetime.timedelta(days=days),
                lead=f"Kurz gesagt: {title}.",
                body=[("paragraph", RichText(f"<p>Ausführlich: {title}.</p>"))],
            ),
        )
        for slug, title, days in [
            ("vorstandswahl", "Vorstandswahl", 10),
            ("sommerfest", "Sommerfest", 2),
        ]
    ]
    directory = publish(
        forum,
        MsoDirectoryPage(
            title="Migrantenorganisationen",
            slug="migrantenorganisationen",
            intro="<p>Vereine von Zugewanderten.</p>",
        ),
    )
    site = Site.objects.filter(root_page=home).first()
    Organisation.objects.create(
        name="Kulturverein Brücke",
        locale=german,
        kind=OrganisationKind.MSO,
        description="Begegnung und Beratung.",
        district="Innenstadt",
        site=site,
    )
    return forum, meetings, news, directory


def _newsroom(home):
    index = publish(
        home,
        NewsIndexPage(title="Pressemitteilungen", slug="presse", intro="Aus der Stabsstelle."),
    )
    news = [
        publish(
            index,
            NewsPage(title=title, slug=slug, date=date, lead=f"Kurzfassung: {title}."),
        )
        for slug, title, date in [
            ("jahresbericht", "Jahresbericht", datetime.date(2026, 3, 2)),
            ("integrationspreis", "Integrationspreis", datetime.date(2026, 4, 20)),
        ]
    ]
    return index, news


def _events(home):
    now = timezone.now().replace(microsecond=0)
    index = publish(
        home,
        EventIndexPage(title="Veranstaltungen", slug="veranstaltungen", intro="Was ansteht."),
    )
    events = [
        add_event(index, slug, title, now + datetime.timedelta(days=days), place="Kulturzentrum")
        for slug, title, days in [
            ("lesung", "Lesung", -15),
            ("nachbarschaftsfest", "Nachbarschaftsfest", 12),
        ]
    ]
    return index, events


def build_plan(home):
    """The ECCAR action plan: it lists the site's measures under their commitments."""
    office_settings(home)
    plan = publish(
        home,
        ActionPlanPage(
            title="Aktionsplan gegen Rassismus",
            slug="eccar",
            member_since=2019,
            introduction="<p>Zehn Verpflichtungen.</p>",
        ),
    )
    settle()
    return plan


def build_small_site(home, languages=("ar",)):
    """The pages of every public aggregate under `home` (German), and their copies in
    `languages`. Returns a namespace of the German pages."""
    office_settings(home)
    german = home.locale
    concept, goals, measures = build_concept(home)
    plan = build_plan(home)
    forum, meetings, forum_news, directory = _forum(home, german)
    news_index, news = _newsroom(home)
    event_index, events = _events(home)
    site = SimpleNamespace(
        home=home,
        concept=concept,
        goals=goals,
        measures=measures,
        plan=plan,
        forum=forum,
        meetings=meetings,
        forum_news=forum_news,
        directory=directory,
        news_index=news_index,
        news=news,
        event_index=event_index,
        events=events,
    )
    translate_all(site, languages)
    settle()
    return site


def pages_of(site):
    """Every page of `site` (a namespace of this module), parents before children."""
    found = []
    for value in vars(site).values():
        for page in value if isinstance(value, list) else [value]:
            if page.pk not in {p.pk for p in found}:
                found.append(page)
    return sorted(found, key=lambda page: page.path)


def translate_all(site, languages):
    for language in languages:
        for page in pages_of(site):
            translate(page, language)
