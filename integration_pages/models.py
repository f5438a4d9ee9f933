"""The plugin's models, gathered from its domain packages (concept/, forum/, eccar/,
signpost/, chains/, monitoring/, participation/, resolutions/, funding/, networks/) so that
Django finds them all under the one app `integration_pages`."""

from integration_pages.chains.models import ProcessChainIndexPage, ProcessChainPage
from integration_pages.concept.fields_of_action import ActionField
from integration_pages.concept.goals import GoalPage
from integration_pages.concept.measures import MeasurePage
from integration_pages.concept.models import IntegrationConceptPage
from integration_pages.concept.progress import MeasureTask, MeasureUpdate
from integration_pages.core.choices import MeasureStatus
from integration_pages.eccar.models import ActionPlanPage, EccarCommitment
from integration_pages.forum.meetings import ForumMeetingPage, MeetingStatus
from integration_pages.forum.models import ForumBoardMember, ForumNewsPage, ForumPage
from integration_pages.forum.mso import MsoDirectoryPage
from integration_pages.funding.models import FundingProgrammePage
from integration_pages.monitoring.datasets import (
    DataPoint,
    Dataset,
    DatasetDimension,
    DatasetUpload,
)
from integration_pages.monitoring.models import IndicatorPage, MonitoringPage
from integration_pages.monitoring.reminders import ReminderSent
from integration_pages.networks.models import NetworksPage
from integration_pages.participation.models import PrioritisationPage, WorkshopWeight
from integration_pages.participation.records import (
    Ballot,
    GoalRank,
    Participant,
    ParticipationCode,
    ParticipationNotice,
    PrioritisationResult,
)
from integration_pages.reports.models import FrozenReport
from integration_pages.resolutions.models import Resolution, ResolutionArchivePage
from integration_pages.signpost.models import SignpostPage

__all__ = [
    "ActionField",
    "ActionPlanPage",
    "Ballot",
    "DataPoint",
    "Dataset",
    "DatasetDimension",
    "DatasetUpload",
    "EccarCommitment",
    "ForumBoardMember",
    "FrozenReport",
    "ForumMeetingPage",
    "ForumNewsPage",
    "ForumPage",
    "FundingProgrammePage",
    "GoalPage",
    "GoalRank",
    "IndicatorPage",
    "IntegrationConceptPage",
    "MeasurePage",
    "MeasureStatus",
    "MeasureTask",
    "MeasureUpdate",
    "MeetingStatus",
    "MonitoringPage",
    "MsoDirectoryPage",
    "NetworksPage",
    "Participant",
    "ParticipationCode",
    "ParticipationNotice",
    "PrioritisationPage",
    "PrioritisationResult",
    "ReminderSent",
    "ProcessChainIndexPage",
    "ProcessChainPage",
    "Resolution",
    "ResolutionArchivePage",
    "SignpostPage",
    "WorkshopWeight",
]
