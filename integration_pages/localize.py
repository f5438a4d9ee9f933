"""Snippets in the reader's language, falling back to the German source.

Relations to snippets are synchronised facts, so a translated page may point at
the German snippet or at its translation. Both share a translation key, which is
how we find the reader's version in one query whatever the relation holds.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q


def prefer_language(objects, language_code):
    """Translation key → the object in `language_code` where there is one, else the other."""
    chosen = {}
    for obj in objects:
        if obj.translation_key not in chosen or obj.locale.language_code == language_code:
            chosen[obj.translation_key] = obj
    return chosen


def _with_translations(model, keys, language_code):
    return model.objects.filter(
        translation_key__in=keys,
        locale__language_code__in={language_code, settings.LANGUAGE_CODE},
    ).select_related("locale")


def localized_by_key(model, objects, language_code):
    """Map each object's translation key to its version in `language_code` (else German)."""
    keys = {obj.translation_key for obj in objects if obj is not None}
    if not keys or language_code == settings.LANGUAGE_CODE:
        # German pages are edited in German, so their relations already are.
        return {}
    return prefer_language(_with_translations(model, keys, language_code), language_code)


def localize(obj, by_key):
    return by_key.get(obj.translation_key, obj) if obj is not None else None


def linked_in_language(model, linked, language_code, **annotations):
    """(stored, shown) for each object of the `linked` queryset, in one query.

    `stored` is the row the relation holds, carrying `annotations`; `shown` is
    its version in the reader's language, or the stored one where none exists.
    """
    if language_code == settings.LANGUAGE_CODE:
        return [(obj, obj) for obj in linked.annotate(**annotations)]
    found = list(
        _with_translations(model, linked.values("translation_key"), language_code).annotate(
            is_linked=Exists(linked.filter(pk=OuterRef("pk"))), **annotations
        )
    )
    shown = prefer_language(found, language_code)
    return [(obj, shown[obj.translation_key]) for obj in found if obj.is_linked]


def pages_in_language(pages, language_code, select_related, hidden):
    """Each of `pages` (German originals) in `language_code` where translated and live.

    A fixed number of queries whatever the number of pages; untranslated pages stay German so
    a list never silently loses entries in another language. `hidden` is the request's
    `privacy.hidden_q()`: a translation the visitor may not see is not shown either.
    """
    pages = list(pages)
    if not pages or language_code == settings.LANGUAGE_CODE:
        return pages
    model = type(pages[0])
    candidates = model.objects.live().select_related(*select_related)
    candidates = candidates.exclude(hidden)
    translated = {
        page.translation_key: page
        for page in candidates.filter(
            translation_key__in=[p.translation_key for p in pages],
            locale__language_code=language_code,
        )
    }
    return [translated.get(page.translation_key, page) for page in pages]


def all_in_language(model, language_code):
    """Every row of a small translatable list (languages, grounds …) in the reader's
    language, German where untranslated, keyed by translation key; one query."""
    rows = model.objects.filter(
        locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale")
    return prefer_language(rows, language_code)


def many_in_language(queryset, pks, language_code):
    """Stored pk → that object in the reader's language (else as stored), in one query.

    `queryset` may narrow what counts (only visible pages, say); a pk it excludes is left
    out, and so is a translation it excludes (the stored object is shown instead).
    """
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return {}
    stored = queryset.filter(pk__in=pks)
    if language_code == settings.LANGUAGE_CODE:
        return {obj.pk: obj for obj in stored}
    found = list(
        queryset.filter(
            Q(pk__in=pks)
            | Q(
                translation_key__in=queryset.model.objects.filter(pk__in=pks).values(
                    "translation_key"
                ),
                locale__language_code=language_code,
            )
        ).select_related("locale")
    )
    translated = {o.translation_key: o for o in found if o.locale.language_code == language_code}
    return {o.pk: translated.get(o.translation_key, o) for o in found if o.pk in pks}


def one_in_language(model, pk, language_code):
    """The object `pk` in the reader's language (else as stored), in one query; None for None."""
    return many_in_language(model.objects.all(), [pk], language_code).get(pk)


def site_originals(model, request):
    """German rows of a site-scoped snippet (MSOs, services): those of the request's site
    and those shared by every site (no site set)."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).filter(
        Q(site__isnull=True) | Q(site=site)
    )
