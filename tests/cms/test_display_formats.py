"""Dates and times as readers see them: a meeting's start and end in one clock format."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from django.utils import translation

BERLIN = ZoneInfo("Europe/Berlin")


def meeting_time(language, starts, ends):
    meeting = SimpleNamespace(starts_at=starts, ends_at=ends)
    with translation.override(language):
        return render_to_string(
            "integration_pages/includes/meeting_time.html", {"meeting": meeting}
        )


@pytest.mark.parametrize(
    "language, start, end",
    [
        ("ar", "5:00 م", "8:00 م"),
        ("de", "17:00", "20:00"),
        ("en", "5 p.m.", "8 p.m."),
    ],
)
def test_a_meetings_start_and_end_read_in_the_same_clock_format(language, start, end):
    """Before, Arabic pages wrote "ينار 4, 2027, 5 م – 8:00 م": the start in the English
    fallback's format, the end in Arabic's own."""
    html = meeting_time(
        language,
        datetime(2027, 1, 4, 17, 0, tzinfo=BERLIN),
        datetime(2027, 1, 4, 20, 0, tzinfo=BERLIN),
    )
    assert f"{start}</time> – <time" in html
    assert f">{end}</time>" in html


def test_an_arabic_date_names_the_whole_month():
    html = meeting_time("ar", datetime(2027, 1, 4, 17, 0, tzinfo=BERLIN), None)
    assert "4 يناير 2027، 5:00 م" in html
