"""Page types of the plugin, one module per domain (concept, Forum, ECCAR, signpost)."""

from .concept import ActionField, IntegrationConceptPage
from .eccar import ActionPlanPage, EccarCommitment
from .forum import ForumBoardMember, ForumMeetingPage, ForumNewsPage, ForumPage, MeetingStatus
from .goals import GoalPage
from .measures import MeasurePage, MeasureStatus
from .mso import MsoDirectoryPage
from .signpost import SignpostPage

__all__ = [
    "ActionField",
    "ActionPlanPage",
    "EccarCommitment",
    "ForumBoardMember",
    "ForumMeetingPage",
    "ForumNewsPage",
    "ForumPage",
    "GoalPage",
    "IntegrationConceptPage",
    "MeasurePage",
    "MeasureStatus",
    "MeetingStatus",
    "MsoDirectoryPage",
    "SignpostPage",
]
