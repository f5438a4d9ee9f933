"""Demo content of Lübeck's anti-discrimination signpost, from data/signpost.yaml."""

from .data_files import load

_DATA = load("signpost")
SIGNPOST = _DATA["signpost"]
GROUNDS = _DATA["grounds"]
LIFE_AREAS = _DATA["life_areas"]
SERVICES = _DATA["services"]
