"""Importing figures into a dataset (integration_pages/monitoring/importer.py): a file is
read only when every row is right, and each problem names its row and column; a good CSV
(either delimiter, either decimal mark) or XLSX gives the same values; the plan says what
an import adds, changes and removes; importing writes exactly that, all or nothing, and
the same file a second time writes nothing."""

import csv
import datetime
import io
import time
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override
from openpyxl import Workbook

from integration_pages.monitoring.datasets import (
    DataPoint,
    Dataset,
    DatasetDimension,
    DatasetUpload,
    Period,
    values_key,
)
from integration_pages.monitoring.importer import (
    MAX_BYTES,
    MAX_ROWS,
    UploadRefused,
    apply,
    plan,
    read_upload,
)
from integration_pages.monitoring.upload_checks import MAX_PROBLEMS
from tests.support.site import locale, translate_snippet

pytestmark = pytest.mark.django_db

HEADINGS = ["year", "gemeinde", "geschlecht", "value", "unit"]
MUNICIPALITIES = ["Adendorf", "Bardowick", "Lüneburg"]
SEXES = ["insgesamt", "männlich", "weiblich"]


def build_dataset(period=Period.YEAR, title="Einwohner:innen"):
    data = Dataset.objects.create(
        locale=locale(),
        title=title,
        source="Landesamt für Statistik Niedersachsen",
        licence="dl-de/by-2-0",
        unit="Personen",
        period=period,
    )
    for order, (code, categories) in enumerate(
        [("gemeinde", MUNICIPALITIES), ("geschlecht", SEXES)]
    ):
        DatasetDimension.objects.create(
            dataset=data,
            locale=data.locale,
            sort_order=order,
            code=code,
            label=code.capitalize(),
            categories="\n".join(categories),
        )
    return data


@pytest.fixture
def dataset():
    return build_dataset()


def csv_bytes(rows, delimiter=";", headings=HEADINGS, encoding="utf-8"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headings)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows, headings=HEADINGS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def key(gemeinde, geschlecht):
    return values_key({"gemeinde": gemeinde, "geschlecht": geschlecht})


def at(year, gemeinde="Adendorf", geschlecht="weiblich"):
    return (datetime.date(year, 12, 31), key(gemeinde, geschlecht))


GOOD = [
    ["2023", "Adendorf", "weiblich", "1234,5", "Personen"],
    ["2023", "Adendorf", "männlich", "1200", "Personen"],
    ["2024", "Lüneburg", "insgesamt", "-3,25", "Personen"],
]
GOOD_VALUES = {
    at(2023): Decimal("1234.5"),
    at(2023, geschlecht="männlich"): Decimal("1200"),
    at(2024, "Lüneburg", "insgesamt"): Decimal("-3.25"),
}


def refusal(dataset, content, file_name="zahlen.csv"):
    """The problems `content` is refused for; nothing is stored meanwhile."""
    before = DataPoint.objects.count()
    with override("en"), pytest.raises(UploadRefused) as refused:
        read_upload(dataset, file_name, content)
    assert DataPoint.objects.count() == before
    return refused.value.problems


def only(problems):
    assert len(problems) == 1, problems
    return problems[0]


# --- Good files --------------------------------------------------------------------------


def test_a_csv_with_semicolons_decimal_commas_and_a_bom_is_read(dataset):
    content = "\ufeff".encode() + csv_bytes(GOOD)
    assert read_upload(dataset, "zahlen.csv", content) == GOOD_VALUES


def test_a_csv_with_commas_and_decimal_points_in_another_column_order_is_read(dataset):
    headings = ["unit", "value", "geschlecht", "gemeinde", "year"]
    rows = [list(reversed(row)) for row in GOOD]
    for row in rows:
        row[1] = row[1].replace(",", ".")
    content = csv_bytes(rows, delimiter=",", headings=[f" {h} " for h in headings])
    assert read_upload(dataset, "zahlen.csv", content) == GOOD_VALUES


def test_a_workbook_with_number_cells_is_read(dataset):
    rows = [
        [2023, "Adendorf", "weiblich", 1234.5, "Personen"],
        [2023, "Adendorf", "männlich", 1200, "Personen"],
        [2024.0, "Lüneburg", "insgesamt", "-3,25", "Personen"],
    ]
    assert read_upload(dataset, "Zahlen.XLSX", xlsx_bytes(rows)) == GOOD_VALUES


def test_a_dataset_by_reference_date_reads_iso_dates():
    data = build_dataset(period=Period.DATE)
    headings = ["date", "gemeinde", "geschlecht", "value", "unit"]
    content = csv_bytes([["2024-06-30", "Adendorf", "weiblich", "7", "Personen"]], ",", headings)
    values = read_upload(data, "zahlen.csv", content)
    assert values == {(datetime.date(2024, 6, 30), key("Adendorf", "weiblich")): Decimal(7)}


# --- Files refused -----------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", ["\t", "|"])
def test_another_delimiter_is_refused_naming_the_headings_and_delimiters(dataset, delimiter):
    problem = only(refusal(dataset, csv_bytes(GOOD, delimiter=delimiter)))
    assert problem.row == 1
    assert "year, gemeinde, geschlecht, value, unit" in problem.message
    assert "“;” or “,”" in problem.message


def test_a_file_that_is_not_utf8_is_refused_with_its_row(dataset):
    rows = [*GOOD, ["2024", "Lüneburg", "männlich", "5", "Personen"]]
    content = csv_bytes(rows, encoding="cp1252")
    problem = only(refusal(dataset, content))
    # The first byte that is no UTF-8: "ä" of "männlich" (cp1252 0xE4), row 3.
    assert (problem.row, problem.column) == (3, "geschlecht")
    assert "not UTF-8" in problem.message and "CSV UTF-8" in problem.message


def test_an_unknown_category_is_refused_naming_row_column_and_the_allowed_ones(dataset):
    rows = [GOOD[0], ["2023", "Hamburg", "weiblich", "1", "Personen"]]
    problem = only(refusal(dataset, csv_bytes(rows)))
    assert (problem.row, problem.column) == (3, "gemeinde")
    assert "Hamburg" in problem.message and "Adendorf, Bardowick, Lüneburg" in problem.message


@pytest.mark.parametrize("value", ["12a", "1.234,5", "1,234.5", "NaN", "inf", "1e5", "", " "])
def test_a_value_that_is_not_a_plain_number_is_refused(dataset, value):
    rows = [GOOD[0], ["2023", "Bardowick", "weiblich", value, "Personen"]]
    problem = only(refusal(dataset, csv_bytes(rows)))
    assert (problem.row, problem.column) == (3, "value")


def test_the_same_date_and_categories_twice_are_refused_naming_both_rows(dataset):
    rows = [GOOD[0], GOOD[1], ["2023", "Adendorf", "weiblich", "99", "Personen"]]
    problem = only(refusal(dataset, csv_bytes(rows)))
    assert (problem.row, problem.column) == (4, "year")
    assert "Row 2" in problem.message


@pytest.mark.parametrize(("unit", "says"), [("", "missing"), ("Prozent", "“Prozent”")])
def test_a_missing_or_other_unit_is_refused(dataset, unit, says):
    rows = [GOOD[0], ["2023", "Bardowick", "weiblich", "1", unit]]
    problem = only(refusal(dataset, csv_bytes(rows)))
    assert (problem.row, problem.column) == (3, "unit")
    assert says in problem.message and "Personen" in problem.message


@pytest.mark.parametrize("year", ["1899", "2101", "23", "2023.5"])
def test_a_year_outside_1900_to_2100_or_not_a_year_is_refused(dataset, year):
    rows = [["2023", "Bardowick", "weiblich", "1", "Personen"], [year, *GOOD[0][1:]]]
    problem = only(refusal(dataset, csv_bytes(rows)))
    assert (problem.row, problem.column) == (3, "year")


@pytest.mark.parametrize("date", ["2024-02-30", "30.06.2024", "20240630"])
def test_an_invalid_date_is_refused(date):
    data = build_dataset(period=Period.DATE)
    headings = ["date", "gemeinde", "geschlecht", "value", "unit"]
    content = csv_bytes([[date, "Adendorf", "weiblich", "7", "Personen"]], ";", headings)
    problem = only(refusal(data, content))
    assert (problem.row, problem.column) == (2, "date")


def test_a_missing_and_an_extra_column_are_refused_by_heading(dataset):
    headings = ["year", "gemeinde", "value", "unit", "bemerkung"]
    content = csv_bytes([["2023", "Adendorf", "1", "Personen", ""]], headings=headings)
    problems = refusal(dataset, content)
    assert {(p.row, p.column) for p in problems} == {(1, "bemerkung"), (1, "geschlecht")}


def test_200000_rows_are_refused_at_the_first_row_beyond_100000():
    """Every row different and right: only the row limit refuses the file, and reading
    stops there rather than going through the other 99,999 rows."""
    data = Dataset.objects.create(
        locale=locale(), title="Zellen", source="LSN", licence="dl-de/by-2-0", unit="Personen"
    )
    cells = [f"z{n:04}" for n in range(1000)]
    DatasetDimension.objects.create(
        dataset=data, locale=data.locale, code="zelle", label="Zelle", categories="\n".join(cells)
    )
    lines = [
        f"{1900 + n // 1000};{cells[n % 1000]};{n % 7};Personen\r\n" for n in range(2 * MAX_ROWS)
    ]
    content = ("year;zelle;value;unit\r\n" + "".join(lines)).encode()
    started = time.perf_counter()
    problem = only(refusal(data, content))
    assert time.perf_counter() - started < 5
    assert problem.row == MAX_ROWS + 2
    assert "at most 100,000 rows" in problem.message


def test_a_formula_cell_is_refused_with_its_cell_reference(dataset):
    rows = [
        [2023, "Adendorf", "weiblich", 10, "Personen"],
        [2023, "Adendorf", "männlich", "=D2*2", "Personen"],
    ]
    problem = only(refusal(dataset, xlsx_bytes(rows), "zahlen.xlsx"))
    assert (problem.row, problem.column) == (3, "value")
    assert "D3" in problem.message and "formula" in problem.message


def test_a_file_over_20_mb_is_refused_before_it_is_read(dataset):
    content = csv_bytes(GOOD) + b" " * MAX_BYTES
    problem = only(refusal(dataset, content))
    assert "20 MB" in problem.message


@pytest.mark.parametrize("content", [b"", csv_bytes([]), csv_bytes([[""] * 5, []])])
def test_an_empty_or_header_only_file_is_refused(dataset, content):
    assert only(refusal(dataset, content)).row is None


def test_a_workbook_under_another_name_or_a_binary_file_is_refused(dataset):
    content = xlsx_bytes([GOOD[0]])
    assert "CSV" in only(refusal(dataset, content, "zahlen.csv")).message
    assert "CSV" in only(refusal(dataset, b"\xd0\xcf\x11\xe0rest", "zahlen.xls")).message


def test_the_problems_stop_after_twenty(dataset):
    rows = [["2023", "Hamburg", "weiblich", "x", "Personen"]] * 500
    problems = refusal(dataset, csv_bytes(rows))
    assert len(problems) == MAX_PROBLEMS + 1
    assert "stopped" in problems[-1].message


def test_a_translation_is_refused_pointing_to_the_german_dataset(dataset):
    english = translate_snippet(dataset, "en", title="Residents")
    problem = only(refusal(english, csv_bytes(GOOD)))
    assert "“Einwohner:innen”" in problem.message
    with pytest.raises(UploadRefused):
        apply(english, GOOD_VALUES)
    assert not DataPoint.objects.filter(dataset=dataset).exists()


# --- Plan and import -----------------------------------------------------------------------


def store(dataset, values):
    DataPoint.objects.bulk_create(
        DataPoint(dataset=dataset, date=date, key=key, value=value)
        for (date, key), value in values.items()
    )


def stored(dataset):
    return {
        (date, key): value
        for date, key, value in DataPoint.objects.filter(dataset=dataset).values_list(
            "date", "key", "value"
        )
    }


@pytest.fixture
def filled(dataset):
    """The dataset holding 2022's and 2023's values, 2023 for women being 100."""
    store(
        dataset,
        {
            at(2022): Decimal(90),
            at(2023): Decimal(100),
            at(2023, geschlecht="männlich"): Decimal(1200),
        },
    )
    return dataset


UPLOAD = {
    at(2023): Decimal("101.5"),  # changed
    at(2023, geschlecht="männlich"): Decimal("1200.000"),  # the same number
    at(2024): Decimal(110),  # new
}  # 2022 is not in the file: removed


def test_the_plan_counts_new_changed_removed_and_unchanged_values(filled):
    difference = plan(filled, UPLOAD)
    assert (difference.added, difference.changed, difference.removed) == (1, 1, 1)
    assert difference.unchanged == 1
    samples = difference.samples()
    assert [(s.old, s.new) for s in samples["changed"]] == [(Decimal(100), Decimal("101.5"))]
    assert samples["changed"][0].categories == {"gemeinde": "Adendorf", "geschlecht": "weiblich"}
    assert [(s.date.year, s.old) for s in samples["removed"]] == [(2022, Decimal(90))]
    assert [(s.date.year, s.new) for s in samples["added"]] == [(2024, Decimal(110))]


def test_an_import_makes_the_values_those_of_the_file_and_records_the_upload(
    filled, django_user_model
):
    user = django_user_model.objects.create_user("statistik", password="pw-1234-statistik")
    upload = DatasetUpload.objects.create(
        dataset=filled, file_name="zahlen.csv", content=b"", sha256="0" * 64, uploaded_by=user
    )
    done = apply(upload, UPLOAD, user)
    assert stored(filled) == UPLOAD
    upload.refresh_from_db()
    assert upload.imported_at is not None
    assert (
        (upload.added, upload.changed, upload.removed)
        == (1, 1, 1)
        == (
            done.added,
            done.changed,
            done.removed,
        )
    )


def test_the_same_file_twice_writes_nothing_the_second_time(dataset):
    values = read_upload(dataset, "zahlen.csv", csv_bytes(GOOD))
    apply(dataset, values)
    again = read_upload(dataset, "zahlen.csv", csv_bytes(GOOD))
    assert plan(dataset, again).is_empty
    with CaptureQueriesContext(connection) as queries:
        done = apply(dataset, again)
    assert done.is_empty and done.unchanged == 3
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert stored(dataset) == GOOD_VALUES


def test_a_failure_in_the_middle_of_an_import_leaves_the_old_values(filled, monkeypatch):
    before = stored(filled)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # The changed and removed rows are deleted first; then the insert fails.
    monkeypatch.setattr(QuerySet, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        apply(filled, UPLOAD)
    assert stored(filled) == before
