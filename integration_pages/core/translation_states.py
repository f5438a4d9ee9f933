"""One rule for what counts as translated, used by every place that tells it.

wagtail-localize stores a `StringTranslation` per text segment and language, whoever
wrote it: a translator, a PO file, a machine translator, or a "translation" that is only
the German text copied over (what the offline glossary translator used to return for
every phrase it did not know). Counting those rows made pages that read entirely German
"translated by machine" and "up to date".

A segment counts as translated when its translation has no error and differs from its
German source, or when a person confirmed it unchanged (a reviewed translation, typed in
the editor or imported from a translator's PO file: "BAMF" stays "BAMF"); a machine's
unchanged copy never counts. Its state is then *machine* (not reviewed since) or
*reviewed*. Every other segment shows German. A segment without a letter (a phone
number, a year, "2022/2023") has nothing to translate and is not counted at all.

For an object in one language, in this order:

- MISSING: no copy in that language at all;
- OUTDATED: the German object changed after the copy was last synced;
- UNTRANSLATED: at least one segment shows German;
- MACHINE: every segment translated, some by machine and not reviewed;
- REVIEWED: every segment translated and reviewed.

The admin's status report knows one more: AWAITING_REVIEW, a translated page a translator
submitted to the review workflow and nobody has approved yet (what readers see is still the
live version, which has one of the states above).
"""

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from integration_pages.core.shared_state import language_codes, remembered

MISSING, OUTDATED, UNTRANSLATED, MACHINE, REVIEWED, AWAITING_REVIEW = (
    "missing",
    "outdated",
    "untranslated",
    "machine",
    "reviewed",
    "awaiting_review",
)
# what the bulk sync has nothing to do for: a copy exists and its source has not changed
SYNCED = (UNTRANSLATED, MACHINE, REVIEWED, AWAITING_REVIEW)
# What the admin's report and `manage.py sync_translations` call them, best first.
STATE_LABELS = {
    REVIEWED: _("translated and reviewed"),
    AWAITING_REVIEW: _("awaiting review"),
    MACHINE: _("machine-translated, not reviewed"),
    UNTRANSLATED: _("German shown (not or partly translated)"),
    OUTDATED: _("outdated (German changed since)"),
    MISSING: _("missing"),
}


MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


def has_letter(field):
    """`field` holds at least one letter. SQLite's REGEXP is Python's `re`, PostgreSQL's
    its own: the same class of letters, spelt for each."""
    pattern = "[[:alpha:]]" if connection.vendor == "postgresql" else r"[^\W\d_]"
    return Q(**{f"{field}__regex": pattern})


def real_translations():
    """StringTranslations that translate: no error, not a machine's copy of the German."""
    return StringTranslation.objects.filter(has_error=False).exclude(
        Q(data=F("translation_of__data")) & ~Q(translation_type=MANUAL)
    )


def translations_of_segment(locale_id):
    """Real translations of the segment of the outer StringSegment query."""
    return (
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        .exclude(Q(data=OuterRef("string__data")) & ~Q(translation_type=MANUAL))
        .values("pk")
    )


def shows_german():
    """For an outer query over pages: the page is a wagtail-localize translation none of
    whose texts is translated, so it shows its German original's. The switcher, the
    `hreflang` alternates and the sitemaps do not offer it as a page in its language.
    (A German original, or a page first written in its own language, has no such
    translation and is never this.)"""
    synced = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    texts = real_translations().filter(
        has_letter("translation_of__data"),
        context__object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
    )
    return ExpressionWrapper(Exists(synced) & ~Exists(texts), output_field=BooleanField())


def title_shows_source():
    """For an outer query over pages: the page is a translation whose title is not
    translated, so menus and breadcrumbs show its German title (and mark it German)."""
    translated = real_translations().filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("locale_id")),
    )
    untranslated = StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale_id=OuterRef("locale_id"),
        context__path="title",
    ).exclude(Exists(translated))
    return Exists(untranslated)


def state(*, exists, outdated, segments, translated, machine):
    if not exists:
        return MISSING
    if outdated:
        return OUTDATED
    if translated < segments:
        return UNTRANSLATED
    return MACHINE if machine else REVIEWED


def segment_counts(source_locale=None, source_ids=None):
    """For the TranslationSources of `source_locale` (or those of `source_ids`): {source id:
    number of segments} and {(source id, locale id): (translated, by machine)}; two
    queries whatever the number."""
    if source_ids is not None:
        sources = {"source_id__in": source_ids}
        of_sources = {"translation_of__segments__source_id__in": source_ids}
    else:
        sources = {"source__locale": source_locale}
        of_sources = {"translation_of__segments__source__locale": source_locale}
    totals = dict(
        StringSegment.objects.filter(has_letter("string__data"), **sources)
        .values_list("source_id")
        .annotate(n=Count("id"))
    )
    done = {
        (row["translation_of__segments__source_id"], row["locale_id"]): (
            row["translated"],
            row["machine"],
        )
        for row in real_translations()
        .filter(
            has_letter("translation_of__data"),
            translation_of__segments__context_id=F("context_id"),
            **of_sources,
        )
        .values("translation_of__segments__source_id", "locale_id")
        .annotate(
            translated=Count("id"),
            machine=Count(
                "id", filter=Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
            ),
        )
    }
    return totals, done


def page_facts(page):
    """What a reader of a translated `page` should be told, from one query, kept on the
    page: `segments`, each (context path, translated); `untranslated` (no text is),
    `incomplete` (some is not), `machine` (some was by machine, not reviewed since) and
    `outdated` (the German page changed after the translation was synced)."""
    if not hasattr(page, "_translation_facts"):
        # Kept per generation (shared_state): a revision or a translated string is news.
        page._translation_facts = remembered(
            None, ("page-facts", page.pk), lambda: _read_page_facts(page)
        )
    return page._translation_facts


def _read_page_facts(page):
    translations = translations_of_segment(page.locale_id)
    machine = translations.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
    newer_original = Page.objects.filter(
        translation_key=page.translation_key,
        locale__language_code=settings.LANGUAGE_CODE,
        latest_revision_created_at__gt=OuterRef("source__last_updated_at"),
    )
    rows = list(
        StringSegment.objects.filter(
            has_letter("string__data"),  # a phone number or a year: nothing to translate
            source__object_id=page.translation_key,
            source__translations__target_locale_id=page.locale_id,
        )
        .annotate(done=Exists(translations), machine=Exists(machine), newer=Exists(newer_original))
        .values_list("context__path", "done", "machine", "newer")
    )
    done = sum(1 for row in rows if row[1])
    return {
        "segments": [(path, translated) for path, translated, _m, _n in rows],
        "untranslated": bool(rows) and done == 0,
        "incomplete": 0 < done < len(rows),
        "machine": any(row[2] for row in rows),
        "outdated": any(row[3] for row in rows),
    }


def page_state(page):
    """The state of a translated `page` by the rule above, from `page_facts`; None for a page
    that translates nothing (a German original, or one first written in its own language)."""
    facts = page_facts(page)
    if not facts["segments"]:
        return None
    return state(
        exists=True,
        outdated=facts["outdated"],
        segments=len(facts["segments"]),
        translated=sum(1 for _path, translated in facts["segments"] if translated),
        machine=facts["machine"],
    )


def shows_source(page, prefix):
    """Whether every text of `page` under the context path `prefix` (a field, or a stream
    block: "body.<block id>") shows the German original."""
    found = [
        translated
        for path, translated in page_facts(page)["segments"]
        if path == prefix or path.startswith(prefix + ".")
    ]
    return bool(found) and not any(found)


def mark_text_language(objects, field, language_code):
    """Set `text_lang` on each snippet of `objects` shown to a reader of `language_code`: the
    language its `field` is written in where that is not the reader's (a German original
    shown for want of a copy, or a copy whose `field` is not translated), else "". Templates
    put it in a `lang` attribute. One query for the copies, none on a German page."""
    objects = [obj for obj in objects if obj is not None]
    source = settings.LANGUAGE_CODE
    copies = []
    codes = language_codes()
    for obj in objects:
        code = codes.get(obj.locale_id) or obj.locale.language_code
        obj.text_lang = code if code != language_code else ""
        if code == language_code and code != source:
            copies.append(obj)
    if not copies:
        return objects
    locale_id = copies[0].locale_id
    translated = real_translations().filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale_id,
    )
    untranslated = set(
        StringSegment.objects.filter(
            has_letter("string__data"),
            source__object_id__in=[obj.translation_key for obj in copies],
            context__path=field,
        )
        .exclude(Exists(translated))
        .values_list("source__object_id", flat=True)
    )
    for obj in copies:
        if obj.translation_key in untranslated:
            obj.text_lang = source
    return objects
