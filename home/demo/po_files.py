"""Hand translations of what newcomers read, shipped as PO files: one per page or snippet and
language, translations/<key>/<code>.po, keyed by the German text.

load_demo's sync fills each new language copy from them before the machine translator (so
each copy is saved once), and imports them again afterwards for files changed since the
copies were made. Both write what wagtail-localize's PO import writes for a file a
translation agency uploads in the admin (manual translations, by "PO upload"), matched to
the object's strings by German text, in bulk (row by row, as the import does, it cost
load_demo seconds). The files are keyed by text, not by wagtail-localize's context, because
a block's context is a random id of one database.

`manage.py demo_po` writes the German side of the files again after the demo content changed,
keeping every translation that still fits.
"""

import re
from html import unescape
from pathlib import Path

import polib
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.l10n.sync import source_changed
from home.localize_admin import PO_UPLOAD
from home.models import VisitorInformation
from integration_pages.core.localize import follow_translations
from integration_pages.core.translation_states import real_translations
from integration_pages.models import ActionField, GoalPage, IntegrationConceptPage
from snippets.models import (
    Contact,
    CounsellingService,
    DiscriminationGround,
    LifeArea,
    Organisation,
    Topic,
)

ROOT = Path(__file__).parent / "translations" / "objects"
LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]

# The pages newcomers read, by path below the site root; "+" takes the page's children too,
# and a concept's overview takes its guiding goals and sub-goals (what the overview lists).
PAGES = {
    "luebeck": ["", "wegweiser", "forum-fuer-migrantinnen+", "veranstaltungen+"]
    + ["sicherer-hafen", "kontakt", "barrierefreiheit/barriere-melden", "presse+"],
    "lueneburg": ["", "integrationskonzept", "kontakt", "barrierefreiheit/barriere-melden"],
}
# Sections the home pages link to by their titles, translated so the home page reads in the
# reader's language. They list the concept's measures or the ECCAR commitments, which may
# stay German, so the browser test of the script share leaves them out.
LINKED = {
    "luebeck": ["integrationskonzept", "eccar", "netzwerke", "beschluesse"]
    + ["integrationsfonds", "foerderung", "erste-schritte"],
}
# wagtail-localize's context of a segment, without the random block ids
BLOCK_ID = re.compile(r"\.?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def key_of(obj):
    if isinstance(obj, Page):
        return "pages/" + obj.url_path.strip("/")
    ident = getattr(obj, "slug", None) or getattr(obj, "code", None) or slugify(str(obj))
    return f"snippets/{obj._meta.model_name}/{ident}"


def newcomer_objects():
    """The German pages and snippets that ship hand translations, parents before children."""
    german = Locale.objects.get(language_code="de")
    pages = []
    for root, paths in PAGES.items():
        for path in paths:
            url_path = "/" + "/".join(filter(None, [root, path.rstrip("+")])) + "/"
            page = Page.objects.filter(url_path=url_path, locale=german).first()
            if page is None:
                continue
            pages.append(page.specific)
            if path.endswith("+"):
                pages += list(page.get_children().specific().order_by("path"))
            if isinstance(page.specific, IntegrationConceptPage):
                pages += list(GoalPage.objects.descendant_of(page).order_by("path"))
    snippets = [
        *CounsellingService.objects.filter(locale=german).order_by("slug"),
        *DiscriminationGround.objects.filter(locale=german),
        *LifeArea.objects.filter(locale=german),
        *Topic.objects.filter(locale=german),
        *Contact.objects.filter(locale=german).order_by("name"),
        *Organisation.objects.filter(locale=german, kind="mso").order_by("name"),
        *VisitorInformation.objects.filter(locale=german).order_by("name"),
    ]
    concepts = [p for p in pages if isinstance(p, IntegrationConceptPage)]
    snippets += list(ActionField.objects.filter(concept__in=concepts, locale=german))
    return [(key_of(obj), obj) for obj in pages + snippets + linked_pages(german)]


def linked_pages(german):
    urls = [f"/{root}/{path}/" for root, paths in LINKED.items() for path in paths]
    return list(Page.objects.filter(url_path__in=urls, locale=german).specific().order_by("path"))


def linked_keys():
    """The keys of the LINKED pages."""
    return {f"pages/{root}/{path}" for root, paths in LINKED.items() for path in paths}


def path_of(key, code):
    return ROOT / key / f"{code}.po"


def read(path):
    """German → translation from one shipped file (empty and fuzzy entries left out)."""
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


def translation_of(obj, locale):
    """wagtail-localize's translation of `obj` into `locale`, its source read again if the
    German object changed since."""
    source, created = TranslationSource.get_or_create_from_instance(obj)
    if not created and source_changed(obj, source):
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def fill_strings(translation, strings, tool_name=PO_UPLOAD):
    """Write `strings` (German text → translation) into `translation` as manual
    translations, the rows wagtail-localize's PO import writes for an uploaded file, in a
    few queries whatever the number of strings. Returns the German texts of the object it
    covers, those it leaves open, and whether any stored translation changed (in text, or
    from the machine's to the translator's)."""
    segments = list(translation.source.stringsegment_set.select_related("string"))
    stored = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of_id__in={segment.string_id for segment in segments},
            context_id__in={segment.context_id for segment in segments},
        )
    }
    covered, missing, new, changed = set(), set(), [], []
    for segment in segments:
        german = segment.string.data
        text = strings.get(german) or strings.get(unescape(german))
        if not text:
            missing.add(german)
            continue
        covered.add(german)
        row = stored.get((segment.string_id, segment.context_id))
        if row is None:
            row = StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=translation.target_locale,
            )
            new.append(row)
        elif row.data == text and row.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
            continue  # what an earlier sync's glossary gave word for word is the translator's too
        else:
            changed.append(row)
        row.data, row.tool_name = text, tool_name
        row.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        row.updated_at, row.has_error = timezone.now(), False
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(
        changed, ["data", "tool_name", "translation_type", "updated_at", "has_error"]
    )
    return covered, missing, bool(new or changed)


class ShippedFiles:
    """The sync's hook: a language copy takes the shipped hand translation first, so the
    machine translator only fills what it leaves open and the copy is saved once. Remembers
    what it filled, which import_all then need not import again."""

    def __init__(self):
        self.filled = set()

    def __call__(self, obj, translation):
        key, code = key_of(obj), translation.target_locale.language_code
        if path_of(key, code).exists():
            fill_strings(translation, read(path_of(key, code)))
            self.filled.add((key, code))


def import_file(obj, locale, path):
    """Import one shipped file; returns whether anything changed (so a second run is quiet)."""
    with transaction.atomic():
        translation = translation_of(obj, locale)
        _covered, _missing, changed = fill_strings(translation, read(path))
        if changed or not obj.has_translation(locale):
            translation.save_target(publish=True)
            if not isinstance(obj, Page):  # a page's follow when it is published (signal)
                follow_translations(translation.get_target_instance())
            return True
    return False


def import_all(log=print, skip=()):
    """Import every shipped file whose object exists, but the (key, code) pairs in `skip`;
    returns how many changed anything."""
    locales = {loc.language_code: loc for loc in Locale.objects.filter(language_code__in=LANGUAGES)}
    changed = 0
    for key, obj in newcomer_objects():
        for code, locale in locales.items():
            path = path_of(key, code)
            if (key, code) not in skip and path.exists() and import_file(obj, locale, path):
                changed += 1
                log(f"{code} translation of {obj} (PO import of {key})")
    return changed


def export_all(log=print):
    """Write every object's German strings into its files, keeping translations that still
    fit; an empty translation is filled from another file of the same language where the same
    German text is already translated (a translation memory, as agencies keep one)."""
    objects = newcomer_objects()
    memory = {code: {} for code in LANGUAGES}
    for key, _obj in objects:
        for code in LANGUAGES:
            if path_of(key, code).exists():
                memory[code].update(read(path_of(key, code)))
    for _key, obj in objects:
        source, _ = TranslationSource.get_or_create_from_instance(obj)
        for st in (
            real_translations()
            .filter(
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                translation_of__segments__source=source,
                locale__language_code__in=LANGUAGES,
            )
            .select_related("translation_of", "locale")
        ):
            memory[st.locale.language_code].setdefault(st.translation_of.data, st.data)
    for key, obj in objects:
        source, _ = TranslationSource.get_or_create_from_instance(obj)
        entries = {}
        for segment in source.stringsegment_set.select_related("string", "context").order_by(
            "order"
        ):
            if segment.context.path == "slug":
                continue  # translated pages keep the German web address
            text = segment.string.data
            entries.setdefault(text, BLOCK_ID.sub("", segment.context.path))
        for code in LANGUAGES:
            path = path_of(key, code)
            old = read(path) if path.exists() else {}
            po = polib.POFile(wrapwidth=0)
            po.metadata = {
                "Project-Id-Version": key,
                "Language": code,
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=utf-8",
                "Content-Transfer-Encoding": "8bit",
            }
            for text, where in entries.items():
                po.append(
                    polib.POEntry(
                        msgid=text,
                        msgstr=old.get(text) or memory[code].get(text, ""),
                        comment=where,
                    )
                )
            path.parent.mkdir(parents=True, exist_ok=True)
            po.save(str(path))
        log(f"{key}: {len(entries)} strings")
    return len(objects)
