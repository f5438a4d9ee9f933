"""Small sites for the newsroom, SEO, search, API and export tests, built inside a test.

Everything hangs below a home page the test built (the `home_de` fixture, or `site_home`
for a site of its own): a newsroom with three press releases, an event calendar, a
resolutions archive, questions and answers, networks with committees, a funding
programme, a signpost with a counselling service, a concept with a measure, a process
chain and two forms. Translations are made as the admin's "Translate" makes them
(tests.support.site.translate), with English texts where a test reads them.

Names that must be unique in the database (topic codes, service slugs, host names) are
either looked up first or chosen so as not to meet the demo's, so the builders work
whether or not the worker's database also holds the demo.
"""

import datetime
from datetime import time, timedelta
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.models import (
    EventIndexPage,
    EventPage,
    FaqPage,
    FormField,
    FormPage,
    NewsIndexPage,
    NewsPage,
    OfficeSettings,
    RefundFormField,
    RefundFormPage,
    StandardPage,
)
from integration_pages.models import (
    ActionPlanPage,
    FundingProgrammePage,
    NetworksPage,
    ProcessChainIndexPage,
    ProcessChainPage,
    Resolution,
    ResolutionArchivePage,
    SignpostPage,
)
from snippets.models import Committee, Contact, CounsellingService, Organisation, Topic
from tests.support.site import add_home, locale, publish, translate
from tests.support.translation_data import chain_step

HOST = "beispielstadt.localhost"
OTHER_HOST = "musterkreis.localhost"


def translated(page, language, **fields):
    """`page`'s published copy in `language`, its ancestors translated first; `fields`
    are what the translator wrote (the rest stays German, as the admin's copy does).
    The page is read afresh: an instance a test holds may predate its latest publish."""
    page = Page.objects.get(pk=page.pk).specific
    parent = page.get_parent(update=True)
    if parent.depth > 1:
        translated(parent, language)
    copy = translate(page, language)
    if fields:
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
    return copy


def translated_snippet(obj, language, **fields):
    """A snippet's copy in `language` with the translator's `fields`."""
    locale = Locale.objects.get(language_code=language)
    copy = obj.get_translation_or_none(locale) or obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


# --- Sites ----------------------------------------------------------------------------


def office(home, municipality="Hansestadt Beispielstadt", **fields):
    """The office settings of `home`'s site: the name and address every page shows."""
    site = Site.objects.get(root_page=home)
    values = {
        "office_name": "Stabsstelle Integration",
        "municipality": municipality,
        "email": f"integration@{home.slug}.example.org",
        **fields,
    }
    settings, _created = OfficeSettings.objects.update_or_create(site=site, defaults=values)
    return settings


def rename_site(home, hostname=HOST):
    """Serve `home` under `hostname` (port 80): absolute addresses name it whatever host a
    request asked for. The site stays the default one, so the test client still reaches it."""
    site = Site.objects.get(root_page=home)
    site.hostname = hostname
    site.save()
    return site


def site_home(title, slug, hostname, municipality):
    """A second German home page served, with its office settings, on `hostname` alone."""
    intro = f"<p>Willkommen bei der Integration in {title}.</p>"
    home = add_home(title, slug, hostname, site_name=municipality, intro=intro)
    office(home, municipality=municipality)
    return home


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
        publish(
            index,
            EventPage(
                title=title,
                slug=slug,
                lead=f"Worum es geht: {title}.",
                starts_at=_at(days, hour),
                ends_at=_at(days, hour) + timedelta(hours=3),
                place="Rathaus, Breite Straße 62, 23552 Beispielstadt",
                place_accessibility="Stufenloser Zugang über den Seiteneingang, Aufzug.",
                registration_url=registration,
            ),
        )
        for slug, days, hour, title, _english, registration in EVENTS
    ]
    for language in languages:
        english = language == "en"
        translated(index, language, **({"title": "Events"} if english else {}))
        for page, (*_facts, title_en, _registration) in zip(pages, EVENTS, strict=True):
            translated(page, language, **({"title": title_en} if english else {}))
    return index, pages


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


def faq(home, languages=()):
    page = publish(
        home,
        FaqPage(
            title="Fragen und Antworten",
            slug="fragen",
            intro="Antworten auf eine Einwohneranfrage.",
            answered_on=datetime.date(2023, 2, 1),
            questions=[
                (
                    "question",
                    {"question": question, "answer": RichText(f"<p>{answer}</p>")},
                )
                for question, answer in [
                    ("Wer berät Geflüchtete?", "Die Stabsstelle und ihre Partner."),
                    ("Wie viele Beratungsstellen gibt es?", FAQ_ANSWER),
                ]
            ],
        ),
    )
    for language in languages:
        translated(page, language)
    return page


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
    site = Site.objects.get(root_page=home)
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
    page = publish(
        home,
        NetworksPage(title="Netzwerke", slug="netzwerke", intro="Wo wir mitarbeiten."),
    )
    for language in languages:
        translated(page, language)
        if language == "en":
            for committee, (*_de, name, frequency) in zip(committees, COMMITTEES, strict=True):
                translated_snippet(committee, "en", name=name, frequency=frequency)
    return page, committees


def funding(home, languages=()):
    """A programme running since 2014 with a past deadline and two ahead."""
    today = timezone.localdate()
    page = publish(
        home,
        FundingProgrammePage(
            title="Integrationsfonds",
            slug="integrationsfonds",
            since_year=2014,
            aim="<p>Projekte der Integration.</p>",
            eligibility="<p>Vereine und Initiativen.</p>",
            deadlines=[
                (
                    "deadline",
                    {"date": today - timedelta(days=30), "label": "Anträge für dieses Jahr"},
                ),
                ("deadline", {"date": today + timedelta(days=60), "label": "Anträge für 2090"}),
                ("deadline", {"date": today + timedelta(days=400), "label": "Anträge für 2091"}),
            ],
        ),
    )
    for language in languages:
        translated(page, language)
    return page


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


# --- Signpost and search --------------------------------------------------------------

SIGNPOST_AR = "<p>دليل ضد التمييز: استشارة سرية ومجانية.</p>"


def signpost(home, languages=()):
    """The anti-discrimination signpost, its Arabic introduction written by a translator."""
    page = publish(
        home,
        SignpostPage(
            title="Wegweiser gegen Diskriminierung",
            slug="wegweiser",
            intro="<p>Beratung bei Diskriminierung, vertraulich.</p>",
            show_in_menus=True,
        ),
    )
    for language in languages:
        translated(page, language, **({"intro": SIGNPOST_AR} if language == "ar" else {}))
    return page


def service(
    slug="quokka-beratung",
    name="Quokka Antidiskriminierungsberatung",
    english="Quokka counselling against discrimination",
    **fields,
):
    """A German counselling service shared by every site, with English and Arabic names."""
    provider = Organisation.objects.create(name=f"Träger der {name}", locale=locale())
    found = CounsellingService.objects.create(
        slug=slug,
        name=name,
        provider=provider,
        description="Vertrauliche Beratung bei Diskriminierung.",
        region="Beispielstadt",
        locale=locale(),
        **fields,
    )
    translated_snippet(found, "en", name=english)
    translated_snippet(found, "ar", name="مكتب استشارات كوكا لمناهضة التمييز")
    return found


def action_plan(home):
    """The ECCAR action plan page; its ten commitments come with the migrations."""
    return publish(
        home,
        ActionPlanPage(
            title="10-Punkte-Aktionsplan",
            slug="eccar",
            member_since=2020,
            introduction="<p>Beispielstadt ist Mitglied der Städtekoalition gegen Rassismus.</p>",
            show_in_menus=True,
        ),
    )


# --- Concept, chain, forms --------------------------------------------------------------


def process_chain(home):
    """A published process chain of two steps below an index of chains."""
    actors = [
        Organisation.objects.create(name=name, locale=locale())
        for name in ("Bürgeramt Beispielstadt", "Ausländerbehörde Beispielstadt")
    ]
    index = publish(
        home,
        ProcessChainIndexPage(title="Erste Schritte", slug="erste-schritte", intro="Ankommen."),
    )
    steps = [
        chain_step(
            number,
            actor,
            what_to_do=f"Gehen Sie zu {actor.name}.",
            bring=["Reisepass"],
            waiting_days=3,
            duration_minutes=30,
            cost=Decimal("0"),
            ends=number == len(actors),
        )
        for number, actor in enumerate(actors, start=1)
    ]
    return publish(
        index,
        ProcessChainPage(
            title="Anmelden", slug="anmelden", intro="So melden Sie sich an.", steps=steps
        ),
    )


CONTACT_FIELDS = [
    ("Name", "singleline", "", True),
    ("E-Mail", "email", "", True),
    ("Anliegen", "dropdown", "Frage zu Angeboten\nHinweis oder Kritik\nEtwas anderes", True),
    ("Nachricht", "multiline", "", True),
]
REFUND_FIELDS = [
    ("Name", "singleline", "", True),
    ("E-Mail", "email", "", True),
    ("Zweck", "multiline", "", True),
    ("Betrag in Euro", "number", "", True),
    ("IBAN", "singleline", "", False),
]


def _form(home, page_class, field_class, title, slug, fields):
    return publish(
        home,
        page_class(
            title=title,
            slug=slug,
            intro="Schreiben Sie uns.",
            thank_you_text="Danke, Ihre Nachricht ist angekommen.",
            to_address="",
            form_fields=[
                field_class(
                    sort_order=position,
                    label=label,
                    field_type=field_type,
                    choices=choices,
                    required=required,
                )
                for position, (label, field_type, choices, required) in enumerate(fields)
            ],
        ),
    )


def contact_form(home, slug="kontakt"):
    """The contact form: name, e-mail, what it is about (a choice) and the message."""
    return _form(home, FormPage, FormField, "Kontakt", slug, CONTACT_FIELDS)


def refund_form(home, slug="erstattung-ehrenamt"):
    """The volunteers' refund form: name, e-mail, purpose, amount, IBAN, receipts."""
    return _form(
        home, RefundFormPage, RefundFormField, "Erstattung für Ehrenamtliche", slug, REFUND_FIELDS
    )


def standard_page(parent, title, slug, text="", languages=(), **fields):
    page = publish(
        parent,
        StandardPage(
            title=title,
            slug=slug,
            intro=text,
            body=[("paragraph", RichText(f"<p>{text}</p>"))] if text else [],
            **fields,
        ),
    )
    for language in languages:
        translated(page, language)
    return page
