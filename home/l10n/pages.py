"""Translated pages for many German pages and languages at once.

What `Translation.save_target` does for one page and language (wagtail-localize's
`create_or_update_translation`: copy the page under its translated parent, fill in the
translated segments, save a revision, log it), with what is the same for every language
read once per page, and the look-ups of a batch (segments, their translations, existing
translations, translated parents, sibling slugs) made a few queries for the whole batch.
The pages, revisions and log entries made are those of the stock path, in its order
(tests/home/test_l10n_sync_performance.py compares them); what is left out is repetition:
the checks of each save made once, Wagtail's nested savepoints, page updates that the
next write repeats anyway, log entries inserted one by one.

Cases this does not handle go back to the stock path (`Fallback`): a page whose parent
has no translation yet (wagtail-localize then makes alias copies of the ancestors), a
child of the root, a page with view restrictions of its own, a translation that is still
an alias of its original, a translation that fails validation (wagtail-localize marks
the strings that made it invalid).
"""

import json
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    Comment,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    Site,
)
from wagtail.models.copying import _copy, _copy_m2m_relations
from wagtail.models.i18n import TranslatableMixin
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    TranslationLog,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import StringValue


class Fallback(Exception):
    """This page and language take wagtail-localize's own path."""


class PageBatch:
    """Translates the German pages of `sources` ({key: TranslationSource}) into `locales`.

    Built once per batch (the look-ups); then `translate(page, locale)` per pair, parents
    before children."""

    def __init__(self, pages, sources, locales, *, publish):
        self.publish = publish
        self.sources = sources
        self.locales = {locale.pk: locale for locale in locales}
        self.originals = {key: source.as_instance() for key, source in sources.items()}
        self.segments = _segments(list(sources.values()), locales)
        self.existing = _translations(pages, locales)
        self.restricted = set(
            PageViewRestriction.objects.filter(
                page__in=[*pages, *self.existing.values()]
            ).values_list("page_id", flat=True)
        )
        parents = {page.pk: page.path[: -Page.steplen] for page in pages}
        by_path = {p.path: p for p in Page.objects.filter(path__in=parents.values()).specific()}
        self.parent_of = {pk: by_path.get(path) for pk, path in parents.items()}
        self.translated_parents = {
            (p.translation_key, p.locale_id): p
            for p in Page.objects.filter(
                translation_key__in=[p.translation_key for p in by_path.values()],
                locale_id__in=self.locales,
            )
        }
        self.site_roots = set(
            Site.objects.filter(
                root_page__translation_key__in=[p.translation_key for p in pages]
            ).values_list("root_page__translation_key", flat=True)
        )
        self.last_paths = {}  # translated parent's pk → path of its last child
        self.slugs = {}  # translated parent's pk → {child pk: slug}
        self.logs, self.entries = [], []

    def translate(self, page, locale):
        """The translation of `page` into `locale`, made or updated; raises Fallback."""
        source = self.sources[page.translation_key]
        original = self.originals[page.translation_key]
        if page.pk in self.restricted:
            raise Fallback
        translation = self.existing.get((page.translation_key, locale.pk))
        if translation is not None and translation.alias_of_id:
            raise Fallback
        kept = len(self.entries)
        try:
            with transaction.atomic(), _one_savepoint(), _logs_kept(self.entries):
                translation, revision = self._translate(page, locale, source, original, translation)
        except ValidationError as error:
            del self.entries[kept:]
            # wagtail-localize's path marks the strings that made the page invalid
            raise Fallback from error
        except BaseException:
            del self.entries[kept:]
            raise
        self.logs.append(TranslationLog(source=source, locale=locale, revision=revision))
        self.existing[(page.translation_key, locale.pk)] = translation
        self.translated_parents[(page.translation_key, locale.pk)] = translation
        return translation

    def _translate(self, page, locale, source, original, translation):
        if translation is None:
            translation = self._copy(original, page, locale)
        # the same for every translation of a page (Page.is_site_root reads it)
        translation._is_site_root = page.translation_key in self.site_roots
        copy_synchronised_fields(original, translation)
        ingest_segments(
            original,
            translation,
            source.locale,
            locale,
            self.segments.get((source.pk, locale.pk), []),
        )
        translation.slug = self._available_slug(
            translation.get_parent(), slugify(translation.slug), translation.pk
        )
        # The checks of save() and save_revision() in one: the fields, the page's own
        # clean() (the slug among its siblings); the database enforces the unique ones.
        translation.full_clean(
            exclude=RELATIONS[type(translation)],
            validate_unique=False,
            validate_constraints=False,
        )
        translation.save(clean=False)
        revision = _revision(translation, changed=True)
        if translation.pk in self.restricted:  # and the original has none
            translation.view_restrictions.all().delete()
        if self.publish:
            transaction.on_commit(revision.publish)
        return translation, revision

    def taken_by_stock(self, page, locale, translation):
        """After wagtail-localize's own path made `translation` (and perhaps alias copies
        of ancestors): what was read of the tree may be out of date."""
        self.last_paths.clear()
        self.slugs.clear()
        self.translated_parents[(page.translation_key, locale.pk)] = translation

    def finish(self):
        """Writes what was kept for the end: log entries and TranslationLog rows."""
        PageLogEntry.objects.bulk_create(self.entries)
        TranslationLog.objects.bulk_create(self.logs)
        self.entries, self.logs = [], []

    def _copy(self, original, page, locale):
        """`original.copy_for_translation(locale)`: Wagtail's CopyPageAction for a page whose
        parent is translated."""
        parent = self.parent_of.get(page.pk)
        if parent is None or parent.is_root():
            raise Fallback
        to = self.translated_parents.get((parent.translation_key, locale.pk))
        if to is None:
            raise Fallback
        # what CopyPageForTranslationAction copies: the live page, else its latest draft
        source_page = original if original.live else original.get_latest_revision_as_object()
        exclude_fields = (
            source_page.default_exclude_fields_in_copy + source_page.exclude_fields_in_copy
        )
        update_attrs = {
            "live": False,
            "has_unpublished_changes": True,
            "live_revision": None,
            "first_published_at": None,
            "last_published_at": None,
            "alias_of": None,
            "locale": locale,
            "slug": self._available_slug(to, source_page.slug),
        }
        copy, child_objects = _copy(
            source_page, exclude_fields=exclude_fields, update_attrs=update_attrs
        )
        for child in child_objects.values():
            if isinstance(child, TranslatableMixin):
                child.locale = locale
        copy._is_site_root = page.translation_key in self.site_roots
        self._add_child(to, copy)
        _without_comments(copy)  # a copy has none (CopyPageAction leaves them out)
        _copy_m2m_relations(
            source_page, copy, exclude_fields=exclude_fields, update_attrs=update_attrs
        )
        _revision(copy, changed=False, write=False)  # the copy's, as CopyPageAction saves it
        log(
            instance=copy,
            action="wagtail.copy_for_translation",
            data={
                "page": {
                    "id": copy.id,
                    "title": copy.get_admin_display_title(),
                    "locale": {"id": locale.pk, "language_code": locale.language_code},
                },
                "source": {"id": parent.id, "title": parent.get_admin_display_title()},
                "destination": {"id": to.id, "title": to.get_admin_display_title()},
                "keep_live": False,
                "source_locale": {
                    "id": page.locale_id,
                    "language_code": self.sources[page.translation_key].locale.language_code,
                },
            },
        )
        return copy

    def _add_child(self, parent, page):
        """`parent.add_child(instance=page)` (treebeard), with the last child's path read
        once per parent; the page is checked before its translated version is saved."""
        if parent.pk not in self.last_paths:
            self.last_paths[parent.pk] = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
        last = self.last_paths[parent.pk]
        page.depth = parent.depth + 1
        if last is None:
            page.path = Page._get_path(parent.path, page.depth, 1)
        else:
            page.path = Page(path=last)._inc_path()
        page._cached_parent_obj = parent  # set_url_path reads it
        page.save(clean=False)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
        parent.numchild += 1
        self.last_paths[parent.pk] = page.path
        self.slugs.setdefault(parent.pk, {})[page.pk] = page.slug

    def _available_slug(self, parent, requested, ignore=None):
        """wagtail.coreutils.find_available_slug, from the sibling slugs read once."""
        if parent.pk not in self.slugs:
            self.slugs[parent.pk] = dict(parent.get_children().values_list("pk", "slug"))
        taken = {slug for pk, slug in self.slugs[parent.pk].items() if pk != ignore}
        slug, number = requested, 1
        while slug in taken:
            slug = f"{requested}-{number}"
            number += 1
        if ignore is not None:
            self.slugs[parent.pk][ignore] = slug
        return slug


class _Relations(dict):
    """Model → names of its relations: the pages' related rows come from the database or
    from the original, so full_clean need not look each of them up again (a query each)."""

    def __missing__(self, model):
        self[model] = [f.name for f in model._meta.concrete_fields if f.is_relation]
        return self[model]


RELATIONS = _Relations()


def _without_comments(page):
    """The page's comments known to be none, so that serialising it reads none."""
    none = Comment.objects.none()
    none._result_cache, none._prefetch_done = [], True
    page._prefetched_objects_cache = {COMMENTS_RELATION_NAME: none}


def _revision(page, *, changed, write=True):
    """`page.save_revision(changed=changed, clean=False)` of a page without comments of its
    own (a copy's, a translation's), with the page's fields written by one UPDATE, or by
    the save that follows (`write=False`)."""
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=page.serializable_data(),
        object_str=str(page),
    )
    page.latest_revision_created_at = revision.created_at
    page.draft_title = page.title
    page.latest_revision = revision
    fields = {
        "latest_revision_created_at": revision.created_at,
        "draft_title": page.title,
        "latest_revision": revision,
    }
    if changed:
        page.has_unpublished_changes = fields["has_unpublished_changes"] = True
    if write:
        Page.objects.filter(pk=page.pk).update(**fields)
    return revision


@contextmanager
def _logs_kept(entries):
    """Inside, the page log entries Wagtail writes one by one (each validated with two
    queries, then inserted) are kept in `entries` for one bulk insert at the end. For
    the whole process, like home.indexing.index_updates_deferred: the bulk sync runs in
    commands and the background worker, one thing at a time."""
    manager = PageLogEntry.objects
    manager.create = lambda **fields: entries.append(PageLogEntry(**fields))
    try:
        yield
    finally:
        del manager.create


@contextmanager
def _one_savepoint():
    """Inside, Wagtail's own atomic blocks (add_child, save, save_revision …) make no
    savepoints of their own: two queries each, some 14 per page and language. The caller's
    atomic block is the one savepoint; an error anywhere rolls back to it."""
    features = connection.features
    features.uses_savepoints = False
    try:
        yield
    finally:
        del features.uses_savepoints  # the class's value again


def _translations(pages, locales):
    """{(translation key, locale pk): translated page (specific)} that exist already."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page.translation_key)
    return {
        (p.translation_key, p.locale_id): p
        for model, keys in by_model.items()
        for p in model.objects.filter(
            translation_key__in=keys, locale__in=locales
        ).prefetch_related(COMMENTS_RELATION_NAME)
    }


def _segments(sources, locales):
    """{(source pk, locale pk): segments} as `TranslationSource._get_segments_for_translation`
    gives them with fallback (untranslated strings in the source language)."""
    strings = list(
        StringSegment.objects.filter(source__in=sources)
        .select_related("context", "string")
        .order_by("pk")
    )
    translated = {
        (t.translation_of_id, t.context_id, t.locale_id): t.data
        for t in StringTranslation.objects.filter(
            translation_of_id__in={s.string_id for s in strings},
            context_id__in={s.context_id for s in strings},
            locale__in=locales,
        ).exclude(has_error=True)
    }
    templates = list(
        TemplateSegment.objects.filter(source__in=sources)
        .select_related("template", "context")
        .order_by("pk")
    )
    related = list(
        RelatedObjectSegment.objects.filter(source__in=sources)
        .select_related("object", "context")
        .order_by("pk")
    )
    existing = _related_translations(related, locales)
    overridable = list(
        OverridableSegment.objects.filter(source__in=sources)
        .select_related("context")
        .order_by("pk")
    )
    overrides = {
        (o.context_id, o.locale_id): o.data_json
        for o in SegmentOverride.objects.filter(
            context_id__in={s.context_id for s in overridable}, locale__in=locales
        ).exclude(has_error=True)
    }
    found = {}
    for locale in locales:
        for s in strings:
            data = translated.get((s.string_id, s.context_id, locale.pk), s.string.data)
            found.setdefault((s.source_id, locale.pk), []).append(
                StringSegmentValue(
                    s.context.path, StringValue(data), attrs=json.loads(s.attrs)
                ).with_order(s.order)
            )
        for s in templates:
            found.setdefault((s.source_id, locale.pk), []).append(
                TemplateSegmentValue(
                    s.context.path,
                    s.template.template_format,
                    s.template.template,
                    s.template.string_count,
                    order=s.order,
                )
            )
        for s in related:
            if (s.object.translation_key, locale.pk) in existing:
                found.setdefault((s.source_id, locale.pk), []).append(
                    RelatedObjectSegmentValue(
                        s.context.path,
                        s.object.content_type,
                        s.object.translation_key,
                        order=s.order,
                    )
                )
        for s in overridable:
            data = overrides.get((s.context_id, locale.pk))
            if data is not None:
                found.setdefault((s.source_id, locale.pk), []).append(
                    OverridableSegmentValue(s.context.path, json.loads(data), order=s.order)
                )
    return found


def _related_translations(segments, locales):
    """{(translation key, locale pk)} of the related objects that exist in those locales."""
    by_type = {}
    for s in segments:
        by_type.setdefault(s.object.content_type_id, (s.object.content_type, set()))[1].add(
            s.object.translation_key
        )
    return {
        pair
        for content_type, keys in by_type.values()
        for pair in content_type.get_all_objects_for_this_type(
            translation_key__in=keys, locale__in=locales
        ).values_list("translation_key", "locale_id")
    }
