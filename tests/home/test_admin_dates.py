"""Dates as Germans type them (issue 17): "15.01.2026" is read in the admin of every
language, ISO too; what cannot be read is refused beside the field instead of being
replaced by today's date in the browser; each field shows the format it expects."""

import datetime
import json

import pytest
from django import forms
from django.utils import timezone, translation
from wagtail.admin.widgets.datetime import AdminDateInput, AdminDateTimeInput

from home.models import EventPage
from integration_pages.models import MeasurePage

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]


def admin_form(model):
    return model.get_edit_handler().get_form_class()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("typed", ["15.01.2026", "15.01.26", "2026-01-15"])
def test_a_measure_start_date_is_read_in_every_admin_language(language, typed):
    field = admin_form(MeasurePage).base_fields["start_date"]
    with translation.override(language):
        assert field.clean(typed) == datetime.date(2026, 1, 15)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("typed", ["15.13.2026", "32.01.2026", "Mitte Januar", "15.01"])
def test_a_date_that_cannot_be_read_is_refused_not_replaced(language, typed):
    field = admin_form(MeasurePage).base_fields["start_date"]
    with translation.override(language), pytest.raises(forms.ValidationError):
        field.clean(typed)


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_an_events_start_is_read_as_german_date_and_time(language):
    field = admin_form(EventPage).base_fields["starts_at"]
    with translation.override(language):
        value = field.clean("15.01.2026 18:30")
    local = timezone.localtime(value)
    assert (local.date(), local.hour, local.minute) == (datetime.date(2026, 1, 15), 18, 30)


def test_the_pickers_keep_what_was_typed_and_show_the_german_format():
    """The browser's picker gets validateOnBlur off, so it leaves unreadable text for the
    server to refuse, and the German format, so "15.01.2026" is what it reads and writes."""
    date_widget, datetime_widget = AdminDateInput(), AdminDateTimeInput()
    assert date_widget.get_config()["validateOnBlur"] is False
    assert date_widget.get_config()["format"] == "d.m.Y"
    assert datetime_widget.get_config()["validateOnBlur"] is False
    assert datetime_widget.get_config()["format"] == "d.m.Y H:i"
    with translation.override("de"):
        html = date_widget.render("start_date", datetime.date(2026, 1, 15))
    assert 'value="15.01.2026"' in html
    assert 'placeholder="TT.MM.JJJJ"' in html
    assert (
        json.loads(date_widget.get_context("d", None, {})["widget"]["config_json"])[
            "validateOnBlur"
        ]
        is False
    )
