"""The office's contact box on every page (includes/office_contact.html): phone, e-mail,
address, opening hours, directions and accessibility, from the office settings (loaded
for the header anyway) and their visitor information in the reader's language (one
query, home.office)."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_bidi

from home.models import OfficeSettings
from home.office import opening_hours, tel_uri, visitor_information

register = template.Library()


def contact_context(office, info, request=None):
    """What includes/office_contact.html shows; the admin's preview uses it too."""
    language = get_language()
    info_language = info.locale.language_code if info is not None else language
    return {
        "office": office,
        "tel": tel_uri(office.phone) if office else "",
        "info": info,
        "hours": opening_hours(info),
        "features": info.features if info is not None else [],
        # Prose nobody translated yet shows in German, marked so (lang, direction).
        "info_lang": info_language if info_language != language else "",
        "info_dir": "ltr" if info_language != language and get_language_bidi() else "",
        "german": settings.LANGUAGE_CODE,
        "request": request,
    }


@register.inclusion_tag("includes/office_contact.html", takes_context=True)
def office_contact(context):
    request = context.get("request")
    if request is None:
        return {"office": None}
    office = OfficeSettings.for_request(request)
    return contact_context(office, visitor_information(request), request)
