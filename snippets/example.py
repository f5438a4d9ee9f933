"""The "example" mark in exports: what an export row, a vCard or a JSON record says about
an object the demo invented (the page badge is snippets/example_badge.html)."""

from django.utils.translation import gettext

EXPORT_KEY = "example_data"


def example_data(obj):
    """The value of the `example_data` column or key: true for invented demo data."""
    return bool(getattr(obj, "is_example", False))


def example_note(obj):
    """A line for a vCard's NOTE, in the reader's language; empty for real data."""
    if not example_data(obj):
        return ""
    return gettext("Example: invented for the demonstration, not a real service or person.")
