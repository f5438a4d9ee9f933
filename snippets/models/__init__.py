from .committees import Committee
from .contacts import Contact
from .example import ExampleFlag
from .organisations import Organisation, OrganisationFocus, OrganisationKind
from .services import FORMATS, CounsellingService
from .taxonomies import DiscriminationGround, Language, LifeArea, Topic

__all__ = [
    "FORMATS",
    "Committee",
    "Contact",
    "CounsellingService",
    "DiscriminationGround",
    "ExampleFlag",
    "Language",
    "LifeArea",
    "Organisation",
    "OrganisationFocus",
    "OrganisationKind",
    "Topic",
]
