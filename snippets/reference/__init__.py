"""Reference data the plugin brings with it, so a host project needs no demo to have it.

The language names: every content language the site has gets the names of the spoken
languages in that language, whenever a migrate run ends (locales created by migrations)
and whenever an editor adds a locale. Rows an editor changed or removed are left alone;
only missing translations are created.
"""

import json
from functools import cache
from pathlib import Path


@cache
def language_names():
    """{locale code: {language code: name}} for the content languages we have names in."""
    return json.loads((Path(__file__).parent / "language_names.json").read_text("utf-8"))


def add_language_names(locales=None):
    from wagtail.models import Locale
    from wagtail.search.backends import get_search_backends

    from snippets.models import Language

    try:
        default = Locale.get_default()
    except Locale.DoesNotExist:
        return  # no content language yet; the migrate run that creates one calls again
    names = language_names()
    locales = Locale.objects.filter(language_code__in=names) if locales is None else locales
    sources = list(Language.objects.filter(locale=default))
    present = set(
        Language.objects.filter(locale__in=locales).values_list("locale_id", "translation_key")
    )
    rows = [
        Language(
            translation_key=source.translation_key,
            locale=locale,
            code=source.code,
            name=names[locale.language_code][source.code],
            autonym=source.autonym,
            sort_order=source.sort_order,
        )
        for locale in locales
        if locale.pk != default.pk
        for source in sources
        if source.code in names.get(locale.language_code, {})
        and (locale.pk, source.translation_key) not in present
    ]
    # In one go: a save per row would queue an index task per row, a backlog the worker
    # drains for minutes after a migrate run.
    Language.objects.bulk_create(rows)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Language, rows)


def after_migrate(sender, using="default", **kwargs):
    add_language_names()


def after_locale_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        add_language_names([instance])
