from .pages import EasyLanguagePage, HomePage, SignLanguagePage, StandardPage
from .settings import OfficeSettings

__all__ = ["EasyLanguagePage", "HomePage", "OfficeSettings", "SignLanguagePage", "StandardPage"]
