"""Dates and status labels kept per process (integration_pages.core.dates, the `day` and
`status_label` filters) read exactly as Django's own filters would, in every language."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from integration_pages.core.choices import MeasureStatus
from integration_pages.core.dates import day_text

LANGUAGES = ["de", "en", "ar", "uk", "fa", "ru", "tr"]


def render(source, **context):
    return Template("{% load integration_tags %}" + source).render(Context(context))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_day_reads_as_djangos_date_filter_in_each_language(language):
    """The same `<time>` element as the templates wrote by hand before, in each language,
    also when the language changes between two calls for the same date."""
    day = datetime.date(2025, 3, 3)
    with translation.override(language):
        django = render(
            """<time datetime="{{ d|date:'Y-m-d' }}">{{ d|date:"DATE_FORMAT" }}</time>""", d=day
        )
        assert render("{{ d|day }}", d=day) == django
        assert day_text(day) == render('{{ d|date:"DATE_FORMAT" }}', d=day)
    with translation.override("de"):
        assert "März" in render("{{ d|day }}", d=day)


def test_a_datetime_is_the_readers_local_day_and_anything_else_nothing():
    """A datetime shows its day in the site's time zone, as Django's date filter; an empty
    value or a string shows nothing, as Django's date filter."""
    late = timezone.make_aware(datetime.datetime(2025, 3, 3, 23, 30), datetime.UTC)
    with translation.override("de"):
        expected = render("""{{ d|date:'Y-m-d' }} {{ d|date:"DATE_FORMAT" }}""", d=late)
        iso, text = expected.split(" ", 1)
        assert render("{{ d|day }}", d=late) == f'<time datetime="{iso}">{text}</time>'
        assert render("{{ d|day }}", d=None) == ""
        assert render("{{ d|day }}", d="2025-03-03") == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_status_labels_are_the_readers_language(language):
    with translation.override(language):
        for value, label in MeasureStatus.choices:
            assert render("{{ s|status_label }}", s=value) == str(label)
        assert render("{{ s|status_label }}", s="unknown") == "unknown"
