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


def translated_relations(obj):
    """{field name: [objects]} for each many-to-many relation of `obj` (a page or snippet in
    a translated language) to a translatable model whose items have copies in `obj`'s
    language: the relation as it should be, each item replaced by its copy where there is
    one. One query per relation; empty when nothing needs to change."""
    from wagtail.models import TranslatableMixin

    wanted = {}
    for field in obj._meta.get_fields():
        model = field.related_model
        if not (field.many_to_many and not field.auto_created):
            continue
        if not (isinstance(model, type) and issubclass(model, TranslatableMixin)):
            continue
        current = list(getattr(obj, field.name).all())
        foreign = {item.translation_key for item in current if item.locale_id != obj.locale_id}
        if not foreign:
            continue
        copies = {
            copy.translation_key: copy
            for copy in model.objects.filter(translation_key__in=foreign, locale_id=obj.locale_id)
        }
        if copies:
            wanted[field.name] = [
                item if item.locale_id == obj.locale_id else copies.get(item.translation_key, item)
                for item in current
            ]
    return wanted


def follow_translations(obj):
    """Point the many-to-many relations of a translated `obj` at the items' copies in its
    language (wagtail-localize copies them as they are: an Arabic press release kept the
    German topics). Saves only the relations; returns the names of those changed."""
    from modelcluster.models import ClusterableModel
    from wagtail.models import Page

    if isinstance(obj, Page):
        obj = obj.specific
    wanted = translated_relations(obj)
    if not wanted:
        return []
    for name, items in wanted.items():
        getattr(obj, name).set(items)
    if isinstance(obj, ClusterableModel):
        # modelcluster keeps parental relations in memory until the object is saved; with
        # update_fields naming only them, nothing else of the row is written
        obj.save(update_fields=list(wanted), **({"clean": False} if isinstance(obj, Page) else {}))
    revision = getattr(obj, "latest_revision", None)
    if revision is not None:  # the editor opens the latest revision: it says the same
        revision.content.update(
            {name: [item.pk for item in items] for name, items in wanted.items()}
        )
        revision.save(update_fields=["content"])
    return list(wanted)


def translated_page_published(sender, instance, **kwargs):
    """Whatever published a translated page (a sync, wagtail-localize's own update in the
    admin, an editor), its relations then follow the translated items."""
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        follow_translations(instance)


def connect_signals():
    from wagtail.signals import page_published

    page_published.connect(
        translated_page_published, dispatch_uid="integration_pages_follow_translations"
    )
