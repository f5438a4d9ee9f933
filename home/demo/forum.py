"""Demo content of the Forum für Migrant:innen's section for Lübeck, from data/forum.yaml."""

from .data_files import load

_DATA = load("forum")
FORUM = _DATA["forum"]
MSOS = _DATA["msos"]
