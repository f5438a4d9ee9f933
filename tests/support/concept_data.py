"""A small concept with known facts, shared by the concept tests."""

import datetime
from decimal import Decimal

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from integration_pages.models import ActionField, GoalPage, MeasurePage, MeasureStatus
from snippets.models import Organisation
from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory
from tests.support.site import read_data, translate

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


def make_concept(home, slug="konzept", budget=Decimal("100000")):
    german = Locale.objects.get(language_code="de")
    concept = IntegrationConceptPageFactory(parent=home, slug=slug, annual_budget=budget)
    fields = {
        code: ActionField.objects.create(
            concept=concept, code=code, title=title, sort_order=n, locale=german
        )
        for n, (code, title) in enumerate([("I", "Sprache"), ("II", "Arbeit")])
    }
    units = {
        name: Organisation.objects.create(name=name, locale=german)
        for name in ["Amt für Bildung", "Jobcenter Test"]
    }
    return concept, fields, units


def make_goal(home, title="Leitziel"):
    """A goal, slug "ziel", of a concept of `home` (`make_concept`), for a test's measures."""
    concept, _fields, _units = make_concept(home)
    return GoalPageFactory(parent=concept, slug="ziel", title=title)


def add_measure(
    parent, slug, fields=(), unit=None, partners=(), *, commitments=(), publish=True, **facts
):
    """A live measure under `parent`, serving the ECCAR `commitments`; `publish=False`
    skips the revision (and what publishing does besides), for tests that build many and
    read only the live page."""
    page = MeasurePage(
        title=facts.pop("title", slug.title()),
        slug=slug,
        summary=facts.pop("summary", f"Zusammenfassung {slug}."),
        responsible_unit=unit,
        **facts,
    )
    page.action_fields = list(fields)
    page.partners = list(partners)
    page.eccar_commitments = list(commitments)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def indicator(name, baseline, target, target_date, measured, unit="Personen"):
    """An entry of a measure's `indicators`, with one value `measured` as (date, value);
    dates are ISO strings."""
    date, value = measured
    return (
        "indicator",
        {
            "name": name,
            "unit": unit,
            "baseline": Decimal(baseline),
            "target_value": Decimal(target),
            "target_date": target_date and datetime.date.fromisoformat(target_date),
            "values": [{"date": datetime.date.fromisoformat(date), "value": Decimal(value)}],
        },
    )


def known_measures(concept, fields, units):
    """Four measures whose filters and budget sums the tests can work out by hand
    (data/known_measures.yaml)."""
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel Sprache")
    measures = {}
    for slug, spec in read_data("known_measures.yaml").items():
        facts = dict(spec)
        unit = facts.pop("unit", None)
        if "annual_cost" in facts:
            facts["annual_cost"] = Decimal(facts["annual_cost"])
        measures[slug] = add_measure(
            goal,
            slug,
            [fields[number] for number in facts.pop("fields", [])],
            units[unit] if unit else None,
            [units[name] for name in facts.pop("partners", [])],
            **facts,
        )
    return measures


# --- Translations -------------------------------------------------------------------------


def synced(objects, language, strings=None):
    """Each of `objects` (a page or snippet, or a list of them, parents first) translated into
    `language` through wagtail-localize, as the bulk sync (home.l10n.sync) does: `strings`
    maps German texts to what a translator entered; every other text shows the German.
    The copies are published; a page's parent must have been translated first. Returns the
    copy, or the list of copies."""
    from django.test import TestCase

    from cms.pagecache.purge import purges_deferred
    from home.indexing import index_updates_deferred
    from home.l10n.sync import sync_one

    single = not isinstance(objects, list | tuple)
    objects = [objects] if single else list(objects)
    locale = Locale.objects.get(language_code=language)
    strings = strings or {}

    def fill(_obj, translation):
        for segment in translation.source.stringsegment_set.select_related("string", "context"):
            text = strings.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text, "translation_type": MANUAL},
                )

    copies = []
    for obj in objects:
        # wagtail-localize publishes a page's copy when the transaction commits: run those
        # callbacks now, so that the copy is live before its children are translated. No
        # search index entries or cache purges, as when the demo was built.
        with (
            index_updates_deferred(),
            purges_deferred(),
            TestCase.captureOnCommitCallbacks(execute=True),
        ):
            sync_one(obj, locale, publish=True, before=fill)
        copy = obj.get_translation(locale)
        copies.append(copy.specific if isinstance(copy, Page) else copy)
    return copies[0] if single else copies


# What a translator entered for the known concept (make_concept, known_measures).
ENGLISH = {
    "Integrationskonzept": "Integration concept",
    "Sprache": "Language",
    "Arbeit": "Work",
    "Amt für Bildung": "Education office",
    "Jobcenter Test": "Test job centre",
    "Leitziel Sprache": "Language goal",
    "Sprachcafé": "Language café",
    "Ausbildungslotsen": "Apprenticeship guides",
    "Elternabende": "Parents' evenings",
    "Ruhende Maßnahme": "Dormant measure",
    "Städtischer Haushalt": "City budget",
    **{
        f"Zusammenfassung {slug}.": f"Summary of {slug}."
        for slug in ["sprachcafe", "lotsen", "eltern", "pause"]
    },
}


def translate_known(concept, fields, units, measures, language="en", strings=ENGLISH):
    """The known concept with its fields, units, goal and measures in `language` (the home
    page first, as the admin's "Translate" does): returns the translated concept."""
    home = concept.get_parent().specific
    translate(home, language)
    goals = list(GoalPage.objects.descendant_of(concept).order_by("path"))
    translated = synced(
        [concept, *fields.values(), *units.values(), *goals, *measures.values()],
        language,
        strings,
    )
    return translated[0]


def arabic_concept(home):
    """The concept in Arabic as a translator has left it half done: the concept's title is
    translated, its goal's and the measure "Sprachcafé"'s are not (their other texts are).
    The measure's office has an Arabic name, its partner and one of its two fields of
    action are Arabic copies whose names nobody translated. Beside the concept, the main
    navigation holds a newsroom whose title is translated.

    Returns the Arabic copies: concept, goal, measure, office, partner, fields, newsroom."""
    from home.models import NewsIndexPage

    german = Locale.objects.get(language_code="de")
    concept, fields, units = make_concept(home)
    concept.show_in_menus = True
    concept.save()
    office = Organisation.objects.create(name="Integrationsbüro der Stadt", locale=german)
    partner = units["Jobcenter Test"]
    goal = GoalPageFactory(
        parent=concept, slug="ziel", title="Leitziel Sprache", short_title="Sprachförderung"
    )
    measure = add_measure(
        goal,
        "sprachcafe",
        [fields["I"], fields["II"]],
        office,
        [partner],
        title="Sprachcafé",
        summary="Offener Treff zum Deutschüben.",
        status=MeasureStatus.IN_PROGRESS,
        start_date=datetime.date(2021, 1, 1),
    )
    newsroom = home.add_child(
        instance=NewsIndexPage(title="Presse", slug="presse", show_in_menus=True, locale=german)
    )
    newsroom.save_revision().publish()
    translate(home, "ar")
    copies = synced(
        [concept, fields["I"], fields["II"], office, partner, goal, measure, newsroom],
        "ar",
        {
            "Integrationskonzept": "مفهوم الاندماج البلدي",
            "Sprache": "اللغة",
            "Integrationsbüro der Stadt": "مكتب الاندماج",
            "Sprachförderung": "دعم اللغة",
            "Offener Treff zum Deutschüben.": "لقاء مفتوح لممارسة الألمانية.",
            "Presse": "الصحافة",
        },
    )
    names = ["concept", "field_i", "field_ii", "office", "partner", "goal", "measure", "newsroom"]
    return dict(zip(names, copies, strict=True))
