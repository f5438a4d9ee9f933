"""Exports that cannot run code: CSV and XLSX cells a spreadsheet would read as a formula.

Whatever starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
leading single quote (OWASP's advice on CSV injection); numbers stay numbers. Proven on
the rule itself, on the submissions of a contact form and the volunteers' refund form
as an editor of the `Redaktion` group exports them, on the editors' measure listing and
on measures.csv.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from home.forms import RECEIPTS_FIELD
from home.models import FormField, FormPage
from integration_pages.core.spreadsheets import SafeCSVWriter, as_number, safe_cell
from tests.support.concept_data import add_measure, make_goal
from tests.support.factories import GoalPageFactory
from tests.support.forms_data import contact_form, refund_form

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


# --- The rule -------------------------------------------------------------------------


@pytest.mark.parametrize("text", FORMULAS)
def test_safe_cell_quotes_every_formula_start(text):
    """Each start OWASP names (= + - @ tab CR) gets one leading quote; the rest of the
    text is kept as it was."""
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    "text", ["Sprachcafé", "", "E-Mail an a@example.org", "1+1", "'=schon maskiert", " =1"]
)
def test_safe_cell_leaves_text_alone_that_starts_harmlessly(text):
    """Text whose first character is none of the formula starts is returned unchanged,
    even if it holds one of them further on."""
    assert safe_cell(text) == text


@pytest.mark.parametrize(
    "value",
    [-5000, -5000.5, Decimal("-5000.00"), 0, True, None, datetime.date(2024, 1, 1)],
)
def test_safe_cell_keeps_numbers_dates_and_empty_cells(value):
    """Only strings are escaped: a negative amount stays the number it is."""
    assert safe_cell(value) is value


def test_safe_cell_escapes_lazy_translations_as_text():
    """A lazily translated string is text like any other."""
    assert safe_cell(gettext_lazy("=Summe")) == "'=Summe"


def test_safe_csv_writer_escapes_every_cell_of_every_row():
    """The writer wrapper passes every cell of `writerow` and `writerows` through
    safe_cell, numbers included (unchanged)."""
    buffer = io.StringIO()
    writer = SafeCSVWriter(buffer, delimiter=";")
    writer.writerow(["=Titel", "Betrag"])
    writer.writerows([["@SUM(A1)", -5000], ["Sprachcafé", Decimal("-2.50")]])
    assert list(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";")) == [
        ["'=Titel", "Betrag"],
        ["'@SUM(A1)", "-5000"],
        ["Sprachcafé", "-2.50"],
    ]


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("-5000", Decimal("-5000")),
        ("23.50", Decimal("23.50")),
        ("-2+3", "-2+3"),
        ("NaN", "NaN"),
        ("", ""),
        (None, None),
    ],
)
def test_numbers_stored_as_text_become_numbers_and_nothing_else_does(stored, exported):
    """A number field keeps its value as text in the submission's JSON: a finite number
    comes back as a Decimal, anything else stays as it was."""
    assert as_number(stored) == exported
    assert type(as_number(stored)) is type(exported)


# --- Form submissions -----------------------------------------------------------------


@pytest.fixture
def editor(client, django_user_model):
    """A member of the Redaktion group, which may read form submissions, logged in."""
    user = django_user_model.objects.create_user("redaktion-export", "r@example.org", "pw")
    user.groups.add(Group.objects.get(name="Redaktion"))
    client.force_login(user)
    return user


def post(client, path, data, **extra):
    # Each post starts with no submissions counted against the address (rate limit).
    cache.clear()
    response = client.post(f"/de{path}", data, **extra)
    assert response.status_code == 200
    return response


def export(client, page, export_format):
    response = client.get(
        reverse("wagtailforms:list_submissions", args=[page.pk]), {"export": export_format}
    )
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_rows(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8"))))


def xlsx_rows(content):
    """Rows of the first sheet as (value, openpyxl data type) per cell."""
    sheet = load_workbook(io.BytesIO(content)).active
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


def test_formulas_sent_through_the_contact_form_are_escaped_in_csv_and_xlsx(
    client, editor, home_de
):
    """Each formula typed into the contact form (name and message) arrives in the
    CSV and the XLSX export with a leading quote and otherwise as stored. The form
    trims surrounding whitespace, so a leading tab or CR arrives as "=1", still escaped."""
    contact = contact_form(home_de, slug="kontakt")
    for n, formula in enumerate(FORMULAS):
        post(
            client,
            "/kontakt/",
            {
                "name": formula,
                "e_mail": f"person{n}@example.org",
                "anliegen": "Hinweis oder Kritik",
                "nachricht": formula,
            },
        )
    stored = [
        s.form_data
        for s in FormSubmission.objects.filter(page=contact, form_data__e_mail__startswith="person")
    ]
    assert sorted(d["nachricht"] for d in stored) == sorted(f.strip() for f in FORMULAS)

    header, *body = csv_rows(export(client, contact, "csv"))
    by_mail = {row[header.index("E-Mail")]: row for row in body}
    sheet_header, *sheet_body = xlsx_rows(export(client, contact, "xlsx"))
    sheet_by_mail = {row[header.index("E-Mail")][0]: row for row in sheet_body}
    assert [value for value, _type in sheet_header] == header
    for data in stored:
        expected = "'" + data["nachricht"]
        row = by_mail[data["e_mail"]]
        assert row[header.index("Name")] == row[header.index("Nachricht")] == expected
        sheet_row = sheet_by_mail[data["e_mail"]]
        assert sheet_row[header.index("Name")] == (expected, "s")
        assert sheet_row[header.index("Nachricht")] == (expected, "s")


def test_leading_tab_and_carriage_return_are_kept_and_escaped(client, editor, home_de):
    """A submission holding a leading tab or CR (stored before trimming, or by another
    way in) is exported with the quote in front of it and the tab or CR kept."""
    contact = contact_form(home_de)
    FormSubmission.objects.create(
        page=contact,
        form_data={"name": "\t=1", "e_mail": "tab@example.org", "nachricht": "\r=1"},
    )
    header, *body = csv_rows(export(client, contact, "csv"))
    row = next(r for r in body if "tab@example.org" in r)
    assert row[header.index("Name")] == "'\t=1"
    assert row[header.index("Nachricht")] == "'\r=1"
    _sheet_header, *sheet_body = xlsx_rows(export(client, contact, "xlsx"))
    sheet_row = next(r for r in sheet_body if ("tab@example.org", "s") in r)
    assert sheet_row[header.index("Name")] == ("'\t=1", "s")
    # XML, which XLSX is made of, reads a carriage return back as a line feed.
    assert sheet_row[header.index("Nachricht")] == ("'\n=1", "s")


def test_refund_export_keeps_the_amount_a_number_and_escapes_the_purpose(client, editor, home_de):
    """The refund form (its own submissions view, with receipts): "-5000,50" typed into
    the amount is exported as the number -5000.50, in the CSV without a quote and in the
    XLSX as a numeric cell; a purpose starting with "-" is escaped."""
    refund = refund_form(home_de, slug="erstattung-ehrenamt")
    post(
        client,
        "/erstattung-ehrenamt/",
        {
            "name": "Jonas Brandt",
            "e_mail": "jonas@example.org",
            "zweck": "-2+3",
            "betrag_in_euro": "-5000,50",
            "iban": "",
            RECEIPTS_FIELD: [SimpleUploadedFile("q.pdf", PDF, content_type="application/pdf")],
        },
    )
    assert FormSubmission.objects.get(page=refund).form_data["betrag_in_euro"] == "-5000.50"

    header, *body = csv_rows(export(client, refund, "csv"))
    [row] = body
    assert row[header.index("Betrag in Euro")] == "-5000.50"
    assert row[header.index("Zweck")] == "'-2+3"
    _sheet_header, *sheet_body = xlsx_rows(export(client, refund, "xlsx"))
    [sheet_row] = sheet_body
    assert sheet_row[header.index("Betrag in Euro")] == (-5000.5, "n")
    assert sheet_row[header.index("Zweck")] == ("'-2+3", "s")


def test_every_form_pages_export_escapes_headings_and_cells(client, editor, home_de):
    """A form page made by editors with labels of their own: field labels starting with "="
    are escaped as headings, typed formulas as cells, its number field stays numeric."""
    form = home_de.add_child(instance=FormPage(title="Umfrage", slug="umfrage", to_address=""))
    for label, clean_name, field_type in [
        ("=Summe", "summe", "number"),
        ("@Hinweis", "hinweis", "singleline"),
    ]:
        FormField.objects.create(
            page=form, locale=form.locale, label=label, clean_name=clean_name, field_type=field_type
        )
    FormSubmission.objects.create(page=form, form_data={"summe": "-7", "hinweis": "+1+1"})

    header, row = csv_rows(export(client, form, "csv"))
    assert header[1:] == ["'=Summe", "'@Hinweis"]
    assert row[1:] == ["-7", "'+1+1"]
    sheet_header, sheet_row = xlsx_rows(export(client, form, "xlsx"))
    assert [value for value, _type in sheet_header[1:]] == ["'=Summe", "'@Hinweis"]
    assert sheet_row[1:] == [(-7, "n"), ("'+1+1", "s")]


# --- Measures -------------------------------------------------------------------------

EVIL_TITLE = '=HYPERLINK("http://evil","Maßnahme")'


@pytest.fixture
def evil_measure(home_de):
    """A measure whose title is a formula, with a negative planned cost. The admin
    refuses negative costs now; one stored before that rule, or written by an import,
    must still be exported as a number."""
    goal = make_goal(home_de, "Leitziel Sprache")
    measure = add_measure(goal, "formel", title=EVIL_TITLE, funding_source="@Haushalt")
    type(measure).objects.filter(pk=measure.pk).update(annual_cost=Decimal("-5000"))
    measure.refresh_from_db()
    return measure


def test_measures_csv_escapes_formulas_and_keeps_amounts_numbers(client, evil_measure):
    """measures.csv: the title and funding source are quoted, the negative cost is the
    plain number -5000; measures.json, data and not a spreadsheet, keeps the title as is."""
    response = client.get("/de/konzept/measures.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    row = next(r for r in body if r[0] == str(evil_measure.pk))
    assert row[header.index("Titel")] == "'" + EVIL_TITLE
    assert row[header.index("Finanzierungsquelle")] == "'@Haushalt"
    assert row[header.index("Geplante Kosten pro Jahr (EUR)")] == "-5000"
    record = next(
        m
        for m in client.get("/de/konzept/measures.json").json()["measures"]
        if m["id"] == evil_measure.pk
    )
    assert record["title"] == EVIL_TITLE and record["annual_cost"] == -5000


def test_editors_measure_listing_export_escapes_titles_and_keeps_costs_numbers(
    client, editor, evil_measure
):
    """The admin's measure listing (CSV and XLSX): the formula title is quoted, the
    cost -5000 stays a number (a numeric cell in the XLSX)."""
    url = reverse("measures:index")
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    header, *body = csv_rows(b"".join(response.streaming_content))
    row = next(r for r in body if r[0] == str(evil_measure.pk))
    assert "'" + EVIL_TITLE in row and EVIL_TITLE not in row
    assert "-5000.00" in row and "'-5000.00" not in row
    assert all(not heading.startswith(("=", "+", "-", "@")) for heading in header)

    response = client.get(url, {"export": "xlsx"})
    _sheet_header, *sheet_body = xlsx_rows(b"".join(response.streaming_content))
    sheet_row = next(r for r in sheet_body if r[0][0] == evil_measure.pk)
    assert ("'" + EVIL_TITLE, "s") in sheet_row
    assert (-5000, "n") in sheet_row


# --- Wagtail's own reports ----------------------------------------------------------


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_wagtails_site_history_and_aging_pages_exports_escape_page_titles(
    client, django_user_model, home_de, export_format
):
    """A page titled like a formula reaches Wagtail's reports through the title an
    editor typed; their exports quote it as every export of ours does."""
    admin = django_user_model.objects.create_superuser("berichte", "b@example.org", "pw")
    client.force_login(admin)
    page = GoalPageFactory.build(title=EVIL_TITLE, slug="formel")
    home_de.add_child(instance=page)
    page.save_revision(user=admin, log_action=True).publish(user=admin)
    for name in ("wagtailadmin_reports:site_history", "wagtailadmin_reports:aging_pages"):
        response = client.get(reverse(name), {"export": export_format})
        assert response.status_code == 200, name
        content = b"".join(response.streaming_content)
        if export_format == "csv":
            cells = [cell for row in csv_rows(content) for cell in row]
        else:
            cells = [value for row in xlsx_rows(content) for value, _type in row]
        assert "'" + EVIL_TITLE in cells, name
        assert EVIL_TITLE not in cells, name
