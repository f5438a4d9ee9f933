from .pages import HomePage, StandardPage
from .settings import OfficeSettings

__all__ = ["HomePage", "OfficeSettings", "StandardPage"]
