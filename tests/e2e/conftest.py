"""Browser tests: the demo site served by a real server, driven by Debian's Chromium.

The demo database is built once per test run (under a file lock, so the xdist workers
share it) and copied for each worker, which serves its copy on a port of its own; the
journeys that edit content therefore never disturb another worker's pages."""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from filelock import FileLock

from tests.e2e.helpers import CHROMIUM_ARGS, new_context
from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    """Mark the browser tests and run them last, so the worker that builds their demo does
    so while the other still runs the rest of the suite."""
    browser_tests = [item for item in items if "tests/e2e/" in str(item.fspath)]
    for item in browser_tests:
        item.add_marker(pytest.mark.e2e)
    items[:] = [item for item in items if item not in browser_tests] + browser_tests


def _environment(folder: Path, database: Path) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL"}  # the browser tests serve the embedded default
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.e2e.settings",
        DATABASE_URL=f"sqlite:///{database}",
        E2E_MEDIA_ROOT=str(folder / "media"),
        E2E_PRIVATE_MEDIA_ROOT=str(folder / "private"),
        PYTHONUNBUFFERED="1",
    )
    return env


def _manage(env: dict, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _build_demo(folder: Path) -> dict:
    """The demo site as `make demo` builds it, and the manifest of its page types."""
    database = folder / "demo.sqlite3"
    manifest = folder / "manifest.json"
    if manifest.exists():
        return json.loads(manifest.read_text())
    env = _environment(folder, database)
    _manage(env, "migrate", "--no-input", "-v0")
    _manage(env, "load_demo", "-v0")
    _manage(env, "ensure_admin")
    _manage(env, "ensure_demo_users")
    done = subprocess.run(
        [sys.executable, "-m", "tests.e2e.manifest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    manifest.write_text(done.stdout)
    return json.loads(done.stdout)


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory, request):
    """(folder, manifest) of the demo database shared by all workers of this run.

    E2E_DEMO_DIR names a folder of an earlier run to reuse while working on the tests
    (its demo must match the current models); CI always builds afresh."""
    reuse = os.environ.get("E2E_DEMO_DIR")
    if reuse and (Path(reuse) / "manifest.json").exists():
        return Path(reuse), json.loads((Path(reuse) / "manifest.json").read_text())
    if not hasattr(request.config, "workerinput"):  # not under xdist
        folder = tmp_path_factory.mktemp("e2e-demo")
    else:
        folder = tmp_path_factory.getbasetemp().parent / "e2e-demo"
        folder.mkdir(exist_ok=True)
    with FileLock(str(folder) + ".lock"):
        return folder, _build_demo(folder)


@pytest.fixture(scope="session")
def manifest(demo_build):
    """{page type: {language: path}} for the default (Lübeck) site."""
    return demo_build[1]


def serve_copy(shared, own):
    """Serve a copy of the shared demo database from folder `own`; yields the base URL."""
    database = own / "demo.sqlite3"
    shutil.copy(shared / "demo.sqlite3", database)
    env = _environment(shared, database)
    port = free_port()
    log = open(own / "server.log", "w")  # noqa: SIM115 - lives as long as the server
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/robots.txt", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError((own / "server.log").read_text()) from None
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture(scope="session")
def site_url(demo_build, tmp_path_factory):
    """Base URL of a server of this worker's own copy of the demo."""
    yield from serve_copy(demo_build[0], tmp_path_factory.mktemp("e2e-site"))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if not executable:
        pytest.fail("Debian's chromium is missing: run `make browser` (make test does).")
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def context(browser, site_url):
    context = new_context(browser, site_url)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()
