from .contacts import Contact
from .organisations import Organisation

__all__ = ["Contact", "Organisation"]
