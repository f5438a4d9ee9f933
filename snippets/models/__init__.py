from .contacts import Contact
from .organisations import Language, Organisation, OrganisationFocus, OrganisationKind

__all__ = ["Contact", "Language", "Organisation", "OrganisationFocus", "OrganisationKind"]
