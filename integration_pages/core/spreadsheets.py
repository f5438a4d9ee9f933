"""Spreadsheet cells that cannot run code: the one rule for every CSV and XLSX we write.

Whatever people type into a public form or an editor into a page ends up in a cell. A
cell starting with `=`, `+`, `-` or `@` is read as a formula by Excel and LibreOffice
(`=HYPERLINK(…)` sends data to another server, `=cmd|…` ran programs in older Excel);
a leading tab or carriage return hides such a start. OWASP's advice on CSV injection:
prefix those cells with a single quote, so the spreadsheet shows them as text.

Only strings are escaped. Numbers (int, float, Decimal) stay numbers, so -5000 in a
column of amounts still adds up; dates and empty cells are left as they are.

`safe_cell` is the rule; `SafeCSVWriter` applies it to every row a `csv.writer` would
write; `protect_wagtail_exports` applies it to every CSV and XLSX export of Wagtail's
admin (its reports, form submissions, listings), headings included;
`SafeSpreadsheetExportMixin` adds numbers stored as text.
"""

import csv
from decimal import Decimal, InvalidOperation

from django.utils.functional import Promise

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` as a spreadsheet shows it as text: a string starting with a formula
    character gets a leading single quote; anything that is not a string is returned
    unchanged (lazy translations count as strings)."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(value) for value in values]


class SafeCSVWriter:
    """`csv.writer` whose every cell goes through `safe_cell`."""

    def __init__(self, stream, **kwargs):
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def as_number(value):
    """A number stored as text (a form's number field keeps "-5000" in its JSON) back
    as a Decimal, so it is exported as a number; anything else unchanged."""
    if not isinstance(value, str):
        return value
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return value
    return number if number.is_finite() else value


def protect_wagtail_exports():
    """Every export of Wagtail's admin (Site history, Aging pages, Locked pages, the
    workflow reports, form submissions, snippet and page listings) is written by one
    mixin, whose `preprocess_field_value` prepares every body cell of the CSV and the XLSX
    and `get_heading` every heading. Wagtail has no setting for formula escaping, so
    both are wrapped here, once, when the app is ready; no view of Wagtail overrides
    them. `safe_cell` is idempotent: views that escape already are not quoted twice."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "escapes_formulas", False):
        return
    cell = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(cell(self, field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin.escapes_formulas = True


class SafeSpreadsheetExportMixin:
    """For views built on Wagtail's SpreadsheetExportMixin (put it before that class):
    fields named in `numeric_export_fields` hold numbers stored as text; those are
    exported as numbers. Every cell is escaped (`protect_wagtail_exports`)."""

    numeric_export_fields = ()

    def preprocess_field_value(self, field, value, export_format):
        if field in self.numeric_export_fields:
            value = as_number(value)
        return safe_cell(super().preprocess_field_value(field, value, export_format))
