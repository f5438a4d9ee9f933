"""Dates as the reader reads them, formatted once per date and language in each process.

A list page formats one or two dates per entry (a measure's time frame, a release's date,
the ECCAR report's 900 rows): Django's date filter reads the language's format and walks
the format string every time, about a tenth of such a page's time. A date's text in a
language never changes while the process runs (the formats come with the code), so it is
kept; the cache is bounded, and the key holds the language the text was made in.
"""

import datetime
from functools import lru_cache

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language

KEPT_DATES = 8192


def _as_day(value):
    """A date; a datetime as the reader's local day (as Django's date filter shows it)."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


@lru_cache(maxsize=KEPT_DATES)
def _text(day, language):
    return date_format(day, "DATE_FORMAT")


@lru_cache(maxsize=KEPT_DATES)
def _element(day, language):
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), _text(day, language))


def day_text(value):
    """`value` as the reader's language writes a date ("3. März 2025", "3 March 2025");
    "" for what is not a date, as Django's date filter."""
    if not isinstance(value, datetime.date):
        return ""
    return _text(_as_day(value), get_language())


def day_element(value):
    """`value` as a `<time>` element: the ISO date for machines, the text for the reader."""
    if not isinstance(value, datetime.date):
        return ""
    return _element(_as_day(value), get_language())
