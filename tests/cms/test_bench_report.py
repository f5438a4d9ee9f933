"""`make bench`'s own judgement: the mixed load catches a 5xx, the verdicts hold a page
against the right ceiling and leave out what is never cached by design.

The bench itself needs gunicorn, nginx, Varnish and a large database; these tests check
its bookkeeping against a tiny local HTTP server and made-up figures.
"""

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import pages_report  # noqa: E402
import soak  # noqa: E402

from tests.support.marks import database_independent

pytestmark = database_independent


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the name http.server calls)
        status = 500 if self.path.startswith("/broken/") else 200
        if "page=%27" in self.path:
            status = 400
        if "nicht" in self.path:
            status = 404
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_variants_weight_plain_pages_and_add_odd_page_numbers_and_a_missing_page():
    urls = soak.variants(["/de/a/", "/de/b/?x=1"])
    assert urls.count("/de/a/") == 4
    assert "/de/a/?page=2" in urls
    assert "/de/b/?x=1&page=2" in urls
    assert sum("page=%27" in url for url in urls) == 2
    assert sum("nicht" in url for url in urls) == 1


def test_the_mixed_load_counts_every_answer_and_reports_the_5xx(server):
    result = soak.soak(server, ["/fine/", "/broken/"], "example.localhost", total=130)
    assert sum(result["statuses"].values()) == 130
    # 7 distinct URLs in the rotation; /broken/ and its two variants answer 500.
    assert result["distinct_urls"] == 7
    assert result["failed"] == result["statuses"]["500"] > 0
    assert {f["path"].split("?")[0] for f in result["failures"]} == {"/broken/"}
    assert "400" in result["statuses"] and "404" in result["statuses"]


def test_the_mixed_load_passes_when_nothing_fails(server):
    result = soak.soak(server, ["/fine/"], "example.localhost", total=50)
    assert result["failed"] == 0
    assert "holds" in pages_report.soak_verdict(result, "PostgreSQL (x)")


def test_a_dropped_connection_is_a_failure():
    result = soak.soak("http://127.0.0.1:9", ["/fine/"], "example.localhost", total=5)
    assert result["failed"] == 5
    assert "missed" in pages_report.soak_verdict(result, "PostgreSQL (x)")


def row(name, rps, varnish, x_cache="HIT", nginx_same=None):
    figures = {"p95_us": 1000, "p50_us": 500}
    found = {
        "name": name,
        "queries": 10,
        "rps": rps,
        "p50_us": 500,
        "p95_us": 1000,
        "cached": {**figures, "rps": 1000, "x_cache": x_cache},
        "varnish": {**figures, "rps": varnish},
    }
    if nginx_same:
        found["nginx_same"] = nginx_same
    return found


def test_varnish_verdict_holds_a_large_page_against_its_own_html():
    rows = [
        row("small", 50, 30_000),
        # Below half of the typical page's 40,000, but 80 % of its own HTML's 15,000.
        row("large", 40, 12_000, nginx_same=15_000),
    ]
    verdict = pages_report.pass_verdict(rows, 40_000, "varnish", "Varnish")
    assert "holds for every cacheable page" in verdict
    assert "large 80.0 % of nginx serving its own HTML" in verdict


def test_varnish_verdict_still_fails_a_page_slow_against_its_own_html():
    rows = [row("large", 40, 5_000, nginx_same=15_000)]
    verdict = pages_report.pass_verdict(rows, 40_000, "varnish", "Varnish")
    assert "missed by 1 of 1" in verdict


def test_pages_the_cache_never_keeps_are_named_not_counted_as_missed():
    rows = [row("measure", 50, 30_000), row("form", 50, 60, x_cache="BYPASS")]
    rows.append(row("search results", 20, 20, x_cache="none"))
    verdict = pages_report.pass_verdict(rows, 40_000, "varnish", "Varnish")
    assert "holds for every cacheable page" in verdict
    assert "Never cached, by design: form, search results." in verdict
    table = pages_report.table(rows, 40_000, "measure")
    assert "(never cached)" in table.splitlines()[3]
