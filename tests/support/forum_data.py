"""A small Forum für Migrant:innen section, built inside a test: the Forum page with its
board, meetings, news and MSO directory, the directory's organisations, the office
contact, and copies in other languages; plus the few snippets and translations the
editorial-role and admin tests need. Shaped like the demo's (home/demo/forum_builder.py,
data/forum.yaml), only smaller.

Everything hangs below the home page the test passes in (`home_de`), so lookups stay
within what the test built even when the worker's database also holds the demo. Groups,
collections and workflows come from migrations; the board's page rights are granted by
`integration_pages.forum.access` when the Forum page is created.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db.models import Q
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail.rich_text import RichText

from home.demo.pdf import text_pdf
from integration_pages.forum.access import BOARD_COLLECTION
from integration_pages.models import (
    ForumBoardMember,
    ForumMeetingPage,
    ForumNewsPage,
    ForumPage,
    MeetingStatus,
    MsoDirectoryPage,
)
from snippets.models import Contact, Organisation, OrganisationKind
from snippets.models.taxonomies import DiscriminationGround, Language, LifeArea
from tests.support.services_data import provided_service
from tests.support.site import locale, translate, translate_snippet

FORUM_TITLE = "Forum für Migrant:innen"
BOARD = [
    ("Samira Haddad-Lorenz", "Vorsitzende"),
    ("Kerem Aydoğdu", "Stellvertretender Vorsitzender"),
    ("Oksana Hryzenko", "Schatzmeisterin"),
    ("Farid Rahimzai", "Schriftführer"),
    ("Mariama Diallo-Behrens", "Beisitzerin"),
]
# (slug, German title, days from today, status, with minutes)
MEETINGS = [
    ("jahresplanung", "Mitgliederversammlung mit Jahresplanung", 18, MeetingStatus.PLANNED, False),
    ("wohnen", "Mitgliederversammlung zu Wohnen", -40, MeetingStatus.HELD, True),
    ("sprache-und-arbeit", "Offene Sitzung zu Sprache und Arbeit", -120, MeetingStatus.HELD, True),
]
NEWS = [
    ("verzeichnis", "MSO-Verzeichnis wird aktualisiert", 10),
    ("steuerungsgruppe", "Forum bringt Vorschläge in die Steuerungsgruppe ein", 35),
]
# The office contact's details; each test chooses its name (`office_contact`).
OFFICE_CONTACT = {
    "role": "Organisatorische Unterstützung des Vorstands",
    "organisation": "Stabsstelle Integration",
    "email": "forum-migration@example.org",
    "phone": "+49 451 000 00 40",
    "address": "Rathausplatz 1\n12345 Beispielstadt",
    "opening_hours": "Dienstag und Donnerstag 9 bis 12 Uhr",
}
# Titles of the copies, by language and German title.
TITLES = {
    "en": {
        FORUM_TITLE: "Forum for Migrants",
        "Mitgliederversammlung mit Jahresplanung": "General meeting and annual planning",
        "Mitgliederversammlung zu Wohnen": "General meeting on housing",
        "Offene Sitzung zu Sprache und Arbeit": "Open meeting on language and work",
        "MSO-Verzeichnis wird aktualisiert": "The MSO directory is being updated",
        "Forum bringt Vorschläge in die Steuerungsgruppe ein": "Forum presents proposals",
        "Migrant:innenselbstorganisationen": "Migrant self-organisations",
    },
    "ar": {
        FORUM_TITLE: "منتدى المهاجرين",
        "Mitgliederversammlung mit Jahresplanung": "الجمعية العامة والتخطيط السنوي",
        "Mitgliederversammlung zu Wohnen": "الجمعية العامة حول السكن",
        "Offene Sitzung zu Sprache und Arbeit": "جلسة مفتوحة حول اللغة والعمل",
        "MSO-Verzeichnis wird aktualisiert": "تحديث دليل منظمات المهاجرين",
        "Forum bringt Vorschläge in die Steuerungsgruppe ein": "المنتدى يقدم مقترحات",
        "Migrant:innenselbstorganisationen": "منظمات المهاجرين الذاتية",
    },
}
# (German name, English name, focus, district, language codes); the last has no district.
MSOS = [
    ("Jasmin – Kulturverein Beispielstadt e. V.", "Jasmin – Cultural Association", "culture",
     "Innenstadt", ["ar", "de", "en"]),
    ("Elternverein Südstadt e. V.", "Parents' Association Südstadt", "education",
     "Südstadt", ["tr", "kmr", "de"]),
    ("Ukrainische Gemeinschaft am Fluss e. V.", "Ukrainian Community by the River",
     "counselling", "Nordstadt", ["uk", "ru", "de"]),
    ("Frauenverein Nur e. V.", "Nur Women's Association", "women", "Innenstadt",
     ["fa", "ps", "de"]),
    ("Kulturbrücke Orient e. V.", "Cultural Bridge Orient", "culture", "",
     ["ar", "fa"]),
]  # fmt: skip


def png(name="foto.png", colour="#1f5f8b", size=8):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (size, size), colour).save(buffer, "PNG")
    buffer.seek(0)
    return ImageFile(buffer, name=name)


def image(title, collection=None):
    collection = collection or Collection.get_first_root_node()
    return get_image_model().objects.create(
        title=title, collection=collection, file=png(f"{title.lower().replace(' ', '-')}.png")
    )


def minutes(title, slug, collection):
    document = get_document_model()(title=title, collection=collection)
    pdf = text_pdf(title, ["Anwesend: 34 Mitglieder.", "Die Tagesordnung wird angenommen."])
    document.file.save(f"protokoll-{slug}.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


def office_contact(name="Geschäftsstelle des Forums für Migrant:innen"):
    return Contact.objects.create(name=name, locale=locale(), **OFFICE_CONTACT)


@dataclass
class Forum:
    home: object
    page: ForumPage
    meetings: list = field(default_factory=list)
    news: list = field(default_factory=list)
    directory: MsoDirectoryPage = None
    contact: Contact = None

    @property
    def upcoming(self):
        return self.meetings[0]

    @property
    def held(self):
        """The most recent meeting held, with its minutes."""
        return self.meetings[1]

    @property
    def children(self):
        return [*self.meetings, *self.news, self.directory]


def build_forum(home, slug="forum-fuer-migrantinnen"):
    """The Forum section below `home`, published: five board members with photos and
    alternative texts, one upcoming and two held meetings (with minutes), two news items
    and the MSO directory (its organisations: `build_msos`)."""
    collection = Collection.objects.get(name=BOARD_COLLECTION, depth=2)
    contact = office_contact()
    # One placeholder for all: a real photo needs the person's consent.
    photo = image("Platzhalter Vorstand", collection)
    page = ForumPage(
        title=FORUM_TITLE,
        slug=slug,
        founded_on=datetime.date(2007, 6, 20),
        member_count=120,
        steering_votes=5,
        steering_votes_total=18,
        introduction="<p>Das Forum ist die unabhängige Vertretung der Zugewanderten.</p>",
        principles=[("principle", "Unabhängig"), ("principle", "Überparteilich")],
        how_to_join="<p>Eine kurze Nachricht an die Geschäftsstelle genügt.</p>",
        office_contact=contact,
        show_in_menus=True,
        board_members=[
            ForumBoardMember(
                name=name,
                role=role,
                languages="Deutsch, Englisch",
                photo=photo,
                photo_alt=f"Platzhalterbild von {name}",
                locale=home.locale,
            )
            for name, role in BOARD
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    forum = Forum(home=home, page=page, contact=contact)
    now = timezone.now().replace(microsecond=0)
    for slug_, title, days, status, with_minutes in MEETINGS:
        starts_at = now + datetime.timedelta(days=days)
        forum.meetings.append(
            _publish(
                page,
                ForumMeetingPage(
                    title=title,
                    slug=slug_,
                    starts_at=starts_at,
                    ends_at=starts_at + datetime.timedelta(hours=2),
                    place="Rathaus, Bürgerschaftssaal, Marktplatz 1",
                    place_accessibility="Stufenloser Zugang, Aufzug und barrierefreies WC.",
                    status=status,
                    agenda=[("item", "Begrüßung"), ("item", "Bericht des Vorstands")],
                    summary="<p>Gäste sind herzlich willkommen.</p>",
                    minutes=minutes(f"Protokoll: {title}", slug_, collection)
                    if with_minutes
                    else None,
                ),
            )
        )
    for slug_, title, days_ago in NEWS:
        forum.news.append(
            _publish(
                page,
                ForumNewsPage(
                    title=title,
                    slug=slug_,
                    date=timezone.localdate() - datetime.timedelta(days=days_ago),
                    lead="Kurz gesagt, worum es geht.",
                    body=[("paragraph", RichText("<p>Mehr dazu im Text.</p>"))],
                ),
            )
        )
    forum.directory = _publish(
        page,
        MsoDirectoryPage(
            title="Migrant:innenselbstorganisationen",
            slug="mso-verzeichnis",
            intro="<p>Vereine und Initiativen von Menschen mit Migrationsgeschichte.</p>",
        ),
    )
    return forum


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_forum(forum, language):
    """The section's copies in `language` (the home page first), published, with titles
    in that language; the office contact too. Returns {German page pk: copy}."""
    titles = TITLES[language]
    translate(forum.home, language)
    locale = Locale.objects.get(language_code=language)
    copies = {}
    for page in [forum.page, *forum.children]:
        copy = page.get_translation_or_none(locale)
        if copy is None:
            copy = page.copy_for_translation(locale)
            copy.title = titles[page.title]
            copy.save_revision().publish()
        copies[page.pk] = copy.pk
    # Fresh from the database: the copies' child counts changed as their children came.
    fresh = Page.objects.filter(pk__in=copies.values()).specific().in_bulk()
    copies = {pk: fresh[copy_pk] for pk, copy_pk in copies.items()}
    translate_snippet(forum.contact, language, name=f"{forum.contact.name} ({language})")
    return copies


def build_msos(names=MSOS):
    """German MSOs shared by every site (as the demo's are), each with an English copy,
    and one organisation that is no MSO (a partner in measures)."""
    english = Locale.objects.get(language_code="en")
    msos = []
    for name, english_name, focus, district, codes in names:
        org = Organisation.objects.create(
            name=name,
            kind=OrganisationKind.MSO,
            focus=focus,
            district=district,
            description=f"{name} lädt zu Begegnung und Beratung ein.",
            locale=locale(),
        )
        org.languages.set(Language.objects.filter(code__in=codes, locale=locale()))
        org.save()
        copy = org.copy_for_translation(english)
        copy.name = english_name
        copy.description = f"{english_name} brings people together."
        copy.save()
        msos.append(org)
    Organisation.objects.create(
        name="Jobcenter Beispielstadt", kind=OrganisationKind.ADMINISTRATION, locale=locale()
    )
    return msos


def visible_msos(site):
    """The German MSOs a directory on `site` lists: the site's own and those shared by
    every site (the ones the test built; the demo's too, where the worker loaded it)."""
    return Organisation.objects.filter(
        kind=OrganisationKind.MSO, locale__language_code="de"
    ).filter(Q(site__isnull=True) | Q(site=site))


def in_group(django_user_model, group_name, username, email=""):
    """A plain account in one of the groups migrations made (e.g. `Forum-Vorstand`)."""
    user = django_user_model.objects.create_user(username, email, "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def counselling_service(name="Antidiskriminierungsberatung Beispielstadt", slug="adb-test"):
    """A German counselling service with its provider, two grounds, a life area and two
    languages (the grounds and life area are the test's own, with codes of their own)."""
    de = locale()
    grounds = [
        DiscriminationGround.objects.create(
            code=f"{slug}-{code}", name=ground_name, sort_order=n, locale=de
        )
        for n, (code, ground_name) in enumerate(
            [("herkunft", "Ethnische Herkunft"), ("religion", "Religion"), ("alter", "Alter")]
        )
    ]
    area = LifeArea.objects.create(code=f"{slug}-wohnen", name="Wohnen", locale=de)
    service = provided_service(
        "Beratungsverein Beispielstadt e. V.",
        OrganisationKind.PROVIDER,
        name=name,
        slug=slug,
        description="Beratung nach Diskriminierung, vertraulich und kostenlos.",
        region="Beispielstadt",
        address="Marktplatz 1\n12345 Beispielstadt",
        opening_hours="Montag 10 bis 14 Uhr",
        email="beratung@example.org",
        phone="+49 451 000 00 50",
        website="https://beratung.example.org/",
        in_person=True,
        by_phone=True,
        free_of_charge=True,
    )
    service.grounds.set(grounds[:1])
    service.life_areas.set([area])
    service.languages.set(Language.objects.filter(code__in=["ar", "tr"], locale=de))
    service.save()
    return service
