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
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.indexing import index_in_bulk, index_updates_deferred
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
    objects = source_objects(german) if objects is None else objects
    locales = target_locales() if locales is None else locales
    sources = {
        (s.object_id, s.specific_content_type_id): s
        for s in TranslationSource.objects.filter(locale=german)
    }
    existing = set()
    # Pages of every type share one table: one query for all of them, one per snippet model.
    bases = {Page if isinstance(obj, Page) else type(obj)._meta.concrete_model for obj in objects}
    for base in bases:
        existing |= set(
            base.objects.exclude(locale=german).values_list("translation_key", "locale_id")
        )
    totals, done = segment_counts(german)
    awaiting = set(
        Page.objects.exclude(locale=german)
        .filter(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS)
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
    (a caller that rebuilds every index afterwards).
    """
    publish = (
        getattr(settings, "TRANSLATIONS_PUBLISH_ON_SYNC", False) if publish is None else publish
    )
    translator = get_machine_translator() if machine else None
    locales = locales or target_locales()
    rows = status_rows(objects=objects, locales=locales)
    report = SyncReport()
    total = len(rows) * len(locales)
    done = 0
    changed = []
    with index_updates_deferred():
        for row in rows:
            for locale in locales:
                try:
                    outcome = sync_one(
                        row.obj,
                        locale,
                        publish=publish,
                        translator=translator,
                        status=row.statuses[locale.language_code],
                        changed=changed,
                        before=before,
                    )
                    setattr(report, outcome, getattr(report, outcome) + 1)
                except Exception as error:  # one failure must not stop the others
                    report.failed.append((row.obj, locale.language_code, error))
                done += 1
                if progress:
                    progress(done, total)
    if index:
        index_in_bulk(changed)
    report.states = Counter(
        status
        for row in status_rows(objects=[row.obj for row in rows], locales=locales)
        for status in row.statuses.values()
    )
    return report
