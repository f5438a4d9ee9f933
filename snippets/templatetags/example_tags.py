"""`{% example_badge item %}`: the badge on everything the demo invented (snippets.example).

Lists show it beside each entry (the ECCAR plan beside 400 measures): written here once
per language and process instead of through an included template per entry.
"""

from functools import lru_cache

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

register = template.Library()


def _is_example(item):
    """`item.is_example` as a template reads it: a key first (report rows), else a field."""
    try:
        return bool(item["is_example"])
    except (TypeError, KeyError, IndexError, AttributeError, ValueError):
        return bool(getattr(item, "is_example", False))


@lru_cache(maxsize=32)
def _badge(language):
    """The badge in `language` (the key: it is written in the active one)."""
    explanation = gettext("Invented for the demonstration: not a real service, person or figure.")
    return format_html(
        '<span class="kern-badge kern-badge--warning example-badge" title="{}">'
        '<span class="kern-label">{}</span><span class="visually-hidden"> – {}</span></span>',
        explanation,
        gettext("Example"),
        explanation,
    )


@register.simple_tag
def example_badge(item):
    """The example badge where `item` (a page, snippet or report row) is invented."""
    return _badge(get_language()) if _is_example(item) else ""
