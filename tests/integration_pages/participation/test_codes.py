"""One-time codes for a prioritisation: made by the office, stored only as hashes, printed
as a PDF sheet of slips (`manage.py prioritisation_codes`), redeemed once on the page."""

import datetime
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from integration_pages.participation import codes as codes_module
from integration_pages.participation.codes import ALPHABET, generate_codes
from integration_pages.participation.records import ParticipationCode, code_hash
from integration_pages.participation.slips import latin1, slip_sheet, slips_pdf
from tests.support.participation_data import make_process
from tests.support.site import add_home, translated

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

PRINTED = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}-[{ALPHABET}]{{2}}$")


@pytest.fixture
def process(home_de):
    return make_process(home_de, reader="de")[0]


def _closed(home):
    now = timezone.now()
    return make_process(
        home,
        opens=now - datetime.timedelta(days=10),
        closes=now - datetime.timedelta(days=1),
        reader="de",
    )[0]


def _make(*args):
    out = io.StringIO()
    call_command("prioritisation_codes", *args, stdout=out)
    return out.getvalue()


def test_codes_are_stored_only_as_their_hashes(process):
    made = generate_codes(process, 20)
    rows = list(ParticipationCode.objects.filter(process=process).values())
    assert len(rows) == 20
    assert {row["code_hash"] for row in rows} == {code_hash(code) for code in made}
    stored = " ".join(str(value) for row in rows for value in row.values())
    for code in made:
        assert code not in stored
        assert code.replace("-", "") not in stored
    assert all(row["used_at"] is None for row in rows)


def test_codes_are_unique_and_printed_in_groups_without_ambiguous_characters(process):
    made = generate_codes(process, 500)
    assert len(made) == len(set(made)) == 500
    assert all(PRINTED.match(code) for code in made)
    assert not set("".join(made)) & set("01OIL")


def test_a_code_that_exists_already_is_drawn_again_and_the_batch_goes_through(process, monkeypatch):
    (first,) = generate_codes(process, 1)
    draws = iter([first, first, "ABCD-EFGH-JK", "MNPQ-RSTU-VW"])
    monkeypatch.setattr(codes_module, "draw_code", lambda: next(draws))
    assert generate_codes(process, 2) == ["ABCD-EFGH-JK", "MNPQ-RSTU-VW"]
    assert ParticipationCode.objects.filter(process=process).count() == 3


def test_a_code_stored_between_check_and_insert_rolls_back_that_round_only(process, monkeypatch):
    """The unique index, not the check before, decides: a collision it reports draws again."""
    (first,) = generate_codes(process, 1)
    # The round with the collision is rolled back whole: its other code is never stored.
    draws = iter([first, "WXYZ-2345-67", "ABCD-EFGH-JK", "MNPQ-RSTU-VW"])
    monkeypatch.setattr(codes_module, "draw_code", lambda: next(draws))
    real_taken = codes_module._taken
    checks = []

    def taken(hashes):
        checks.append(hashes)
        # The first check misses the code, as if it had been stored just after it.
        return set() if len(checks) == 1 else real_taken(hashes)

    monkeypatch.setattr(codes_module, "_taken", taken)
    assert generate_codes(process, 2) == ["ABCD-EFGH-JK", "MNPQ-RSTU-VW"]
    assert len(checks) == 2
    assert ParticipationCode.objects.filter(process=process).count() == 3
    assert not ParticipationCode.objects.filter(code_hash=code_hash("WXYZ-2345-67")).exists()


def test_codes_for_a_language_version_belong_to_the_german_process(process):
    english = translated(process, "en", title="Online prioritisation")
    assert english.pk != process.pk
    generate_codes(english, 3)
    assert ParticipationCode.objects.filter(process=process).count() == 3
    assert not ParticipationCode.objects.filter(process_id=english.pk).exists()


def test_the_command_writes_a_pdf_with_ten_slips_a_page(process, tmp_path):
    target = tmp_path / "slips.pdf"
    out = _make("--process", str(process.pk), "--count", "25", "--output", str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    # 25 codes: two full pages and one with five slips; the page tree is never compressed.
    assert b"/Count 3" in data
    assert len(re.findall(rb"/Type /Page\b", data)) == 3
    assert b"/Lang (de)" in data
    assert ParticipationCode.objects.filter(process=process).count() == 25
    assert "25 codes" in out and "3 page(s)" in out and str(target) in out


def test_the_sheet_counts_its_pages_and_keeps_german_letters(process):
    made = [f"ABCD-EFGH-{n:02d}" for n in range(21)]
    sheet = slip_sheet(process, made, "https://example.org/priorisierung/")
    assert sheet.pages_count == 3
    assert sheet.title == f"Codes: {process.title}"
    assert slips_pdf(process, made[:10], "https://example.org/p/").startswith(b"%PDF")
    assert latin1("„Öffnungszeiten“ – Straße …") == '"Öffnungszeiten" - Straße ...'
    assert latin1("Łódź ✓") == "Lódz ?"


def test_a_generated_code_gives_one_ballot_typed_in_any_case_and_without_hyphens(client, process):
    first, second = generate_codes(process, 2)
    page = translated(process, "en")  # read in English: the messages are the source strings
    response = client.post(page.url + "code/", {"code": first, "consent": "on"})
    assert response.status_code == 302
    assert "/ballot/" in response["Location"]

    again = client.post(page.url + "code/", {"code": first, "consent": "on"})
    assert again.status_code == 400
    assert "already been used" in again.content.decode()

    typed = second.lower().replace("-", "")
    assert client.post(page.url + "code/", {"code": typed, "consent": "on"}).status_code == 302
    assert ParticipationCode.objects.filter(process=process, used_at__isnull=False).count() == 2


@pytest.mark.parametrize("count", ["0", "5001"])
def test_the_command_refuses_a_count_out_of_range(process, tmp_path, count):
    target = tmp_path / "slips.pdf"
    with pytest.raises(CommandError, match="between 1 and 5000"):
        _make("--process", str(process.pk), "--count", count, "--output", str(target))
    assert not target.exists()
    assert not ParticipationCode.objects.filter(process=process).exists()


def test_the_command_refuses_a_closed_process(home_de, tmp_path):
    closed = _closed(home_de)
    with pytest.raises(CommandError, match="has closed"):
        _make("--process", str(closed.pk), "--count", "5", "--output", str(tmp_path / "x.pdf"))
    assert not ParticipationCode.objects.filter(process=closed).exists()


def test_the_command_refuses_a_process_by_email_only(home_de, tmp_path):
    by_mail = make_process(home_de, admission="email", reader="de")[0]
    with pytest.raises(CommandError, match="e-mail only"):
        _make("--process", str(by_mail.pk), "--count", "5", "--output", str(tmp_path / "x.pdf"))
    assert not ParticipationCode.objects.filter(process=by_mail).exists()


def test_the_command_finds_a_process_by_slug_and_writes_next_to_the_caller(
    home_de, tmp_path, monkeypatch
):
    # a slug of its own: the demo, where a test may run, has a "priorisierung" too
    process = make_process(home_de, reader="de", slug="eigene-priorisierung")[0]
    monkeypatch.chdir(tmp_path)
    out = _make("--process", "eigene-priorisierung", "--count", "3")
    written = tmp_path / "eigene-priorisierung-codes.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in out
    assert ParticipationCode.objects.filter(process=process).count() == 3


def test_the_command_refuses_an_unknown_process(process, tmp_path):
    for unknown in ("999999", "keine-priorisierung"):
        with pytest.raises(CommandError, match="There is no prioritisation process"):
            _make("--process", unknown, "--count", "1", "--output", str(tmp_path / "x.pdf"))


def test_the_command_asks_for_the_id_where_processes_share_a_slug(process, tmp_path):
    other = make_process(add_home("Andere Stadt", "andere-stadt"), reader="de")[0]
    assert other.slug == process.slug
    with pytest.raises(CommandError, match="Use the page id") as refused:
        _make("--process", process.slug, "--count", "1", "--output", str(tmp_path / "x.pdf"))
    assert str(process.pk) in str(refused.value) and str(other.pk) in str(refused.value)
    assert not ParticipationCode.objects.filter(process=process).exists()


def test_the_command_never_overwrites_an_earlier_sheet(process, tmp_path):
    """The plain codes exist only in the PDF: overwriting it would lose them."""
    target = tmp_path / "slips.pdf"
    target.write_bytes(b"earlier sheet")
    with pytest.raises(CommandError, match="exists already"):
        _make("--process", str(process.pk), "--count", "2", "--output", str(target))
    assert target.read_bytes() == b"earlier sheet"
    assert not ParticipationCode.objects.filter(process=process).exists()
