"""Spreadsheet cells that cannot run code: the one rule for every CSV and XLSX we write.

Whatever people type into a public form or an editor into a page ends up in a cell. A
cell starting with `=`, `+`, `-` or `@` is read as a formula by Excel and LibreOffice
(`=HYPERLINK(…)` sends data to another server, `=cmd|…` ran programs in older Excel);
a leading tab or carriage return hides such a start. OWASP's advice on CSV injection:
prefix those cells with a single quote, so the spreadsheet shows them as text.

Only strings are escaped. Numbers (int, float, Decimal) stay numbers, so -5000 in a
column of amounts still adds up; dates and empty cells are left as they are.

`safe_cell` is the rule; `SafeCSVWriter` applies it to every row a `csv.writer` would
write; `SafeSpreadsheetExportMixin` applies it to Wagtail's CSV and XLSX exports (form
submissions, page listings), headings included.
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


class SafeSpreadsheetExportMixin:
    """For views built on Wagtail's SpreadsheetExportMixin (put it before that class).

    `preprocess_field_value` prepares every body cell of both the CSV and the XLSX
    export, `get_heading` every heading: both go through `safe_cell`. Fields named in
    `numeric_export_fields` hold numbers stored as text; those are exported as numbers.
    """

    numeric_export_fields = ()

    def preprocess_field_value(self, field, value, export_format):
        if field in self.numeric_export_fields:
            value = as_number(value)
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))
