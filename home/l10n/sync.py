"""The state of every translation, and a bulk sync that creates or updates them.

The states and the rule behind them (a segment whose translation equals its German source
is not translated) are in `integration_pages.core.translation_states`.
"""

import json
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowState
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.indexing import index_in_bulk, index_updates_deferred
from home.l10n.pages import Fallback, PageBatch
from home.l10n.sources import sources_for
from integration_pages.core import shared_state
from integration_pages.core.localize import follow_translations
from integration_pages.core.translation_states import (
    AWAITING_REVIEW,
    MISSING,
    OUTDATED,
    SYNCED,
    real_translations,
    segment_counts,
    state,
)


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("id"))


def translatable_snippet_models():
    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def source_objects(german=None):
    """Every German page (parents before children) and translatable snippet."""
    german = german or source_locale()
    pages = list(Page.objects.filter(locale=german, depth__gte=2).order_by("path").specific())
    snippets = [
        obj
        for model in translatable_snippet_models()
        for obj in model.objects.filter(locale=german)
    ]
    return pages + snippets


def _content_json(obj):
    if isinstance(obj, ClusterableModel):
        return json.loads(obj.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder))


def source_changed(obj, source):
    """Whether `obj` changed after wagtail-localize last read it into `source`."""
    if isinstance(obj, Page):
        changed_at = obj.latest_revision_created_at or obj.last_published_at
        return bool(changed_at and changed_at > source.last_updated_at)
    return _content_json(obj) != json.loads(source.content_json)


@dataclass
class Row:
    obj: object
    kind: str
    statuses: dict = field(default_factory=dict)  # language code → status


def status_rows(objects=None, locales=None):
    """One row per German object with its status in every other locale; a few queries
    per model, whatever the number of objects."""
    german = source_locale()
    # Objects named: only theirs are read (a sync of a few pages read every source and
    # translation in the database, twice).
    only = {} if objects is None else {"translation_key__in": [o.translation_key for o in objects]}
    objects = source_objects(german) if objects is None else objects
    locales = target_locales() if locales is None else locales
    known = TranslationSource.objects.filter(locale=german)
    if only:
        known = known.filter(object_id__in=only["translation_key__in"])
    sources = {(s.object_id, s.specific_content_type_id): s for s in known}
    existing = set()
    # Pages of every type share one table: one query for all of them, one per snippet model.
    bases = {Page if isinstance(obj, Page) else type(obj)._meta.concrete_model for obj in objects}
    for base in bases:
        existing |= set(
            base.objects.exclude(locale=german)
            .filter(**only)
            .values_list("translation_key", "locale_id")
        )
    if only:
        totals, done = segment_counts(source_ids=[s.pk for s in sources.values()])
    else:
        totals, done = segment_counts(german)
    awaiting = set(
        Page.objects.exclude(locale=german)
        .filter(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS, **only)
        .values_list("translation_key", "locale_id")
    )
    rows = []
    for obj in objects:
        source = sources.get((obj.translation_key, _content_type_id(obj)))
        changed = source is not None and source_changed(obj, source)
        row = Row(obj, obj._meta.verbose_name)
        for locale in locales:
            translated, machine = done.get((source.pk, locale.pk), (0, 0)) if source else (0, 0)
            status = state(
                exists=(obj.translation_key, locale.pk) in existing,
                outdated=changed,
                segments=totals.get(source.pk, 0) if source else 0,
                translated=translated,
                machine=machine,
            )
            if status not in (MISSING, OUTDATED) and (obj.translation_key, locale.pk) in awaiting:
                status = AWAITING_REVIEW
            row.statuses[locale.language_code] = status
        rows.append(row)
    return rows


def _content_type_id(obj):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk


@dataclass
class SyncReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list = field(default_factory=list)
    # after the sync, by the rule of integration_pages.core.translation_states
    states: Counter = field(default_factory=Counter)


def machine_translate(translation, translator):
    """Fill the strings nobody has translated with the machine translator's output."""
    source, locale = translation.source, translation.target_locale
    done = set(
        real_translations()
        .filter(locale=locale, translation_of__segments__source=source)
        .values_list("translation_of_id", "context_id")
    )
    wanted = {}
    for segment in source.stringsegment_set.select_related("string"):
        if (segment.string_id, segment.context_id) not in done:
            wanted.setdefault(segment.string.as_value(), []).append(
                (segment.string_id, segment.context_id)
            )
    if not wanted or not translator.can_translate(source.locale, locale):
        return
    results = translator.translate(source.locale, locale, list(wanted))
    # What the machine could not translate, or gave back unchanged, stays untranslated.
    given = {
        value: results[value].data
        for value in wanted
        if results.get(value) is not None and results[value].data not in (None, value.data)
    }
    # A copy of the German text left by an earlier sync makes way for a real translation.
    StringTranslation.objects.filter(
        locale=locale,
        translation_of__segments__source=source,
        data=F("translation_of__data"),
    ).filter(translation_of_id__in=[s for v in given for s, _c in wanted[v]]).delete()
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=string_id,
                context_id=context_id,
                locale=locale,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                tool_name=translator.display_name,
            )
            for value, data in given.items()
            for string_id, context_id in wanted[value]
        ],
        ignore_conflicts=True,
    )


def sync_one(obj, locale, *, publish, translator=None, status=None, changed=None, before=None):
    """Create or update the translation of `obj` into `locale`; returns what happened.

    `before(obj, translation)`, if given, may fill strings before the machine translator
    does (the demo's shipped hand translations)."""
    if status in SYNCED:
        return "unchanged"
    with transaction.atomic():
        source, created = TranslationSource.get_or_create_from_instance(obj)
        if not created and source_changed(obj, source):
            source.update_from_db()
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if before is not None:
            before(obj, translation)
        if translator is not None:
            machine_translate(translation, translator)
        translation.save_target(publish=publish)
        if not isinstance(obj, Page):  # a page's follow when it is published (signal)
            follow_translations(translation.get_target_instance())
    if changed is not None:
        changed.append(translation.get_target_instance())
    return "created" if status == MISSING else "updated"


BATCH = 50  # German pages read and translated together


def sync_all(
    *,
    objects=None,
    locales=None,
    publish=None,
    machine=True,
    progress=None,
    before=None,
    index=True,
):
    """Create missing and update outdated translations of every German object.

    Translations stay drafts unless `publish` (default: TRANSLATIONS_PUBLISH_ON_SYNC). The
    copies are indexed for search and references at the end, unless `index` is false
    (a caller that rebuilds every index afterwards). Pages are translated in batches
    (home.l10n.pages); snippets one by one.
    """
    publish = (
        getattr(settings, "TRANSLATIONS_PUBLISH_ON_SYNC", False) if publish is None else publish
    )
    translator = get_machine_translator() if machine else None
    locales = locales or target_locales()
    rows = status_rows(objects=objects, locales=locales)
    run = _Run(
        report=SyncReport(),
        locales=locales,
        publish=publish,
        translator=translator,
        before=before,
        progress=progress,
        total=len(rows) * len(locales),
    )
    pages = [row for row in rows if isinstance(row.obj, Page)]
    with index_updates_deferred():
        for start in range(0, len(pages), BATCH):
            run.pages(pages[start : start + BATCH])
        for row in rows:
            if not isinstance(row.obj, Page):
                for locale in locales:
                    run.one(row, locale)
    if index:
        index_in_bulk(run.changed)
    # Written in bulk, without the signals that start a new generation of what workers
    # keep (translation notices, menus, routes): one for all of it.
    shared_state.changed()
    report = run.report
    report.states = Counter(
        status
        for row in status_rows(objects=[row.obj for row in rows], locales=locales)
        for status in row.statuses.values()
    )
    return report


@dataclass
class _Run:
    report: SyncReport
    locales: list
    publish: bool
    translator: object
    before: object
    progress: object
    total: int
    done: int = 0
    changed: list = field(default_factory=list)

    def count(self, outcome):
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def fail(self, row, locale, error):
        self.report.failed.append((row.obj, locale.language_code, error))
        self.count_only()

    def count_only(self):
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def one(self, row, locale):
        """The stock path, one object and language (its own transaction)."""
        try:
            outcome = sync_one(
                row.obj,
                locale,
                publish=self.publish,
                translator=self.translator,
                status=row.statuses[locale.language_code],
                changed=self.changed,
                before=self.before,
            )
        except Exception as error:  # one failure must not stop the others
            self.fail(row, locale, error)
        else:
            self.count(outcome)

    def pages(self, rows):
        """A batch of German pages into every language where they are missing or outdated."""
        todo = [
            (row, locale)
            for row in rows
            for locale in self.locales
            if row.statuses[locale.language_code] not in SYNCED
        ]
        for _ in range(len(rows) * len(self.locales) - len(todo)):
            self.count("unchanged")
        if not todo:
            return
        pages = list({row.obj.pk: row.obj.specific for row, _l in todo}.values())
        try:
            with transaction.atomic():
                sources = sources_for(pages, source_locale(), source_changed)
                translations = _translation_rows(sources.values(), self.locales)
        except Exception:  # each page and language then fails or succeeds on its own
            for row, locale in todo:
                self.one(row, locale)
            return
        ready = []
        for row, locale in todo:
            translation = translations[(sources[row.obj.translation_key].pk, locale.pk)]
            if self.before is None and self.translator is None:
                ready.append((row, locale, translation))
                continue
            try:
                with transaction.atomic():
                    if self.before is not None:
                        self.before(row.obj, translation)
                    if self.translator is not None:
                        machine_translate(translation, self.translator)
            except Exception as error:
                self.fail(row, locale, error)
            else:
                ready.append((row, locale, translation))
        batch = PageBatch(pages, sources, self.locales, publish=self.publish)
        for row, locale, translation in ready:
            status = row.statuses[locale.language_code]
            try:
                try:
                    page = batch.translate(row.obj.specific, locale)
                except Fallback:
                    with transaction.atomic():
                        translation.save_target(publish=self.publish)
                    page = translation.get_target_instance()
                    batch.taken_by_stock(row.obj, locale, page)
            except Exception as error:  # one failure must not stop the others
                self.fail(row, locale, error)
            else:
                self.changed.append(page)
                self.count("created" if status == MISSING else "updated")
        batch.finish()


def _translation_rows(sources, locales):
    """{(source pk, locale pk): Translation}, made (enabled) where missing."""
    found = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source__in=sources, target_locale__in=locales)
    }
    missing = [
        Translation(source=source, target_locale=locale, enabled=True)
        for source in sources
        for locale in locales
        if (source.pk, locale.pk) not in found
    ]
    Translation.objects.bulk_create(missing)
    found.update(((t.source.pk, t.target_locale.pk), t) for t in missing)
    return found
