"""Snippets in the reader's language, falling back to the German source.

Relations to snippets are synchronised facts, so a translated page may point at
the German snippet or at its translation. Both share a translation key, which is
how we find the reader's version in one query whatever the relation holds.
"""

from django.conf import settings


def localized_by_key(model, objects, language_code):
    """Map each object's translation key to its version in `language_code` (else German)."""
    keys = {obj.translation_key for obj in objects if obj is not None}
    if not keys:
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
