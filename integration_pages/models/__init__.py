"""Page types of the plugin, one module per domain (concept, Forum, ECCAR, signpost)."""

from .concept import ActionField, IntegrationConceptPage
from .eccar import EccarCommitment
from .goals import GoalPage
from .measures import MeasurePage, MeasureStatus

__all__ = [
    "ActionField",
    "EccarCommitment",
    "GoalPage",
    "IntegrationConceptPage",
    "MeasurePage",
    "MeasureStatus",
]
