"""Entries of a list (a service, a press release) rendered once per generation.

A page of results is the same for every visitor but for which entries it shows: the
count and the keys of the shown entries are asked per request, and each entry's HTML is
kept per language and generation (shared_state) for anonymous visitors, so that the rows,
relations and translations behind it are read, and its template rendered, once. Editors,
sessions and previews get every entry made afresh.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from integration_pages.core.privacy import kept_many_for_visitors


def kept_entries(request, name, owner, pks, make):
    """The HTML of the entries `pks`, in order; `make(pks not kept yet)` returns
    {pk: HTML} for those, in one go. Kept per `name`, `owner` (the listing page, whose
    address the entries link under) and language."""
    language = get_language()
    keys = [(name, owner, pk, language) for pk in pks]

    def missing(keys):
        made = make([key[2] for key in keys])
        return {key: made[key[2]] for key in keys}

    entries = kept_many_for_visitors(request, keys, missing)
    return [entries[key] for key in keys]


def render_entries(request, template, name, objects, **context):
    """{pk: HTML} of each of `objects` ({pk: object}), rendered by `template` with the
    object as `name`."""
    return {
        pk: mark_safe(render_to_string(template, {name: obj, **context}, request).strip())
        for pk, obj in objects.items()
    }
