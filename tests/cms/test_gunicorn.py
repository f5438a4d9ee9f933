"""The production gunicorn configuration (deploy/gunicorn/gunicorn.conf.py), run for real
with a slow stand-in application: it names no server software, and a worker that is told
to stop, or a reload of all of them, finishes the requests it has accepted (issue 22.9).
A worker killed outright loses what it held; Varnish retries those GETs
(tests/cms/test_varnish.py, and the fault pass of `make bench` counts them)."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.support.marks import database_independent
from tests.support.ports import free_port

pytestmark = database_independent

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


@pytest.fixture
def serving(tmp_path):
    """The folder where the stand-in application marks the workers that began a request."""
    return tmp_path


@pytest.fixture
def server(serving):
    port = free_port()
    env = {
        **os.environ,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "SLOW_WSGI_SERVING": str(serving),
    }
    process = subprocess.Popen(
        [
            str(GUNICORN),
            "-c",
            "deploy/gunicorn/gunicorn.conf.py",
            "tests.support.slow_wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base, timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
    yield process, base
    process.terminate()
    process.wait(timeout=40)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except OSError as error:
        return type(error).__name__, {}, ""


def under_load(base, interrupt, requests=24):
    """Sends slow requests from eight clients; after a moment, calls `interrupt`."""
    with ThreadPoolExecutor(8) as pool:
        answers = [pool.submit(fetch, f"{base}/?ms=600") for _ in range(requests)]
        time.sleep(0.3)  # the first eight are being served
        interrupt()
        return [answer.result() for answer in answers]


def test_gunicorn_names_no_server_software(server):
    _process, base = server
    status, headers, _body = fetch(base)
    assert status == 200
    assert "Server" not in headers


def test_a_worker_told_to_stop_finishes_the_requests_it_accepted(server, serving):
    _process, base = server
    pids = {fetch(f"{base}/?ms=100")[2] for _ in range(20)}
    victim = int(sorted(pids)[0])
    for mark in serving.iterdir():
        mark.unlink()

    def stop_the_victim_while_it_serves():
        # The kernel hands each connection to whichever worker accepts first; stopped
        # before it held one, the victim would prove nothing (a fast machine did that).
        deadline = time.monotonic() + 10
        while not (serving / str(victim)).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(victim, signal.SIGTERM)

    answers = under_load(base, stop_the_victim_while_it_serves)
    assert [status for status, _h, _b in answers] == [200] * len(answers)
    assert str(victim) in {body for _s, _h, body in answers}, "the worker served nothing"


def test_a_reload_of_all_workers_drops_no_request(server):
    process, base = server
    before = {fetch(f"{base}/?ms=50")[2] for _ in range(10)}
    answers = under_load(base, lambda: os.kill(process.pid, signal.SIGHUP))
    assert [status for status, _h, _b in answers] == [200] * len(answers)
    time.sleep(1)
    after = {fetch(f"{base}/?ms=50")[2] for _ in range(10)}
    assert before.isdisjoint(after), "the workers were not replaced"


def test_the_wsgi_module_freezes_what_the_import_made():
    """cms.wsgi leaves what the import made (modules, URL patterns, settings) out of the
    collector's full collections: frozen, they are not walked on each one, and with
    preload the workers share those pages unwritten."""
    script = "import gc, cms.wsgi; print(gc.get_freeze_count())"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) > 50_000
