"""wagtail-localize declarations shared by every page type of the plugin and its host.

Facts are synchronised, prose is translated: a page's slug stays the same in every
language (stable URLs, /ar/integrationskonzept/), its title and teaser text do not.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
]


def page_translatable_fields(*fields):
    """The base page declarations followed by a model's own."""
    return [*PAGE_TRANSLATABLE_FIELDS, *fields]
