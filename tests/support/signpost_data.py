"""Small, known data for the signpost, ECCAR and admin-form tests, built inside the test's
transaction under a home page the test made (the `home_de` fixture).

- `build_signpost(home)`: the anti-discrimination signpost with eight counselling
  services, their grounds, life areas and providers (snippets), and with `languages` the
  copies of the page, the lists, the providers and the services in those languages.
- `build_action_plan(home)`: a concept whose measures serve the ten ECCAR commitments
  (the commitments themselves come with the migrations) and the action plan page.
- `build_admin_choices(home)`: what the admin's lists choose from: two concepts on two
  sites, organisations of one site and of every site, their Arabic copies, topics.
- `build_funding_programme(home)`, `build_measure(home)`: a page of each for the editor.

Everything works the same whether or not the worker's database also holds the demo: the
builders look up the lists the demo shares (grounds, life areas, commitments) by code,
and the signpost removes, in the test's transaction, the services another site (the demo)
shares with every site, so that it lists exactly the services built here.
"""

import datetime
from contextlib import contextmanager
from decimal import Decimal
from types import SimpleNamespace

from wagtail.models import Page, Site

from cms.pagecache.purge import purges_deferred
from home.indexing import index_updates_deferred
from home.models import HomePage, NewsIndexPage
from integration_pages.models import (
    ActionField,
    ActionPlanPage,
    EccarCommitment,
    FundingProgrammePage,
    MeasurePage,
    MeasureStatus,
    SignpostPage,
)
from snippets.models import (
    CounsellingService,
    DiscriminationGround,
    Language,
    LifeArea,
    Organisation,
    OrganisationKind,
    Topic,
)
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    NewsPageFactory,
)
from tests.support.site import locale, translate, translate_snippet


@contextmanager
def in_bulk():
    """Pages and snippets saved inside are neither indexed for search nor purged one by one:
    the tests that use these builders read the pages, not the search index."""
    with index_updates_deferred(), purges_deferred():
        yield


def translate_path(page, language, titles=None):
    """`page` and its ancestors below the root translated into `language`, parents
    first; `titles` maps German titles to the copy's. Returns `page`'s copy."""
    titles = titles or {}
    copy = None
    for ancestor in [*page.get_ancestors().filter(depth__gte=2).specific(), page]:
        extra = {"title": titles[ancestor.title]} if ancestor.title in titles else {}
        copy = translate(ancestor, language, **extra)
    return copy


def site_of(home):
    """The site whose root is `home` (the one `tests.support.site.build_home` made)."""
    return Site.objects.get(root_page=home)


def build_other_site(slug="nachbarstadt", hostname="nachbarstadt.test"):
    """A second German home page with its own site, not the default one."""
    home = Page.get_first_root_node().add_child(
        instance=HomePage(
            title="Nachbarstadt",
            slug=slug,
            locale=locale("de"),
            motto="Gemeinsam in Nachbarstadt",
            intro="<p>Willkommen in der Nachbarstadt.</p>",
        )
    )
    Site.objects.create(hostname=hostname, port=80, root_page=home, site_name="Nachbarstadt")
    return home


# --- Measures -------------------------------------------------------------------------------


def add_measure(goal, slug, title, commitments=(), fields=(), partners=(), publish=True, **facts):
    """A live German measure under `goal`, serving `commitments`; published as an editor
    does (with a revision) unless `publish` is False."""
    facts.setdefault("summary", f"Kurzbeschreibung: {title}.")
    facts.setdefault("status", MeasureStatus.IN_PROGRESS)
    page = MeasurePage(title=title, slug=slug, **facts)
    page.eccar_commitments = list(commitments)
    page.action_fields = list(fields)
    page.partners = list(partners)
    goal.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


@in_bulk()
def build_measure(home, slug="konzept-kasse"):
    """One German measure with a cost, in a concept of its own."""
    concept = IntegrationConceptPageFactory(parent=home, slug=slug)
    goal = GoalPageFactory(parent=concept, slug=f"{slug}-ziel")
    return add_measure(
        goal,
        f"{slug}-massnahme",
        "Sprachkurse für Eltern",
        start_date=datetime.date(2023, 1, 1),
        ongoing=True,
        annual_cost=Decimal("12000.00"),
    )


# --- Signpost -------------------------------------------------------------------------------

# code, German, English, Arabic, Ukrainian
GROUNDS = [
    ("racism", "Rassistische Zuschreibung und ethnische Herkunft", "Racism and ethnic origin",
     "العنصرية والأصل العرقي", "Расизм та етнічне походження"),
    ("gender", "Geschlecht und Geschlechtsidentität", "Gender and gender identity",
     "الجنس والهوية الجنسانية", "Стать і гендерна ідентичність"),
    ("religion", "Religion oder Weltanschauung", "Religion or belief",
     "الدين أو المعتقد", "Релігія або світогляд"),
    ("disability", "Behinderung und chronische Krankheit", "Disability and chronic illness",
     "الإعاقة والمرض المزمن", "Інвалідність і хронічна хвороба"),
    ("age", "Lebensalter", "Age", "العمر", "Вік"),
]  # fmt: skip
LIFE_AREAS = [
    ("work", "Arbeit", "Work", "العمل", "Робота"),
    ("housing", "Wohnen", "Housing", "السكن", "Житло"),
    ("authorities", "Ämter und Behörden", "Public offices and authorities",
     "الدوائر والسلطات الحكومية", "Установи та органи влади"),
    ("education", "Schule und Bildung", "School and education",
     "المدرسة والتعليم", "Школа та освіта"),
]  # fmt: skip
LIST_LANGUAGES = {"en": 2, "ar": 3, "uk": 4}  # column of GROUNDS and LIFE_AREAS

PROVIDERS = [
    ("Verein für Gleichbehandlung e. V.", "Equal treatment association", "Асоціація рівності"),
    ("Beratungsnetz Nord gGmbH", "Counselling network north", "Консультаційна мережа Північ"),
    ("Seniorenrat Beispielstadt", "Senior citizens' council", "Рада літніх людей"),
]

# German name, English name, provider, grounds, life areas, languages, formats, anonymous,
# step-free, region; the first also has an address and a phone number.
SERVICES = [
    ("Offene Antidiskriminierungsberatung", "Open anti-discrimination counselling", 0,
     ["racism", "gender", "religion", "disability", "age"],
     ["work", "housing", "authorities", "education"], ["de", "en", "ar", "tr", "fa"],
     ["in_person", "by_phone", "by_email_or_chat"], True, True, "Beispielstadt"),
    ("Beratung Gleichberechtigt im Job", "Equal at work counselling", 1,
     ["gender", "age"], ["work"], ["de", "en", "uk"],
     ["in_person", "by_video"], False, True, "Beispielstadt"),
    ("Fair Wohnen Beratung", "Fair housing advice", 0,
     ["racism", "religion"], ["housing"], ["de", "ar", "ti"],
     ["in_person", "outreach"], True, False, "Kreis Nord"),
    ("Beratung Barrierefrei Leben", "Living without barriers advice", 1,
     ["disability"], ["authorities", "education"], ["de", "uk"],
     ["by_phone", "by_video"], True, True, "Kreis Nord"),
    ("Glaubensfreiheit im Alltag", "Freedom of belief in everyday life", 1,
     ["religion"], ["work", "education"], ["de", "ar", "fa"],
     ["by_email_or_chat"], True, False, "Beispielstadt"),
    ("Sprechstunde des Seniorenrats", "Senior citizens' council office hours", 2,
     ["age"], ["housing", "authorities"], ["de", "tr"],
     ["in_person", "by_phone"], False, True, "Kreis Nord"),
    ("Migrationsberatung Ost", "Migration counselling east", 1,
     ["racism"], ["authorities", "work"], ["de", "ar", "tr", "uk", "fa"],
     ["in_person", "outreach"], False, False, "Beispielstadt"),
    ("Online-Beratung gegen Hass", "Online counselling against hate", 0,
     ["racism", "gender", "religion"], ["education"], ["ar", "en", "ti"],
     ["by_video", "by_email_or_chat"], True, True, "Kreis Nord"),
]  # fmt: skip
FORMAT_FIELDS = ["in_person", "by_phone", "by_video", "by_email_or_chat", "outreach"]


def _list_item(model, position, spec):
    """The German list item of `spec`'s code: the demo's where it has one, else new."""
    item, _created = model.objects.get_or_create(
        code=spec[0],
        locale=locale("de"),
        defaults={"name": spec[1], "description": f"{spec[1]}: Beispiele.", "sort_order": position},
    )
    return item


@in_bulk()
def build_services():
    """The German grounds, life areas, providers and the eight services (shared by every
    site, as the demo's are). Services another site (the demo) shares with every site are
    deleted first, within the test's transaction, so that a signpost lists exactly these."""
    german = locale("de")
    CounsellingService.objects.filter(site__isnull=True).delete()
    grounds = {spec[0]: _list_item(DiscriminationGround, n, spec) for n, spec in enumerate(GROUNDS)}
    areas = {spec[0]: _list_item(LifeArea, n, spec) for n, spec in enumerate(LIFE_AREAS)}
    providers = [
        Organisation.objects.create(name=name, locale=german, kind=OrganisationKind.PROVIDER)
        for name, _en, _uk in PROVIDERS
    ]
    services = []
    for n, spec in enumerate(SERVICES):
        name, _en, provider, ground_codes, area_codes, languages, formats = spec[:7]
        anonymous, step_free, region = spec[7:]
        service = CounsellingService(
            name=name,
            slug=f"angebot-{n + 1}-{name.split()[0].lower()}",
            locale=german,
            provider=providers[provider],
            description=f"{name} berät vertraulich und kostenlos.",
            opening_hours="Mo bis Do 10–16 Uhr",
            region=region,
            anonymous=anonymous,
            step_free=step_free,
            free_of_charge=True,
            **{field: field in formats for field in FORMAT_FIELDS},
        )
        if n == 0:
            service.address = "Rathausplatz 1\n23552 Beispielstadt"
            service.phone = "+49 451 000 01 01"
            service.email = "beratung@gleichbehandlung.example.org"
            service.website = "https://gleichbehandlung.example.org/"
        service.grounds = [grounds[code] for code in ground_codes]
        service.life_areas = [areas[code] for code in area_codes]
        service.languages = list(Language.objects.filter(code__in=languages, locale=german))
        service.save()
        services.append(service)
    return SimpleNamespace(grounds=grounds, areas=areas, providers=providers, services=services)


def translate_services(data, language):
    """Copies of the lists, providers and services in `language` (en, ar or uk); the
    services' and providers' names are translated into English only."""
    column = LIST_LANGUAGES[language]
    specs = {spec[0]: spec for spec in [*GROUNDS, *LIFE_AREAS]}
    lists = [
        translate_snippet(item, language, name=specs[code][column])
        for code, item in [*data.grounds.items(), *data.areas.items()]
    ]
    names = {"en": 1, "uk": 2}
    providers = [
        translate_snippet(org, language, **_name(PROVIDERS[n], names.get(language)))
        for n, org in enumerate(data.providers)
    ]
    services = [
        translate_snippet(service, language, **_name(SERVICES[n], 1 if language == "en" else None))
        for n, service in enumerate(data.services)
    ]
    return SimpleNamespace(lists=lists, providers=providers, services=services)


def _name(spec, column):
    return {"name": spec[column]} if column is not None else {}


@in_bulk()
def build_signpost(home, languages=()):
    """The signpost below `home` listing the services of `build_services`; with
    `languages`, the home page, the signpost and the lists translated into them."""
    data = build_services()
    page = home.add_child(
        instance=SignpostPage(
            title="Wegweiser Antidiskriminierung",
            slug="wegweiser",
            intro="<p>Finden Sie die passende Beratung. Die Beratung ist vertraulich.</p>",
            report_text="Diskriminierung melden",
            report_url="https://www.example.org/melden",
            emergency_numbers=[
                ("number", {"title": "Polizei", "phone": "110", "note": "Bei akuter Gefahr."}),
                ("number", {"title": "Hilfetelefon", "phone": "116 016", "note": ""}),
            ],
            show_in_menus=True,
        )
    )
    page.save_revision().publish()
    data.page = page
    data.site = site_of(home)
    data.translations = {}
    for language in languages:
        translate(home, language)
        translate(page, language)
        data.translations[language] = translate_services(data, language)
    return data


# --- ECCAR ------------------------------------------------------------------------------------

d = datetime.date

# slug, German title, commitments, status, start, end, ongoing, examples (period, text)
ECCAR_MEASURES = [
    ("aktionswochen", "Aktionswochen gegen Rassismus", [1, 5], "in_progress",
     d(2020, 3, 1), None, True, [("2023", "Zwölf Veranstaltungen mit Schulklassen.")]),
    ("lagebericht", "Lagebericht Diskriminierung", [2], "implemented",
     d(2022, 1, 1), d(2023, 6, 30), False, [("2023", "Der Bericht ging an den Rat.")]),
    ("opferberatung", "Opferberatung im Stadtteil", [3], "in_progress",
     d(2021, 1, 1), None, True, []),
    ("sprachmittler", "Sprachmittlerpool Beratung", [3, 8], "permanent",
     d(2019, 5, 1), None, True, []),
    ("buergerdialog", "Bürgerdialog Zusammenleben", [4], "planned",
     d(2025, 1, 1), None, False, []),
    ("anlaufstelle", "Anlaufstelle Gleichbehandlung", [5, 7], "paused",
     d(2021, 2, 1), d(2022, 12, 31), False, []),
    ("personal", "Diversitätsorientierte Personalgewinnung", [6], "in_progress",
     d(2023, 1, 1), d(2025, 12, 31), False, []),
    ("wohnungsmarkt", "Fairer Wohnungsmarkt", [7], "planned",
     d(2024, 1, 1), None, True, []),
    ("kitas", "Vielfalt in Kitas und Schulen", [8], "implemented",
     d(2020, 8, 1), d(2023, 7, 31), False, [("2022/2023", "Fortbildung für Lehrkräfte.")]),
    ("festival", "Kulturfestival der Nachbarschaft", [9], "permanent",
     d(2018, 6, 1), None, True, []),
    ("hasskriminalitaet", "Hasskriminalität erfassen", [10, 1], "in_progress",
     d(2022, 9, 1), None, True, []),
    ("unverbunden", "Sportabzeichen für Zugewanderte", [], "in_progress",
     d(2022, 1, 1), None, True, []),
]  # fmt: skip

# What a translator entered: the English and Arabic titles.
ECCAR_TITLES = {
    "en": {
        "Beispielstadt": "Sampletown",
        "Integrationskonzept": "Integration concept",
        "Leitziel Schutz": "Goal protection",
        "Opferberatung im Stadtteil": "Victim support in the neighbourhood",
        "Aktionsplan gegen Rassismus": "Action plan against racism",
    },
    "ar": {
        "Opferberatung im Stadtteil": "دعم الضحايا في الحي",
        "Aktionsplan gegen Rassismus": "خطة العمل ضد العنصرية",
    },
}
COMMITMENT_TITLES = {
    "en": {
        1: "Greater vigilance against racism",
        3: "Better support for the victims of racism and discrimination",
    }
}
# The translated measures: those serving commitment 3 (one of two, so the other shows
# in German).
TRANSLATED_MEASURES = ["opferberatung"]


def commitments():
    """Number → the German ECCAR commitment (made by the migrations)."""
    return {c.number: c for c in EccarCommitment.objects.filter(locale__language_code="de")}


@in_bulk()
def build_action_plan(home, languages=()):
    """A concept with two goals and twelve measures, eleven of them serving the ten
    commitments (every commitment at least once, four measures two of them), and the
    action plan page; with `languages`, the plan, one measure and their ancestors
    translated, and two commitments in English."""
    german = locale("de")
    by_number = commitments()
    lead = Organisation.objects.create(name="Stabsstelle Integration", locale=german)
    concept = IntegrationConceptPageFactory(parent=home, slug="konzept")
    goals = [
        GoalPageFactory(parent=concept, slug="ziel-teilhabe", title="Leitziel Teilhabe"),
        GoalPageFactory(parent=concept, slug="ziel-schutz", title="Leitziel Schutz"),
    ]
    measures = {}
    for n, spec in enumerate(ECCAR_MEASURES):
        slug, title, numbers, status, start, end, ongoing, examples = spec
        measures[slug] = add_measure(
            goals[n % 2],
            slug,
            title,
            [by_number[number] for number in numbers],
            publish=False,
            status=status,
            start_date=start,
            end_date=end,
            ongoing=ongoing,
            examples=[("example", {"period": p, "text": t}) for p, t in examples],
        )
    plan = home.add_child(
        instance=ActionPlanPage(
            title="Aktionsplan gegen Rassismus",
            slug="eccar",
            member_since=2020,
            lead_unit=lead,
            introduction="<p>Beispielstadt ist seit 2020 Mitglied der ECCAR.</p>",
        )
    )
    plan.save_revision().publish()
    for language in languages:
        titles = ECCAR_TITLES.get(language, {})
        for number, title in COMMITMENT_TITLES.get(language, {}).items():
            translate_snippet(by_number[number], language, title=title)
        for slug in TRANSLATED_MEASURES:
            translate_path(measures[slug], language, titles)
        translate_path(plan, language, titles)
    return SimpleNamespace(
        plan=plan, concept=concept, goals=goals, measures=measures, commitments=by_number
    )


# --- Admin choices ----------------------------------------------------------------------------


@in_bulk()
def build_admin_choices(home):
    """What the admin's lists choose from, below `home` (the test client's site) and a
    second site's home:

    - a concept with three fields of action, a goal and a measure (field I, two partners),
      all translated into Arabic with the fields of action and three partners;
    - eighteen German organisations shared by every site (more than 15: the partner list
      gets a filter box), one of this site only and one of the other site only;
    - on the other site, a concept with its own field of action, a goal and a measure;
    - a press release with a topic, in German and Arabic, and three topics in both.
    """
    german = locale("de")
    other_home = build_other_site()
    site, other_site = site_of(home), site_of(other_home)
    shared = [
        Organisation.objects.create(name=f"Verein Nummer {n:02d} e. V.", locale=german)
        for n in range(1, 19)
    ]
    own_site = Organisation.objects.create(name="Nur hier e. V.", locale=german, site=site)
    other_site_only = Organisation.objects.create(
        name="Nur in der Nachbarstadt e. V.", locale=german, site=other_site
    )
    english = translate_snippet(shared[0], "en", name="Association number 01")

    concept = IntegrationConceptPageFactory(parent=home, slug="konzept")
    fields = [
        ActionField.objects.create(
            concept=concept, code=code, title=title, sort_order=n, locale=german
        )
        for n, (code, title) in enumerate(
            [("I", "Sprache"), ("II", "Arbeit"), ("III", "Zusammenleben")]
        )
    ]
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel Sprache")
    goal.action_fields = fields[:1]
    goal.save()
    measure = add_measure(
        goal, "sprachcafe", "Sprachcafé", fields=fields[:1], partners=shared[:2], publish=False
    )

    other_concept = IntegrationConceptPageFactory(parent=other_home, slug="konzept")
    other_field = ActionField.objects.create(
        concept=other_concept, code="I", title="Bildung", sort_order=0, locale=german
    )
    other_goal = GoalPageFactory(parent=other_concept, slug="ziel", title="Leitziel Bildung")
    other_measure = add_measure(
        other_goal, "lernhilfe", "Lernhilfe", fields=[other_field], publish=False
    )

    fields_ar = [
        translate_snippet(field, "ar", title=title)
        for field, title in zip(fields, ["اللغة", "العمل", "العيش المشترك"], strict=True)
    ]
    partners_ar = [
        translate_snippet(org, "ar", name=f"جمعية رقم {n + 1}") for n, org in enumerate(shared[:3])
    ]
    measure_ar = translate_path(measure, "ar", {"Sprachcafé": "مقهى اللغة"})

    topics = [
        Topic.objects.create(code=f"test-{code}", name=name, sort_order=n, locale=german)
        for n, (code, name) in enumerate(
            [("teilhabe", "Teilhabe"), ("sprache", "Sprache"), ("arbeit", "Arbeit")]
        )
    ]
    topics_ar = [
        translate_snippet(topic, "ar", name=name)
        for topic, name in zip(topics, ["المشاركة", "اللغة", "العمل"], strict=True)
    ]
    newsroom = home.add_child(
        instance=NewsIndexPage(title="Presse", slug="presse", intro="Mitteilungen der Stadt.")
    )
    release = NewsPageFactory(parent=newsroom, slug="sprachcafe-eroeffnet")
    release.topics = topics[:1]
    release.save()
    release_ar = translate_path(release, "ar")

    return SimpleNamespace(
        site=site,
        other_home=other_home,
        other_site=other_site,
        shared=shared,
        own_site=own_site,
        other_site_only=other_site_only,
        english=english,
        concept=concept,
        fields=fields,
        goal=goal,
        measure=measure,
        other_concept=other_concept,
        other_measure=other_measure,
        fields_ar=fields_ar,
        partners_ar=partners_ar,
        measure_ar=measure_ar,
        topics=topics,
        topics_ar=topics_ar,
        release=release,
        release_ar=release_ar,
    )


# --- Funding ----------------------------------------------------------------------------------


@in_bulk()
def build_funding_programme(home):
    """A German funding programme with a budget, a grant limit and a deadline."""
    programme = home.add_child(
        instance=FundingProgrammePage(
            title="Integrationsfonds",
            slug="integrationsfonds",
            since_year=2019,
            aim="<p>Der Fonds fördert Projekte für ein gutes Zusammenleben.</p>",
            eligibility="<p>Vereine, Initiativen und Migrantenorganisationen.</p>",
            annual_budget=Decimal("50000.00"),
            max_grant=Decimal("2500.00"),
            deadlines=[
                ("deadline", {"date": datetime.date(2027, 3, 31), "label": "Anträge für 2027"})
            ],
        )
    )
    programme.save_revision().publish()
    return programme
