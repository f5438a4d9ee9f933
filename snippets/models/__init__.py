from .contacts import Contact
from .organisations import Organisation, OrganisationFocus, OrganisationKind
from .services import FORMATS, CounsellingService
from .taxonomies import DiscriminationGround, Language, LifeArea

__all__ = [
    "FORMATS",
    "Contact",
    "CounsellingService",
    "DiscriminationGround",
    "Language",
    "LifeArea",
    "Organisation",
    "OrganisationFocus",
    "OrganisationKind",
]
