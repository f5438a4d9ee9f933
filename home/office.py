"""The office as the public reaches it: its visitor information in the reader's language,
opening hours for people (localised) and for machines (schema.org), a callable phone link.

One query per request at most (the visitor information's copy in the reader's language),
kept on the request like the office settings that Wagtail keeps there.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language, gettext

from home.models import OfficeSettings, VisitorInformation
from integration_pages.core.shared_state import remembered

SCHEMA_DAYS = {
    1: "https://schema.org/Monday",
    2: "https://schema.org/Tuesday",
    3: "https://schema.org/Wednesday",
    4: "https://schema.org/Thursday",
    5: "https://schema.org/Friday",
    6: "https://schema.org/Saturday",
    7: "https://schema.org/Sunday",
}
# Germany's country code, for numbers the office writes the national way (0451 …).
COUNTRY_CODE = "49"


def visitor_information(request):
    """The visitor information the office settings choose, in the reader's language; the
    German one (or the one chosen) where nobody translated it. None if none is chosen."""
    if request is None:
        return None
    if not hasattr(request, "_portal_visitor_information"):
        office = OfficeSettings.for_request(request)
        request._portal_visitor_information = remembered(
            request,
            ("visitor-information", office.pk, get_language()),
            lambda: _visitor_information(office),
        )
    return request._portal_visitor_information


def _visitor_information(office):
    info = None
    chosen_id = office.visitor_information_id
    if chosen_id:
        chosen_key = VisitorInformation.objects.filter(pk=chosen_id).values("translation_key")
        found = list(
            VisitorInformation.objects.filter(
                Q(pk=chosen_id)
                | Q(
                    translation_key__in=chosen_key,
                    locale__language_code__in=[get_language(), settings.LANGUAGE_CODE],
                )
            ).select_related("locale")
        )
        by_language = {obj.locale.language_code: obj for obj in found}
        chosen = next((obj for obj in found if obj.pk == chosen_id), None)
        info = by_language.get(get_language()) or by_language.get(settings.LANGUAGE_CODE) or chosen
    return info


def day_names(days):
    """The days, in the reader's language, runs of three and more as a range:
    [1, 2, 3, 4, 5, 7] → "Monday to Friday, Sunday"."""
    runs = []
    for day in sorted(set(days)):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        names = [str(WEEKDAYS[day - 1]) for day in run]
        if len(run) >= 3:
            parts.append(gettext("%(first)s to %(last)s") % {"first": names[0], "last": names[-1]})
        else:
            parts.extend(names)
    return gettext(", ").join(parts)


def opening_hours(info):
    """The opening hours as rows a template lists: days, times (ISO for `<time datetime>`,
    and in the current language's TIME_FORMAT) and the note."""
    if info is None:
        return []
    rows = []
    for block in info.opening_hours:
        value = block.value
        days = [int(day) for day in value["days"] or []]
        if not days or not value["opens"] or not value["closes"]:
            continue
        rows.append(
            {
                "days": days,
                "day_names": day_names(days),
                "opens": value["opens"],
                "closes": value["closes"],
                "opens_local": formats.time_format(value["opens"]),
                "closes_local": formats.time_format(value["closes"]),
                "note": value["note"],
            }
        )
    return rows


def opening_hours_specification(info):
    """schema.org OpeningHoursSpecification, one per row of opening hours."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA_DAYS[day] for day in sorted(row["days"])],
            "opens": row["opens"].strftime("%H:%M"),
            "closes": row["closes"].strftime("%H:%M"),
        }
        for row in opening_hours(info)
    ]


def amenity_features(info):
    """The building's accessibility features as schema.org LocationFeatureSpecification."""
    if info is None:
        return []
    return [
        {"@type": "LocationFeatureSpecification", "name": str(label), "value": True}
        for _name, label in info.features
    ]


def tel_uri(phone):
    """A `tel:` address from a number as people write it: "0451 000 1234" →
    "tel:+494510001234"; "+49 (0) 451 …" and "0049 451 …" alike."""
    number = re.sub(r"\(0\)", "", phone or "")
    number = re.sub(r"[^\d+]", "", number)
    if not number:
        return ""
    if number.startswith("00"):
        number = "+" + number[2:]
    elif number.startswith("0"):
        number = f"+{COUNTRY_CODE}{number[1:]}"
    return f"tel:{number}"
