"""Demo content for Hansestadt Lübeck's Stabsstelle Integration, in German, from
data/content.yaml; the legal paragraphs come with their English."""

from .data_files import load

_DATA = load("content")
LEGAL = _DATA["legal"]
SITES = _DATA["sites"]
EASY_LANGUAGE = _DATA["easy_language"]
SIGN_LANGUAGE = _DATA["sign_language"]
# Lübeck's texts stand at the top of the file, another office's under its site's key.
SITE_TEXTS = (
    "contact",
    "office",
    "home",
    "sections",
    "concept_teaser",
    "forum_teaser",
    "eccar_teaser",
    "signpost_teaser",
)


def legal_strings(office):
    """German → English for the legal paragraphs as filled in for one office."""
    return {
        german.format(**office): english.format(**office)
        for spec in LEGAL
        for _heading, (german, english) in spec["sections"]
    }


def site_texts(key):
    """The German texts of one demo site's office, home page and sections."""
    if key == "luebeck":
        return {name: _DATA[name] for name in SITE_TEXTS}
    return {**_DATA["lueneburg"], "sections": []}
