"""Page types of the plugin, one module per domain (concept, Forum, ECCAR, signpost,
resolutions, funding, networks, process chains)."""

from integration_pages.choices import MeasureStatus

from .chains import ProcessChainIndexPage, ProcessChainPage
from .concept import IntegrationConceptPage
from .eccar import ActionPlanPage, EccarCommitment
from .fields_of_action import ActionField
from .forum import ForumBoardMember, ForumMeetingPage, ForumNewsPage, ForumPage, MeetingStatus
from .funding import FundingProgrammePage
from .goals import GoalPage
from .measures import MeasurePage
from .mso import MsoDirectoryPage
from .networks import NetworksPage
from .resolutions import Resolution, ResolutionArchivePage
from .signpost import SignpostPage

__all__ = [
    "ActionField",
    "ActionPlanPage",
    "EccarCommitment",
    "ForumBoardMember",
    "ForumMeetingPage",
    "ForumNewsPage",
    "ForumPage",
    "FundingProgrammePage",
    "GoalPage",
    "IntegrationConceptPage",
    "MeasurePage",
    "MeasureStatus",
    "MeetingStatus",
    "MsoDirectoryPage",
    "NetworksPage",
    "ProcessChainIndexPage",
    "ProcessChainPage",
    "Resolution",
    "ResolutionArchivePage",
    "SignpostPage",
]
