"""Reading an uploaded CSV or XLSX file into a dataset's values, refusing what is not right.

The office exports the figures from a spreadsheet; whatever is wrong in the file is
refused with the row (numbered as the spreadsheet shows it, the headings being row 1) and
the column heading, so that it can be corrected there. Nothing is half-read: a file with
any problem yields no values at all. After `MAX_PROBLEMS` problems the reading stops, as
a file wrong in every row would otherwise produce a message per cell.

`read_upload` returns {(date, key): Decimal}, the form `importer.plan` compares with the
stored values (`datasets.values_key` builds the key).
"""

import datetime
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from integration_pages.monitoring.datasets import Period, values_key

MAX_ROWS = 100_000
MAX_BYTES = 20 * 1024 * 1024
MAX_PROBLEMS = 20
FIRST_YEAR, LAST_YEAR = 1900, 2100
# Decimal(20, 6) in the database: larger numbers would not fit, more places would be lost.
MAX_INTEGER_DIGITS = 14
PLACES = Decimal("0.000001")
# How many allowed categories a message names before "…".
NAMED_CATEGORIES = 8

DELIMITERS = (";", ",")
NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
YEAR = re.compile(r"\d{4}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ZIP_MAGIC = b"PK\x03\x04"


def formula_types():
    """openpyxl's formula cells; imported here, when a table is read, so that serving
    pages does not load openpyxl (175 modules) into every worker."""
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    return (ArrayFormula, DataTableFormula)


# The old binary Excel format (.xls), which openpyxl cannot read.
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True)
class Problem:
    """What is wrong, and where: `row` as the spreadsheet numbers it (None: the whole
    file), `column` the heading or, in an XLSX file, the cell ("C7")."""

    row: int | None
    column: str
    message: str


class UploadRefused(Exception):
    def __init__(self, problems):
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = problems


class Problems(list):
    def add(self, row, column, message):
        self.append(Problem(row, column, message))
        if len(self) >= MAX_PROBLEMS:
            self.append(
                Problem(
                    None,
                    "",
                    _("Reading stopped after %(count)s problems; correct these and upload again.")
                    % {"count": MAX_PROBLEMS},
                )
            )
            raise UploadRefused(self)

    def refuse(self, row, column, message):
        self.append(Problem(row, column, message))
        raise UploadRefused(self)


def refused(message, row=None, column=""):
    return UploadRefused([Problem(row, column, message)])


class Columns:
    """The headings an upload of `dataset` must have and how each cell is read."""

    def __init__(self, dataset):
        self.dataset = dataset
        self.period_column = "year" if dataset.period == Period.YEAR else "date"
        self.dimensions = {d.code: d.category_list() for d in dataset.dimensions.all()}
        self.allowed = {code: frozenset(categories) for code, categories in self.dimensions.items()}
        self.headings = [self.period_column, *self.dimensions, "value", "unit"]
        self.unit = dataset.unit

    def listed(self):
        return ", ".join(self.headings)

    def check_headings(self, headings, problems):
        """{heading: index} of the headings row, or UploadRefused naming what is wrong."""
        expected = set(self.headings)
        seen = {}
        for index, heading in enumerate(headings):
            if heading in seen:
                problems.add(1, heading, _("This column appears twice."))
            elif heading not in expected:
                problems.add(
                    1,
                    heading,
                    _("Unexpected column; the columns are: %(headings)s.")
                    % {"headings": self.listed()},
                )
            seen.setdefault(heading, index)
        for heading in self.headings:
            if heading not in seen:
                problems.add(1, heading, _("This column is missing."))
        if problems:
            raise UploadRefused(problems)
        return seen


class RowReader:
    """Checks the data rows one by one and collects their values. Parsed cells are
    remembered: an upload repeats a few years and categories many thousand times."""

    def __init__(self, columns, positions):
        self.columns = columns
        self.period_at = positions[columns.period_column]
        self.value_at = positions["value"]
        self.unit_at = positions["unit"]
        self.dimension_at = [(code, positions[code]) for code in columns.dimensions]
        self.problems = Problems()
        self.values = {}
        self.first_row = {}
        self.count = 0
        self.dates = {}
        self.keys = {}

    def read(self, number, cells):
        """Row `number`'s cells (strings, or the numbers and dates of an XLSX cell)."""
        self.count += 1
        if self.count > MAX_ROWS:
            self.problems.refuse(
                number,
                "",
                _("An upload may have at most %(rows)s rows; split the file.")
                % {"rows": number_format(MAX_ROWS, force_grouping=True)},
            )
        columns = self.columns
        date = self.date(number, cells[self.period_at])
        categories = []
        known = True
        for code, index in self.dimension_at:
            category = text(cells[index])
            if category not in columns.allowed[code]:
                self.problems.add(number, code, self.unknown_category(code, category))
                known = False
            categories.append(category)
        value = self.number(number, cells[self.value_at])
        unit = text(cells[self.unit_at])
        if not unit:
            self.problems.add(
                number,
                "unit",
                _("The unit is missing; it must be “%(unit)s”.") % {"unit": columns.unit},
            )
        elif unit != columns.unit:
            self.problems.add(
                number,
                "unit",
                _("The unit “%(found)s” is not this dataset's unit “%(unit)s”.")
                % {"found": unit, "unit": columns.unit},
            )
        if date is None or value is None or not known:
            return
        categories = tuple(categories)
        key = self.keys.get(categories)
        if key is None:
            key = self.keys[categories] = values_key(
                dict(zip(columns.dimensions, categories, strict=True))
            )
        where = (date, key)
        if where in self.values:
            self.problems.add(
                number,
                columns.period_column,
                _("Row %(first)s has the same date and categories; each may appear only once.")
                % {"first": self.first_row[where]},
            )
            return
        self.values[where] = value
        self.first_row[where] = number

    def date(self, number, cell):
        date = self.dates.get(cell)
        if date is None:
            # Only good dates are remembered: a wrong one is reported in each of its rows.
            date = self.parse_date(number, cell)
            if date is not None:
                self.dates[cell] = date
        return date

    def parse_date(self, number, cell):
        column = self.columns.period_column
        if column == "year":
            year = cell
            if isinstance(cell, str) and YEAR.fullmatch(cell.strip()):
                year = int(cell)
            elif isinstance(cell, float) and cell.is_integer():
                year = int(cell)  # a year typed into a spreadsheet's number cell
            if not isinstance(year, int) or isinstance(year, bool):
                self.problems.add(number, column, _("The year must be a number such as 2024."))
                return None
            if not FIRST_YEAR <= year <= LAST_YEAR:
                self.problems.add(
                    number,
                    column,
                    _("The year must lie between %(first)s and %(last)s.")
                    % {"first": FIRST_YEAR, "last": LAST_YEAR},
                )
                return None
            return datetime.date(year, 12, 31)
        if isinstance(cell, datetime.datetime):
            cell = cell.date()
        if not isinstance(cell, datetime.date):
            try:
                if not ISO_DATE.fullmatch(text(cell)):
                    raise ValueError
                cell = datetime.date.fromisoformat(text(cell))
            except ValueError:
                self.problems.add(
                    number, column, _("The date must be written YYYY-MM-DD, e.g. 2024-12-31.")
                )
                return None
        if not FIRST_YEAR <= cell.year <= LAST_YEAR:
            self.problems.add(
                number,
                column,
                _("The date must lie between %(first)s and %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR},
            )
            return None
        return cell

    def number(self, number, cell):
        if isinstance(cell, bool):
            cell = str(cell)
        if isinstance(cell, int):
            value = Decimal(cell)
        elif isinstance(cell, float):
            value = Decimal(repr(cell)) if math.isfinite(cell) else None
        else:
            written = text(cell)
            if not written:
                self.problems.add(number, "value", _("The value is missing."))
                return None
            value = Decimal(written.replace(",", ".")) if NUMBER.fullmatch(written) else None
        if value is None:
            self.problems.add(
                number,
                "value",
                _(
                    "“%(value)s” is not a number; write e.g. 1234 or 1234,5 (no thousands "
                    "separators)."
                )
                % {"value": text(cell)[:40]},
            )
            return None
        try:
            value = value.quantize(PLACES)
        except InvalidOperation:
            value = None
        if value is None or value.adjusted() >= MAX_INTEGER_DIGITS:
            self.problems.add(
                number,
                "value",
                _("The value is too large: at most %(digits)s digits before the decimal point.")
                % {"digits": MAX_INTEGER_DIGITS},
            )
            return None
        return value

    def unknown_category(self, code, category):
        allowed = self.columns.dimensions[code]
        named = ", ".join(allowed[:NAMED_CATEGORIES])
        if len(allowed) > NAMED_CATEGORIES:
            named += ", …"
        if not category:
            return _("The category is missing; allowed: %(allowed)s.") % {"allowed": named}
        return _("“%(category)s” is not a category of this column; allowed: %(allowed)s.") % {
            "category": category[:60],
            "allowed": named,
        }

    def result(self):
        if self.problems:
            raise UploadRefused(self.problems)
        if not self.count:
            raise refused(_("The file holds headings but no values."))
        return self.values


def text(cell):
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return str(cell).strip()


def heading(cell):
    return text(cell).lstrip("\ufeff").strip()
