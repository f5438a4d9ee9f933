"""wagtail-localize declarations shared by every page type of the plugin and its host.

Facts are synchronised, prose is translated: a page's slug stays the same in every
language (stable URLs, /ar/integrationskonzept/), its title and teaser text do not.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

from snippets.declarations import localized_fields

PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
]


def page_translatable_fields(*fields, translated=(), synchronized=()):
    """The base page declarations followed by a model's own: `fields` as they are, then the
    fields named in `translated` and in `synchronized` (see snippets.declarations)."""
    return [*PAGE_TRANSLATABLE_FIELDS, *fields, *localized_fields(translated, synchronized)]
