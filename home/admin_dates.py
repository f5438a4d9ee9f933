"""The admin's date pickers keep what an editor typed.

Wagtail's pickers (jquery-datetimepicker) replace text they cannot read with the current
date when the field loses focus (`validateOnBlur`), so a mistyped date was saved as
today without a word. Switched off here for every date, time and date-time widget of
the admin, StreamField blocks included: the text stays, and the form says beside the
field that it is not a date. Wagtail has no setting for the picker's options; the
widgets' `get_config` is where they come from. Each field also shows the format it
expects as its placeholder ("TT.MM.JJJJ")."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.datetime import AdminDateInput, AdminDateTimeInput, AdminTimeInput

KEEP_TYPED = {"validateOnBlur": False}
PLACEHOLDERS = {
    AdminDateInput: _("DD.MM.YYYY"),
    AdminDateTimeInput: _("DD.MM.YYYY hh:mm"),
    AdminTimeInput: _("hh:mm"),
}


def keep_typed_dates():
    for widget in (AdminDateInput, AdminDateTimeInput, AdminTimeInput):
        if getattr(widget, "keeps_typed_dates", False):
            continue
        config = widget.get_config

        def get_config(self, _config=config):
            return {**_config(self), **KEEP_TYPED}

        context = widget.get_context

        def get_context(self, name, value, attrs, _context=context, _widget=widget):
            attrs = {"placeholder": PLACEHOLDERS[_widget], **(attrs or {})}
            return _context(self, name, value, attrs)

        widget.get_config = get_config
        widget.get_context = get_context
        widget.keeps_typed_dates = True
