"""Browser tests: the demo site served by a real server, driven by Debian's Chromium.

The demo database is built once per test run (`demo_build`, tests/conftest.py) and copied
for each worker, which serves its copy on a port of its own; the journeys that edit
content therefore never disturb another worker's pages."""

import shutil
from pathlib import Path

import pytest

from tests.e2e.helpers import CHROMIUM_ARGS, new_context
from tests.support.demo_site import serve_copy

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    """Mark the browser tests, which CI's PostgreSQL pass leaves out; tests/conftest.py
    hands them out last."""
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def manifest(demo_build):
    """{page type: {language: path}} for the default (Lübeck) site."""
    return demo_build[1]


@pytest.fixture(scope="session")
def site_url(demo_build, tmp_path_factory):
    """Base URL of a server of this worker's own copy of the demo."""
    yield from serve_copy(demo_build[0], tmp_path_factory.mktemp("e2e-site"))


@pytest.fixture(scope="session")
def browser(migrated_database):
    """Chromium, started after the test database is set up: once Playwright runs, this
    thread has an event loop, and Django refuses database work in it (a run of only
    browser tests would otherwise set the database up there)."""
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
