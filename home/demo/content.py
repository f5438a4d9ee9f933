"""Demo content for Hansestadt Lübeck's Stabsstelle Integration, in German, from
data/content.yaml; the legal paragraphs come with their English."""

from .data_files import load

_DATA = load("content")
CONTACT = _DATA["contact"]
OFFICE = _DATA["office"]
HOME = _DATA["home"]
CONCEPT_TEASER = _DATA["concept_teaser"]
FORUM_TEASER = _DATA["forum_teaser"]
ECCAR_TEASER = _DATA["eccar_teaser"]
SIGNPOST_TEASER = _DATA["signpost_teaser"]
SECTIONS = _DATA["sections"]
LEGAL = _DATA["legal"]
LUENEBURG = _DATA["lueneburg"]
SITES = _DATA["sites"]
EASY_LANGUAGE = _DATA["easy_language"]
SIGN_LANGUAGE = _DATA["sign_language"]


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
        return {
            "contact": CONTACT,
            "office": OFFICE,
            "home": HOME,
            "sections": SECTIONS,
            "concept_teaser": CONCEPT_TEASER,
            "forum_teaser": FORUM_TEASER,
            "eccar_teaser": ECCAR_TEASER,
            "signpost_teaser": SIGNPOST_TEASER,
        }
    return {**LUENEBURG, "sections": []}
