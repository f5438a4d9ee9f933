"""`make bench`'s reference pass against bakerydemo (bench/bakerydemo.py): where its source
comes from, and the verdict on the ratio of each pair. The pass itself needs a second
virtual environment and gunicorn; these tests check its bookkeeping."""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bakerydemo  # noqa: E402

from tests.support.marks import database_independent

pytestmark = database_independent

INFO = {"commit": bakerydemo.COMMIT, "database": "SQLite"}


def pair(name, rps, reference_rps):
    return {
        "name": name,
        "path": f"/de/{name}/",
        "reference": "/breads/",
        "rps": rps,
        "reference_rps": reference_rps,
        "ratio": rps / reference_rps,
    }


def test_every_pair_at_least_twice_as_fast_holds():
    text = bakerydemo.report([pair("home", 120, 50), pair("measure", 90, 40)], INFO)
    assert "holds for every pair (×2.25 to ×2.40)" in text
    assert "✗" not in text


def test_a_pair_below_twice_is_named_with_its_ratio():
    text = bakerydemo.report([pair("home", 120, 50), pair("signpost", 60, 40)], INFO)
    assert "missed by 1 of 2 pairs: signpost ×1.50" in text
    assert "| signpost | 60.0 | `/breads/` | 40.0 | ×1.50 ✗ |" in text


def test_without_a_source_the_report_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("BAKERYDEMO_DIR", str(tmp_path))  # an empty folder: no bakerydemo
    assert bakerydemo.source(tmp_path / "work") is None
    assert "was not measured in this run" in bakerydemo.report([], None)


def test_the_pinned_commit_is_taken_from_a_git_directory(tmp_path, monkeypatch):
    """A repository holding the pinned commit (here: a new one made to stand for it) is
    unpacked at that commit, never used as it is."""
    repo = tmp_path / "repo"
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "manage.py").write_text("# bakerydemo\n")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    head = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    monkeypatch.setattr(bakerydemo, "COMMIT", head[:7])
    monkeypatch.setenv("BAKERYDEMO_DIR", str(repo))
    work = tmp_path / "work"
    found = bakerydemo.source(work)
    assert found == work / f"bakerydemo-{head[:7]}"
    assert (found / "manage.py").read_text() == "# bakerydemo\n"


def test_each_bakerydemo_page_is_asked_for_before_any_is_measured():
    """bakerydemo makes its image renditions on a page's first views: the pass asks for
    each of its pages (once per path, though pairs share paths) three times first."""
    import threading
    from collections import Counter
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from types import SimpleNamespace

    asked = Counter()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            asked[self.path] += 1
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        reference = SimpleNamespace(
            base=f"http://127.0.0.1:{server.server_port}",
            paths={"home": "/", "concept": "/blog/", "signpost": "/locations/", "x": "/"},
        )
        bakerydemo.warm(reference)
    finally:
        server.shutdown()
    assert asked == {"/": 3, "/blog/": 3, "/locations/": 3}
