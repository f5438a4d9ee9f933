from .events import EventIndexPage, EventPage
from .faq import FaqPage
from .forms import FormField, FormPage, RefundFormField, RefundFormPage
from .news import NewsIndexPage, NewsPage
from .office import OpeningHoursBlock, VisitorInformation
from .pages import EasyLanguagePage, HomePage, SignLanguagePage, StandardPage
from .receipts import Receipt
from .settings import OfficeSettings

__all__ = [
    "EasyLanguagePage",
    "EventIndexPage",
    "EventPage",
    "FaqPage",
    "FormField",
    "FormPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "OpeningHoursBlock",
    "OfficeSettings",
    "Receipt",
    "RefundFormField",
    "RefundFormPage",
    "SignLanguagePage",
    "StandardPage",
    "VisitorInformation",
]
