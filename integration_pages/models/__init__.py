"""Page types of the plugin, one module per domain (concept, Forum, ECCAR, signpost)."""

from .concept import ActionField, IntegrationConceptPage
from .eccar import EccarCommitment
from .forum import ForumBoardMember, ForumMeetingPage, ForumNewsPage, ForumPage, MeetingStatus
from .goals import GoalPage
from .measures import MeasurePage, MeasureStatus
from .mso import MsoDirectoryPage

__all__ = [
    "ActionField",
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
]
