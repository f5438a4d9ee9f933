"""The demo's one flag for what it invents: `example: true` on an object in data/*.yaml or
process_chains.json. Facts from the sources carry no flag.

The builders set `is_example` from it when they create an object, and `mark` brings an
object made by an earlier run (and its translations: the flag is a synchronised fact) to
what the data says, so a re-run of load_demo updates the flag and nothing else.
"""

from django.db.models import Q
from wagtail.models import Page

KEY = "example"


def is_example(spec):
    return bool(spec.get(KEY, False))


def without_flag(spec):
    """The spec's fields for a model: the flag becomes `is_example`."""
    fields = {key: value for key, value in spec.items() if key != KEY}
    return {**fields, "is_example": is_example(spec)}


def mark(obj, spec, **facts):
    """Sets `is_example` (and the synchronised `facts`, e.g. a phone number the data
    changed) of `obj` and its translations as `spec` says; returns `obj`."""
    if obj is None:
        return obj
    values = {"is_example": is_example(spec), **facts}
    for name, value in values.items():
        setattr(obj, name, value)
    model = type(obj)
    key = getattr(obj, "translation_key", None)
    rows = model.objects.filter(translation_key=key) if key else model.objects.filter(pk=obj.pk)
    differs = Q()
    for name, value in values.items():
        differs |= ~Q(**{name: value})
    stale = list(rows.filter(differs))
    if not stale:
        return obj
    rows.update(**values)
    for row in stale:
        # The editor opens a page's latest revision: it must say the same, or the next
        # publish would undo the change.
        revision = row.latest_revision if isinstance(row, Page) else None
        if revision is not None:
            revision.content.update(values)
            revision.save(update_fields=["content"])
    return obj
