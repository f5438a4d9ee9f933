"""Snippets in the reader's language, falling back to the German source.

Relations to snippets are synchronised facts, so a translated page may point at
the German snippet or at its translation. Both share a translation key, which is
how we find the reader's version in one query whatever the relation holds.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef


def localized_by_key(model, objects, language_code):
    """Map each object's translation key to its version in `language_code` (else German)."""
    keys = {obj.translation_key for obj in objects if obj is not None}
    if not keys or language_code == settings.LANGUAGE_CODE:
        # German pages are edited in German, so their relations already are.
        return {}
    wanted = {language_code, settings.LANGUAGE_CODE}
    found = {}
    for obj in model.objects.filter(
        translation_key__in=keys, locale__language_code__in=wanted
    ).select_related("locale"):
        if obj.translation_key not in found or obj.locale.language_code == language_code:
            found[obj.translation_key] = obj
    return found


def localize(obj, by_key):
    return by_key.get(obj.translation_key, obj) if obj is not None else None


def localized_linked(model, linked, language_code):
    """The objects of the `linked` queryset in `language_code` (else German), in one query."""
    if language_code == settings.LANGUAGE_CODE:
        return list(linked)
    found = list(
        model.objects.filter(
            translation_key__in=linked.values("translation_key"),
            locale__language_code__in={language_code, settings.LANGUAGE_CODE},
        )
        .annotate(is_linked=Exists(linked.filter(pk=OuterRef("pk"))))
        .select_related("locale")
    )
    shown = {obj.translation_key: obj for obj in found if obj.locale.language_code == language_code}
    return [shown.get(obj.translation_key, obj) for obj in found if obj.is_linked]
