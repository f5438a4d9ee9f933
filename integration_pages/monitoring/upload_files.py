"""The two file formats an upload may have: a CSV file (UTF-8, `;` or `,` between the
columns, found from the headings' line) and an Excel workbook (.xlsx, first sheet, no
formulas). Each hands its rows to `upload_checks.RowReader`, which checks them."""

import csv
import io
import zipfile

from django.utils.translation import gettext as _

from integration_pages.monitoring.upload_checks import (
    DELIMITERS,
    MAX_BYTES,
    OLE_MAGIC,
    ZIP_MAGIC,
    Columns,
    Problems,
    RowReader,
    UploadRefused,
    formula_types,
    heading,
    refused,
)


def read_rows(dataset, file_name, content):
    """{(date, key): Decimal} of an upload to `dataset` (the German original)."""
    if not content:
        raise refused(_("The file is empty."))
    if len(content) > MAX_BYTES:
        raise refused(
            _("The file is larger than %(megabytes)s MB; split it.")
            % {"megabytes": MAX_BYTES // (1024 * 1024)}
        )
    columns = Columns(dataset)
    is_zip = content.startswith(ZIP_MAGIC)
    if file_name.lower().endswith(".xlsx") and is_zip:
        return read_xlsx(columns, content)
    if is_zip or content.startswith(OLE_MAGIC) or file_name.lower().endswith((".xls", ".xlsx")):
        raise refused(_("Upload a CSV file (UTF-8) or an Excel workbook (.xlsx)."))
    return read_csv(columns, content)


def read_csv(columns, content):
    try:
        text_ = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refused(
            _(
                "The file is not UTF-8 text; in the spreadsheet, save it as “CSV UTF-8 "
                "(comma delimited)”."
            ),
            row=content.count(b"\n", 0, error.start) + 1,
            column=column_at(columns, content, error.start),
        ) from None
    header_line = text_.split("\n", 1)[0]
    delimiter, headings = split_header(columns, header_line)
    problems = Problems()
    positions = columns.check_headings(headings, problems)
    reader = RowReader(columns, positions)
    width = len(headings)
    rows = csv.reader(io.StringIO(text_), delimiter=delimiter, strict=False)
    try:
        next(rows)
        for number, cells in enumerate(rows, start=2):
            if not any(cells):
                continue
            if len(cells) != width:
                reader.problems.add(
                    number,
                    "",
                    _("This row has %(found)s cells, the headings %(expected)s.")
                    % {"found": len(cells), "expected": width},
                )
                continue
            reader.read(number, cells)
    except csv.Error as error:
        raise refused(
            _("The file cannot be read as CSV: %(error)s") % {"error": error}, row=rows.line_num
        ) from None
    return reader.result()


def column_at(columns, content, offset):
    """The heading of the column byte `offset` lies in, "" when the headings cannot tell
    (the row is counted as if no cell were quoted)."""
    header = content.split(b"\n", 1)[0].decode("latin-1")
    try:
        delimiter, headings = split_header(columns, header)
    except UploadRefused:
        return ""
    line_start = content.rfind(b"\n", 0, offset) + 1
    index = content.count(delimiter.encode(), line_start, offset)
    return headings[index] if index < len(headings) else ""


def split_header(columns, header_line):
    """The delimiter and headings of the first line: the delimiter that splits it into
    most of the expected headings."""
    best = None
    for delimiter in DELIMITERS:
        if delimiter not in header_line:
            continue
        headings = [heading(cell) for cell in next(csv.reader([header_line], delimiter=delimiter))]
        matching = len(set(headings) & set(columns.headings))
        if best is None or matching > best[0]:
            best = (matching, delimiter, headings)
    if best is None or best[0] < 2:
        raise refused(
            _(
                "The first row must hold the headings %(headings)s, separated by “;” or “,” "
                "(other separators such as tabs are not read)."
            )
            % {"headings": columns.listed()},
            row=1,
        )
    return best[1], best[2]


def read_xlsx(columns, content):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise refused(
            _("The workbook cannot be read: %(error)s") % {"error": str(error)[:200]}
        ) from None
    try:
        if not workbook.worksheets:
            raise refused(_("The workbook has no sheet."))
        # Values, not cells: openpyxl's cell objects cost a fifth of the reading time.
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        first = next(rows, None)
        if first is None:
            raise refused(_("The file is empty."))
        problems = Problems()
        if refuse_formulas(1, first, problems, []):
            raise UploadRefused(problems)
        headings = [heading(cell) for cell in first]
        while headings and not headings[-1]:
            headings.pop()
        positions = columns.check_headings(headings, problems)
        reader = RowReader(columns, positions)
        width = len(headings)
        for number, row in enumerate(rows, start=2):
            if refuse_formulas(number, row, reader.problems, headings):
                continue
            values = list(row[:width])
            if not any(values) and all(value in (None, "") for value in values):
                continue
            values += [None] * (width - len(values))
            if any(value not in (None, "") for value in row[width:]):
                reader.problems.add(number, "", _("This row has cells beyond the last heading."))
                continue
            reader.read(number, values)
        return reader.result()
    finally:
        workbook.close()


def refuse_formulas(number, row, problems, headings):
    """Whether row `number` holds a formula, each reported: its result is not in the file
    as we read it (data_only=False gives the formula), and a formula is no figure the
    office checked. A text cell starting with "=" reads the same; it is no figure either."""
    from openpyxl.utils import get_column_letter

    found = False
    formulas = formula_types()
    for index, value in enumerate(row):
        if (value.__class__ is str and value[:1] == "=") or isinstance(value, formulas):
            found = True
            cell = f"{get_column_letter(index + 1)}{number}"
            problems.add(
                number,
                headings[index] if index < len(headings) else cell,
                _(
                    "Cell %(cell)s holds a formula; paste the values only (Paste special → "
                    "Values) and upload again."
                )
                % {"cell": cell},
            )
    return found
