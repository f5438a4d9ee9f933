"""Language facts the templates need and Django does not spell the way readers do."""

from django.utils.translation import get_language_info

# Each language named in its own script, as a reader looks for it in the switcher.
LANGUAGE_NAMES_LOCAL = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
}


def is_rtl(code):
    return get_language_info(code)["bidi"]
