"""Dates as German offices type them, in the admin of every language.

Editors here type "15.01.2026" whatever language their admin speaks; Django reads that
only in the German locale (and Russian and Ukrainian). Each of the seven languages'
format modules below is Django's own, with the German date and date-time input formats
added (FORMAT_MODULE_PATH). What pages *show* is Django's, but for the Arabic date and
time (cms/formats/ar), which Django leaves to an English fallback.
"""

from django.conf import global_settings

GERMAN_DATES = ["%d.%m.%Y", "%d.%m.%y"]
GERMAN_DATETIMES = ["%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y"]


def with_german_input(namespace):
    """Adds the German input formats to a format module's `namespace` (its globals)."""
    for name, german in (
        ("DATE_INPUT_FORMATS", GERMAN_DATES),
        ("DATETIME_INPUT_FORMATS", GERMAN_DATETIMES),
    ):
        own = list(namespace.get(name) or getattr(global_settings, name))
        namespace[name] = own + [fmt for fmt in german if fmt not in own]
