"""Languages people speak in a municipality's migrant communities.

Kept apart from the site's own seven interface languages: an association may
offer counselling in Tigrinya even though the site is not translated into it.
Each entry: ISO 639 code, name (translated for the reader), autonym (how the
language names itself, so a speaker recognises it in any interface language).
"""

from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("de", _("German"), "Deutsch"),
    ("en", _("English"), "English"),
    ("ar", _("Arabic"), "العربية"),
    ("fa", _("Persian"), "فارسی"),
    ("prs", _("Dari"), "دری"),
    ("ps", _("Pashto"), "پښتو"),
    ("tr", _("Turkish"), "Türkçe"),
    ("kmr", _("Kurmanji"), "Kurmancî"),
    ("uk", _("Ukrainian"), "Українська"),
    ("ru", _("Russian"), "Русский"),
    ("pl", _("Polish"), "Polski"),
    ("ro", _("Romanian"), "Română"),
    ("bg", _("Bulgarian"), "Български"),
    ("sq", _("Albanian"), "Shqip"),
    ("bs", _("Bosnian/Croatian/Serbian"), "Bosanski/Hrvatski/Srpski"),
    ("ti", _("Tigrinya"), "ትግርኛ"),
    ("so", _("Somali"), "Soomaali"),
    ("fr", _("French"), "Français"),
    ("es", _("Spanish"), "Español"),
    ("pt", _("Portuguese"), "Português"),
    ("vi", _("Vietnamese"), "Tiếng Việt"),
    ("zh", _("Chinese"), "中文"),
]

LANGUAGE_CHOICES = [(code, name) for code, name, _autonym in SPOKEN_LANGUAGES]
AUTONYMS = {code: autonym for code, _name, autonym in SPOKEN_LANGUAGES}
