"""wagtail-localize's TranslationSource rows, and their segments, for many objects at once.

wagtail-localize reads an object into its source segment by segment: a get-or-create of
the string, of its context and of the segment each, some 20 queries for a short page, and
the bulk sync used to repeat the source's look-up for every language. Here a batch of
objects is read with a few queries per table. The rows are the ones
`TranslationSource.get_or_create_from_instance` and `update_from_db` make.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments


def content_json(obj):
    if isinstance(obj, ClusterableModel):
        return obj.to_json()
    return json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)


def sources_for(objects, german, changed):
    """{translation key: TranslationSource} of `objects` (German pages, specific), made or
    brought up to date where `changed(obj, source)` says so."""
    objects = {obj.translation_key: obj for obj in objects}
    _translatable_objects(objects.values())
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=objects, locale=german)
    }
    now = timezone.now()
    new = [
        TranslationSource(
            object_id=key,
            locale=german,
            specific_content_type=ContentType.objects.get_for_model(type(obj)),
            object_repr=str(obj)[:200],
            content_json=content_json(obj),
            schema_version=get_schema_version(obj._meta.app_label),
            last_updated_at=now,
        )
        for key, obj in objects.items()
        if key not in sources
    ]
    TranslationSource.objects.bulk_create(new)
    stale = [source for key, source in sources.items() if changed(objects[key], source)]
    # update_from_db reads the object as stored, not as the caller may hold it
    fresh = _stored([objects[source.object_id] for source in stale])
    for source in stale:
        obj = objects[source.object_id] = fresh[source.object_id]
        source.content_json = content_json(obj)
        source.schema_version = get_schema_version(obj._meta.app_label)
        source.object_repr = str(obj)[:200]
        source.last_updated_at = now
    TranslationSource.objects.bulk_update(
        stale, ["content_json", "schema_version", "object_repr", "last_updated_at"]
    )
    refresh_segments([(source, objects[source.object_id]) for source in new + stale], stale)
    sources.update((source.object_id, source) for source in new)
    return sources


def _translatable_objects(objects):
    keys = {obj.translation_key: obj for obj in objects}
    known = set(
        TranslatableObject.objects.filter(translation_key__in=keys).values_list(
            "translation_key", flat=True
        )
    )
    TranslatableObject.objects.bulk_create(
        [
            TranslatableObject(
                translation_key=key,
                content_type=ContentType.objects.get_for_model(obj.get_translation_model()),
            )
            for key, obj in keys.items()
            if key not in known
        ],
        ignore_conflicts=True,
    )


def _stored(objects):
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj.pk)
    return {
        obj.translation_key: obj
        for model, pks in by_model.items()
        for obj in model.objects.filter(pk__in=pks)
    }


def refresh_segments(pairs, stale):
    """`TranslationSource.refresh_segments` for each (source, instance) of `pairs`: the
    segments the instance's content has now, and no others. Sources not in `stale` are
    new and have none yet."""
    extracted = [(source, instance, list(extract_segments(instance))) for source, instance in pairs]
    values = [value for _s, _i, found in extracted for value in found]
    if not values:
        return
    german_id = pairs[0][0].locale_id
    strings = _strings(german_id, [v.string.data for v in values if _kind(v) is StringSegment])
    templates = _templates([v for v in values if _kind(v) is TemplateSegment])
    related = _related_objects([v for v in values if _kind(v) is RelatedObjectSegment])
    contexts = _contexts(extracted)
    existing = {model: {} for model in KEYS}
    for model in KEYS:
        for segment in model.objects.filter(source__in=stale):
            existing[model].setdefault(KEYS[model](segment), segment.pk)
    new, kept = {model: [] for model in KEYS}, {model: set() for model in KEYS}
    for source, _instance, found in extracted:
        for value in found:
            model = _kind(value)
            context = contexts[(source.object_id, value.path)]
            segment = model(source=source, context=context, order=value.order)
            if model is StringSegment:
                segment.string = strings[String._get_data_hash(value.string.data)]
                segment.attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
            elif model is TemplateSegment:
                segment.template = templates[value.template]
            elif model is RelatedObjectSegment:
                segment.object = related[value.translation_key]
            else:
                segment.data_json = json.dumps(value.data, cls=DjangoJSONEncoder)
            pk = existing[model].get(KEYS[model](segment))
            if pk is None:
                new[model].append(segment)
            else:
                kept[model].add(pk)
    for model, segments in new.items():
        if stale:
            model.objects.filter(source__in=stale).exclude(pk__in=kept[model]).delete()
        model.objects.bulk_create(segments)


KEYS = {
    StringSegment: lambda s: (s.source_id, s.context_id, s.order, s.string_id, s.attrs),
    TemplateSegment: lambda s: (s.source_id, s.context_id, s.order, s.template_id),
    RelatedObjectSegment: lambda s: (s.source_id, s.context_id, s.order, s.object_id),
    OverridableSegment: lambda s: (s.source_id, s.context_id, s.order, s.data_json),
}


def _kind(value):
    if isinstance(value, TemplateSegmentValue):
        return TemplateSegment
    if isinstance(value, RelatedObjectSegmentValue):
        return RelatedObjectSegment
    if isinstance(value, OverridableSegmentValue):
        return OverridableSegment
    return StringSegment


def _strings(locale_id, texts):
    """{data hash: String} of `texts` in the German locale, made where missing."""
    wanted = {String._get_data_hash(text): text for text in texts}

    def found():
        return {
            s.data_hash: s for s in String.objects.filter(locale_id=locale_id, data_hash__in=wanted)
        }

    strings = found() if wanted else {}
    missing = [
        String(locale_id=locale_id, data_hash=key, data=text)
        for key, text in wanted.items()
        if key not in strings
    ]
    if missing:
        String.objects.bulk_create(missing, ignore_conflicts=True)
        strings = found()
    return strings


def _templates(values):
    """{template text: Template} of these template values, made where missing."""
    import uuid

    wanted = {}
    for value in values:
        namespace = uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format)
        wanted[uuid.uuid5(namespace, value.template)] = value

    def found():
        return {t.uuid: t for t in Template.objects.filter(uuid__in=wanted)}

    templates = found() if wanted else {}
    missing = [
        Template(
            uuid=key,
            template=value.template,
            template_format=value.format,
            string_count=value.string_count,
        )
        for key, value in wanted.items()
        if key not in templates
    ]
    if missing:
        Template.objects.bulk_create(missing, ignore_conflicts=True)
        templates = found()
    return {template.template: template for template in templates.values()}


def _related_objects(values):
    """{translation key: TranslatableObject} of the objects these values point at."""
    wanted = {value.translation_key: value.content_type for value in values}
    if not wanted:
        return {}

    def found():
        return {
            o.translation_key: o
            for o in TranslatableObject.objects.filter(translation_key__in=wanted)
        }

    known = found()
    missing = [
        TranslatableObject(translation_key=key, content_type=content_type)
        for key, content_type in wanted.items()
        if key not in known
    ]
    if missing:
        TranslatableObject.objects.bulk_create(missing, ignore_conflicts=True)
        known = found()
    return known


def _contexts(extracted):
    """{(object key, path): TranslationContext} for every extracted value, made where
    missing, each with its field path as `TranslationContext.get_field_path` sets it."""
    keys = {source.object_id for source, _i, _f in extracted}
    contexts = {
        (c.object_id, c.path): c for c in TranslationContext.objects.filter(object_id__in=keys)
    }
    missing = {}
    for source, instance, found in extracted:
        for value in found:
            key = (source.object_id, value.path)
            context = contexts.get(key) or missing.get(key)
            if context is None:
                context = TranslationContext(
                    object_id=source.object_id,
                    path=value.path,
                    path_id=TranslationContext._get_path_id(value.path),
                )
                # get_field_path saves what it finds: here the bulk insert below does.
                context.save = lambda *args, **kwargs: None
                context.get_field_path(instance)
                del context.save
                missing[key] = context
            elif not context.field_path:
                context.get_field_path(instance)
    TranslationContext.objects.bulk_create(missing.values())
    contexts.update(missing)
    return contexts
