"""Parallel reading: a page in German beside another language, block by block.

For counselling sessions where a German-speaking counsellor and a newcomer read
together (`?parallel=ar` on any page). Rows follow the page's translatable fields;
stream blocks are paired by their id, which wagtail-localize keeps across languages.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language_bidi, override
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from home.languages import LANGUAGE_NAMES_LOCAL
from integration_pages.core.privacy import visible
from integration_pages.core.translation_states import shows_source

SKIPPED = {"seo_title", "search_description", "slug"}


def parallel_rows(german, other):
    rows = []
    for declaration in german.translatable_fields:
        name = declaration.field_name
        if not isinstance(declaration, TranslatableField) or name in SKIPPED:
            continue
        field = german._meta.get_field(name)
        left, right = getattr(german, name, None), getattr(other, name, None)
        if isinstance(field, StreamField):
            by_id = {block.id: block for block in (right or [])}
            rows += [
                {
                    "kind": "block",
                    "left": block,
                    "right": translated(other, f"{name}.{block.id}", by_id.get(block.id)),
                }
                for block in left
            ]
        elif isinstance(field, RichTextField):
            rows.append({"kind": "rich", "left": left, "right": translated(other, name, right)})
        elif getattr(field, "concrete", False) and isinstance(left, str) and (left or right):
            kind = "heading" if name == "title" else "text"
            rows.append({"kind": kind, "left": left, "right": translated(other, name, right)})
    return rows


def translated(other, path, value):
    """`value` of the other language's page, or None where it only repeats the German
    (the rule of integration_pages.core.translation_states): the view then says "not
    translated" instead of showing the German twice."""
    return None if shows_source(other, path) else value


def parallel_response(request, page, code):
    """The response for `?parallel=<code>`, or None to serve the page as usual."""
    languages = dict(settings.LANGUAGES)
    if code not in languages or code == settings.LANGUAGE_CODE:
        return None
    # Each version may be restricted on its own; show both only to who may see both.
    versions = {
        p.locale.language_code: p.specific
        for p in visible(
            Page.objects.filter(
                translation_key=page.translation_key,
                locale__language_code__in=[settings.LANGUAGE_CODE, code],
            ),
            request,
        ).select_related("locale")
    }
    german = versions.get(settings.LANGUAGE_CODE)
    other = versions.get(code)
    if german is None or other is None:
        return None
    with override(code):
        rtl = get_language_bidi()
    context = {
        "page": page,
        "german": german,
        "other": other,
        "other_code": code,
        "other_name": languages[code],
        "other_own_name": LANGUAGE_NAMES_LOCAL[code],  # labels its cells on narrow screens
        "other_dir": "rtl" if rtl else "ltr",
        "rows": parallel_rows(german, other),
    }
    return TemplateResponse(request, "home/parallel.html", context)
