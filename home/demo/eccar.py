"""Demo content of Lübeck's ECCAR action plan, from data/eccar.yaml."""

from .data_files import load

_DATA = load("eccar")
ACTION_PLAN = _DATA["action_plan"]
COMMITMENTS = _DATA["commitments"]
