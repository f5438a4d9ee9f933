"""The office's other sections of a small site, built inside a test below a home page
the test made (the `home_de` fixture): a resolutions archive, questions and answers,
networks with committees and a funding programme, each with its copies in the languages
asked for (English texts where a test reads them); and `section_page`, a page of any of
the newsroom's page types (these, and tests.support.newsroom_data's).
"""

import datetime
from datetime import timedelta

from django.utils import timezone
from wagtail.rich_text import RichText

from home.models import EventIndexPage, EventPage, FaqPage, NewsIndexPage, NewsPage
from integration_pages.models import (
    FundingProgrammePage,
    NetworksPage,
    Resolution,
    ResolutionArchivePage,
)
from snippets.models import Committee
from tests.support.newsroom_data import events, newsroom
from tests.support.site import locale, publish, publish_in, site_of, translate_snippet, translated

# date, German title, English title, summary
RESOLUTIONS = [
    (
        datetime.date(2003, 5, 22),
        "Auftrag für ein Integrationskonzept",
        "Mandate for an integration concept",
        "Die Verwaltung soll ein Integrationskonzept erarbeiten.",
    ),
    (
        datetime.date(2010, 11, 4),
        "Einrichtung der Stabsstelle Integration",
        "Integration office set up",
        "Eine Stabsstelle bündelt die Integrationsarbeit.",
    ),
    (
        datetime.date(2021, 3, 25),
        "Annahme des Integrationskonzepts",
        "Integration concept adopted",
        "Die Bürgerschaft nimmt das fortgeschriebene Konzept an.",
    ),
]


def resolutions(home, languages=()):
    page = ResolutionArchivePage(
        title="Beschlüsse", slug="beschluesse", intro="Beschlüsse der Bürgerschaft."
    )
    page.resolutions = [
        Resolution(date=date, title=title, body="Bürgerschaft", summary=summary, locale=locale())
        for date, title, _english, summary in RESOLUTIONS
    ]
    publish(home, page)
    for language in languages:
        copy = translated(page, language)
        if language == "en":
            english = {german_title: title for _d, german_title, title, _s in RESOLUTIONS}
            rows = list(copy.resolutions.all())
            for resolution in rows:
                resolution.title = english[resolution.title]
            copy.resolutions = rows
            copy.save_revision().publish()
    return page


FAQ_ANSWER = "Es gibt sieben Beratungsstellen in Beispielstadt."
# question, answer
FAQ = [
    ("Wer berät Geflüchtete?", "Die Stabsstelle und ihre Partner."),
    ("Wie viele Beratungsstellen gibt es?", FAQ_ANSWER),
]


def faq(home, languages=()):
    page = FaqPage(
        title="Fragen und Antworten",
        slug="fragen",
        intro="Antworten auf eine Einwohneranfrage.",
        answered_on=datetime.date(2023, 2, 1),
        questions=[
            ("question", {"question": question, "answer": RichText(f"<p>{answer}</p>")})
            for question, answer in FAQ
        ],
    )
    return publish_in(home, page, languages)


# name, convened by, frequency, English name, English frequency
COMMITTEES = [
    ("Trägertreffen", "Stabsstelle Integration", "monatlich", "Providers' meeting", "monthly"),
    (
        "AK Migration",
        "Stabsstelle Integration",
        "zweimal im Jahr",
        "Migration group",
        "twice a year",
    ),
    (
        "Quartalstreffen im Innenministerium",
        "Landesbeauftragter für Flucht und Asyl",
        "vierteljährlich",
        "Quarterly meeting at the ministry",
        "quarterly",
    ),
]


def networks(home, languages=()):
    """The networks page and this site's committees (translated into `languages` too)."""
    site = site_of(home)
    committees = [
        Committee.objects.create(
            name=name,
            convened_by=convened_by,
            participants="Stabsstelle Integration\nJobcenter",
            frequency=frequency,
            site=site,
            sort_order=position,
            locale=locale(),
        )
        for position, (name, convened_by, frequency, _n, _f) in enumerate(COMMITTEES)
    ]
    page = NetworksPage(title="Netzwerke", slug="netzwerke", intro="Wo wir mitarbeiten.")
    publish_in(home, page, languages)
    if "en" in languages:
        for committee, (*_de, name, frequency) in zip(committees, COMMITTEES, strict=True):
            translate_snippet(committee, "en", name=name, frequency=frequency)
    return page, committees


def funding(home, languages=(), **facts):
    """A programme running since 2014 with a past deadline and two ahead, and `facts`
    (a budget, say)."""
    today = timezone.localdate()
    page = FundingProgrammePage(
        title="Integrationsfonds",
        slug="integrationsfonds",
        since_year=2014,
        aim="<p>Projekte der Integration.</p>",
        eligibility="<p>Vereine und Initiativen.</p>",
        deadlines=[
            ("deadline", {"date": today - timedelta(days=30), "label": "Anträge für dieses Jahr"}),
            ("deadline", {"date": today + timedelta(days=60), "label": "Anträge für 2090"}),
            ("deadline", {"date": today + timedelta(days=400), "label": "Anträge für 2091"}),
        ],
        **facts,
    )
    return publish_in(home, page, languages)


def section_page(model, home, languages=()):
    """A live German page of `model` (one of the newsroom's page types) below `home`, with
    copies in `languages`."""
    if model in (NewsIndexPage, NewsPage):
        index, releases = newsroom(home, languages)
        return index if model is NewsIndexPage else releases[0]
    if model in (EventIndexPage, EventPage):
        index, pages = events(home, languages)
        return index if model is EventIndexPage else pages[0]
    if model is NetworksPage:
        return networks(home, languages)[0]
    builders = {
        ResolutionArchivePage: resolutions,
        FaqPage: faq,
        FundingProgrammePage: funding,
    }
    return builders[model](home, languages)
