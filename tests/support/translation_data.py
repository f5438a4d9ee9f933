"""Pages and snippets translated with wagtail-localize, built inside the test.

`localize(obj, "ar", {"German": "Arabic"})` translates a page or snippet the way a
translator does in the translation editor: wagtail-localize reads the German object into
a TranslationSource, the given strings are stored as a person's (manual) translations, and
the copy is saved and, for a page, published. Texts without a translation stay German,
as wagtail-localize shows them. Missing ancestors of a page are translated first.

`localize_all` does it for many objects at once, indexing them in one pass at the end as
the project's bulk sync does; `every_page_type(home)` builds one German page of each page
type below a home page, `funding_page(home)` a standard page with FAQ blocks.
"""

import datetime
from decimal import Decimal

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.indexing import index_in_bulk, index_updates_deferred
from home.l10n.sync import source_changed
from home.models import (
    EasyLanguagePage,
    EventIndexPage,
    FaqPage,
    FormField,
    FormPage,
    NewsIndexPage,
    RefundFormPage,
    SignLanguagePage,
    StandardPage,
)
from integration_pages import models as plugin
from snippets.models import Organisation
from tests.support.factories import (
    EventPageFactory,
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
    NewsPageFactory,
)
from tests.support.monitoring_data import build_monitoring
from tests.support.participation_data import build_prioritisation
from tests.support.site import locale, publish

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


def localize(obj, code, strings=None, *, publish=True, translation_type=MANUAL, tool_name=""):
    """`obj`'s copy in language `code`, made (or updated) through wagtail-localize.

    `strings` maps German texts of `obj` to their translation (a dict, or a function that
    returns the translation or None), stored as `translation_type` (a person's by default)
    with `tool_name` (e.g. "PO File", as an uploaded PO file's); the others stay German.
    A page's missing ancestors are translated first (with the same strings), and the copy
    is published unless `publish` is False. Returns the copy, specific."""
    target = locale(code)
    strings = strings or {}
    if isinstance(obj, Page):
        for ancestor in obj.get_ancestors().filter(depth__gte=2).specific():
            if not ancestor.has_translation(target):
                localize(ancestor, code, strings, publish=publish)
    source, created = TranslationSource.get_or_create_from_instance(obj)
    if not created and source_changed(obj, source):
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=target, defaults={"enabled": True}
    )
    for segment in source.stringsegment_set.select_related("string", "context"):
        german = segment.string.data
        text = strings(german) if callable(strings) else strings.get(german)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": translation_type,
                    "tool_name": tool_name,
                },
            )
    # wagtail-localize publishes a page when the transaction commits; in a test it never
    # does, so the callbacks run here, as they would after the translator's request.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    copy = translation.get_target_instance()
    return copy.specific if isinstance(copy, Page) else copy


def localize_all(objects, code, strings=None, **options):
    """The copies of `objects` (parents before children) in `code`, see `localize`."""
    with index_updates_deferred():
        copies = [localize(obj, code, strings, **options) for obj in objects]
    index_in_bulk(copies)
    return copies


def tagged(code):
    """A translator who translates every text: the German with the language's code."""
    return lambda german: f"{german} [{code}]"


def titles_in(code, pages):
    """A translation of each page's title into `code`, recognisably not German."""
    return {page.title: f"{page.title} [{code}]" for page in pages}


def organisation(name="Amt für Zuwanderung"):
    return Organisation.objects.create(
        name=name, address="Rathausplatz 1\n23552 Beispielstadt", locale=locale("de")
    )


def chain_step(number, actor, **values):
    """A step of a process chain as the chain's StreamField takes it; `values` set fields
    other than the empty defaults."""
    return (
        "step",
        {
            "number": number,
            "title": f"Schritt {number}",
            "what_to_do": "Gehen Sie zum Amt.",
            "bring": [],
            "actor": actor,
            "participants": [],
            "handoff": "",
            "waiting_days": None,
            "duration_minutes": None,
            "cost": None,
            "languages": [],
            "interpreter": False,
            "services": [],
            "obstacles": [],
            "measures": [],
            "branches": [],
            "ends": False,
            "leads_to": None,
            **values,
        },
    )


FOUNDED = datetime.date(2007, 6, 20)


def forum_page(home, slug="forum"):
    return publish(
        home,
        plugin.ForumPage(
            title="Forum für Migrantinnen",
            slug=slug,
            introduction=RichText("<p>Wer wir sind.</p>"),
            founded_on=FOUNDED,
        ),
    )


def action_plan(home):
    return publish(
        home,
        plugin.ActionPlanPage(
            title="Aktionsplan", slug="eccar", introduction=RichText("<p>Zehn Punkte.</p>")
        ),
    )


def funding_programme(home):
    return publish(
        home,
        plugin.FundingProgrammePage(
            title="Integrationsfonds",
            slug="integrationsfonds",
            aim=RichText("<p>Wofür es Geld gibt.</p>"),
            eligibility=RichText("<p>Vereine.</p>"),
            since_year=2014,
            annual_budget=Decimal("10000"),
        ),
    )


FUNDING_TITLE = "Förderung und Beratung für Vereine"
FUNDING_INTRO = "Wie die Stadt Vereine fördert."
FAQ = [
    ("Wer kann einen Antrag stellen?", "Vereine aus der Stadt."),
    ("Bis wann?", "Bis zum 30. September."),
]
# A translator's English for every text of `funding_page`.
FUNDING_ENGLISH = {
    FUNDING_TITLE: "Funding and advice for associations",
    FUNDING_INTRO: "How the city funds associations.",
    "Anträge nimmt die Stabsstelle entgegen.": "The office accepts applications.",
    "Wer kann einen Antrag stellen?": "Who may apply?",
    "Vereine aus der Stadt.": "Associations from the city.",
    "Bis wann?": "Until when?",
    "Bis zum 30. September.": "Until 30 September.",
}


def funding_page(home, slug="foerderung"):
    """A standard page like the demo's "Förderung": an introduction, a paragraph and two
    questions with their answers (FAQ blocks)."""
    body = [("paragraph", RichText("<p>Anträge nimmt die Stabsstelle entgegen.</p>"))]
    body += [
        ("faq", {"question": question, "answer": RichText(f"<p>{answer}</p>")})
        for question, answer in FAQ
    ]
    return publish(
        home,
        StandardPage(
            title=FUNDING_TITLE, slug=slug, intro=FUNDING_INTRO, body=body, show_in_menus=True
        ),
    )


def arabic_funding_page(home):
    """The Arabic translation of `funding_page`, its title translated by hand."""
    german = funding_page(home)
    return localize(german, "ar", titles_in("ar", [home, german]))


def every_page_type(home):
    """`home` (a German HomePage) and one published German page of every other page type
    of the site below it, parents before children."""
    with index_updates_deferred():
        pages = _every_page_type(home)
    index_in_bulk(pages)
    return pages


def _every_page_type(home):
    text = RichText("<p>Worum es geht.</p>")
    concept = IntegrationConceptPageFactory(parent=home, slug="integrationskonzept")
    goal = GoalPageFactory(parent=concept, slug="sprache", title="Sprache und Bildung")
    measure = MeasurePageFactory(parent=goal, slug="sprachcafe", title="Sprachcafé")
    forum = forum_page(home)
    meeting = publish(
        forum,
        plugin.ForumMeetingPage(
            title="Sitzung im Juni",
            slug="sitzung",
            starts_at=timezone.now() + datetime.timedelta(days=14),
            place="Rathaus",
        ),
    )
    forum_news = publish(
        forum, plugin.ForumNewsPage(title="Neues vom Forum", slug="neues", lead="Kurz.")
    )
    directory = publish(forum, plugin.MsoDirectoryPage(title="Vereine", slug="vereine", intro=text))
    news_index = publish(home, NewsIndexPage(title="Presse", slug="presse", intro="Mitteilungen."))
    news = NewsPageFactory(parent=news_index, slug="mitteilung")
    events = publish(home, EventIndexPage(title="Veranstaltungen", slug="veranstaltungen"))
    event = EventPageFactory(parent=events, slug="fest")
    chains = publish(
        home, plugin.ProcessChainIndexPage(title="Erste Schritte", slug="erste-schritte")
    )
    actor = organisation()
    chain = publish(
        chains,
        plugin.ProcessChainPage(
            title="Ankommen und anmelden",
            slug="ankommen",
            intro="So melden Sie sich an.",
            steps=[chain_step(1, actor), chain_step(2, actor)],
        ),
    )
    standard = funding_page(home)
    faq = publish(
        home,
        FaqPage(
            title="Fragen und Antworten",
            slug="fragen",
            questions=[("question", {"question": "Wer hilft?", "answer": text})],
        ),
    )
    # Slugs of their own: the office's forms (forms_data.build_office_forms) may stand beside them.
    form = publish(home, FormPage(title="Frage stellen", slug="frage", to_address=""))
    FormField.objects.create(
        page=form, locale=form.locale, label="Name", field_type="singleline", clean_name="name"
    )
    refund = publish(home, RefundFormPage(title="Erstattung", slug="erstattung", to_address=""))
    others = [
        action_plan(home),
        funding_programme(home),
        *[
            publish(home, page)
            for page in [
                plugin.SignpostPage(title="Wegweiser", slug="wegweiser", intro=text),
                EasyLanguagePage(title="Leichte Sprache", slug="leichte-sprache", intro="Kurz."),
                SignLanguagePage(title="Gebärdensprache", slug="gebaerdensprache", intro="Videos."),
                plugin.ResolutionArchivePage(
                    title="Beschlüsse", slug="beschluesse", intro="Beschlüsse."
                ),
                plugin.NetworksPage(title="Netzwerke", slug="netzwerke", intro="Gemeinsam."),
            ]
        ],
    ]
    monitoring = build_monitoring(home, indicators=1, years=range(2022, 2025))
    indicator = monitoring.get_children().first().specific
    prioritisation = build_prioritisation(concept, [goal])
    home.refresh_from_db()
    return [
        home,
        *[concept, goal, measure, forum, meeting, forum_news, directory],
        *[news_index, news, events, event, chains, chain, standard, faq, form, refund],
        *others,
        monitoring,
        indicator,
        prioritisation,
    ]
