"""Small, known data for the signpost tests, built inside the test's transaction under a
home page the test made (the `home_de` fixture).

`build_signpost(home)`: the anti-discrimination signpost with eight counselling services,
their grounds, life areas and providers (snippets), and with `languages` the copies of the
page, the lists, the providers and the services in those languages. `build_services()`
and `translate_services(data, language)` make the services and their copies alone;
`add_services(count)` adds more, and `german_services()` are those a signpost lists.

Everything works the same whether or not the worker's database also holds the demo: the
builders look up the lists the demo shares (grounds, life areas) by code, and the
signpost removes, in the test's transaction, the services another site (the demo) shares
with every site, so that it lists exactly the services built here.
"""

from types import SimpleNamespace

from django.db.models import Q

from integration_pages.models import SignpostPage
from snippets.models import CounsellingService, Organisation, OrganisationKind
from snippets.models.taxonomies import DiscriminationGround, Language, LifeArea
from tests.support.site import HOSTNAME, in_bulk, locale, site_of, translate, translate_snippet

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


def german_services():
    """The services the signpost lists: the German ones shared by every site or of the
    test client's site."""
    return CounsellingService.objects.filter(locale__language_code="de").filter(
        Q(site__isnull=True) | Q(site__hostname=HOSTNAME)
    )


def add_services(count):
    """`count` more services shared by every site, half of them anonymous, all by phone."""
    grounds = list(DiscriminationGround.objects.filter(locale__language_code="de"))
    areas = list(LifeArea.objects.filter(locale__language_code="de"))
    languages = list(Language.objects.filter(locale__language_code="de"))
    with in_bulk():  # no search index entries, no purges one by one
        for n in range(count):
            service = CounsellingService(
                name=f"Beratung {n}", slug=f"beratung-{n}", description="Demo.",
                region="Lübeck", anonymous=n % 2 == 0, by_phone=True,
            )  # fmt: skip
            service.grounds = grounds[n % 5 : n % 5 + 3]
            service.life_areas = areas[n % 4 : n % 4 + 2]
            service.languages = languages[n % 7 : n % 7 + 3]
            service.save()
