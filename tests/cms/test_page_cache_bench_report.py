"""`make bench`'s report on the page cache against a trivial Django view under the same
gunicorn (bench/pages_report.py): a column per page and a verdict against 80 %, on
made-up figures (the bench itself needs gunicorn, wrk and a large database)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import pages_report  # noqa: E402

from tests.support.marks import database_independent

pytestmark = database_independent

TRIVIAL = {"before": 2_100, "after": 1_900, "rps": 2_000}


def row(name, cached_rps, x_cache="HIT"):
    figures = {"p50_us": 500, "p95_us": 1000}
    return {
        "name": name,
        "queries": 10,
        "rps": 50,
        **figures,
        "cached": {**figures, "rps": cached_rps, "x_cache": x_cache},
        "trivial": TRIVIAL,
    }


def test_every_page_gets_its_share_of_the_trivial_view_in_the_table():
    rows = [row("measure", 1_900), row("news", 1_000), row("form", 60, x_cache="BYPASS")]
    lines = pages_report.table(rows, 40_000, "measure").splitlines()
    assert lines[0].endswith("| page cache ÷ trivial view |")
    assert lines[2].endswith("| 95.0 % |")
    assert lines[3].endswith("| 50.0 % ✗ |")
    assert lines[4].endswith("| 3.0 % (never cached) |")
    assert all(line.count("|") == lines[0].count("|") for line in lines)


def test_the_verdict_holds_when_every_cacheable_page_reaches_80_percent():
    rows = [row("measure", 1_700), row("form", 60, x_cache="BYPASS")]
    verdict = pages_report.trivial_verdict(rows)
    assert "2000 req/s: 2100 before the pages, 1900 after" in verdict
    assert "holds for every cacheable page (between 85% and 85%)" in verdict
    assert "Never cached, by design: form." in verdict
    assert verdict in pages_report.cached_verdict(rows, 40_000)


def test_the_verdict_names_the_pages_below_80_percent():
    verdict = pages_report.trivial_verdict([row("measure", 1_700), row("news", 1_500)])
    assert "missed by 1 of 2 cacheable pages (between 75% and 85%): news 75.0 %." in verdict


def test_without_the_trivial_view_there_is_no_column_and_no_verdict():
    rows = [row("measure", 1_700)]
    rows[0].pop("trivial")
    assert "trivial" not in pages_report.table(rows, 40_000, "measure")
    assert pages_report.trivial_verdict(rows) is None
