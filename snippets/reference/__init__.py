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
    for locale in locales:
        if locale.pk == default.pk:
            continue
        known = names.get(locale.language_code, {})
        for source in sources:
            if source.code in known and (locale.pk, source.translation_key) not in present:
                Language.objects.create(
                    translation_key=source.translation_key,
                    locale=locale,
                    code=source.code,
                    name=known[source.code],
                    autonym=source.autonym,
                    sort_order=source.sort_order,
                )


def after_migrate(sender, using="default", **kwargs):
    add_language_names()


def after_locale_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        add_language_names([instance])
