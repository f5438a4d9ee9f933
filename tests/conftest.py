import json
import os
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command
from filelock import FileLock
from pytest_django.plugin import blocking_manager_key

from tests.support.demo_site import build_demo, copy_demo
from tests.support.migrated import (
    drop_postgres,
    keep_copy,
    migrate_in_background,
    shared_copy,
    start_from,
)


def _group(item):
    marker = item.get_closest_marker("xdist_group")
    return marker and (marker.args[0] if marker.args else marker.kwargs.get("name"))


def pytest_collection_modifyitems(items):
    """The order in which xdist hands out the tests (the Makefile passes
    --no-loadscope-reorder, so it is kept):

    - first the tests that need no database: the workers run them while the main process
      migrates (pytest_configure);
    - then the groups, largest first, as xdist's own reordering would: a long group
      started late would leave one worker alone at the end;
    - then the other tests;
    - last the Varnish and the browser tests, which serve the demo build, so the worker
      that builds it is done. Run early, their worker waited for the build, some 40 s of
      a run, with nothing to do."""
    sizes = Counter(filter(None, map(_group, items)))

    def place(item):
        if "tests/e2e/" in str(item.fspath):
            return (4, 0)
        if item.get_closest_marker("own_site"):
            return (3, 0)
        if item.get_closest_marker("database_independent"):
            return (0, 0)
        if group := _group(item):
            return (1, -sizes[group])
        return (2, 0)

    items.sort(key=place)


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """xdist's main process migrates the run's test database in the background, before
    the workers start (tests.support.migrated.migrate_in_background). Last, so that
    pytest-django has set Django up."""
    from django.db import connection

    main = getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput")
    if not main or config.option.collectonly or not _copies_supported(connection):
        return
    config.migration = migrate_in_background(
        config._tmp_path_factory.getbasetemp() / "migrated",
        config.stash[blocking_manager_key],
    )


@pytest.fixture(scope="session")
def demo_db(request, django_db_setup, django_db_blocker):
    """The demo site in this worker's test database, loaded before the first test marked
    with `tests.support.marks.demo` (see there) and kept for the rest of the session.
    Tests that run on the same worker afterwards see it too, so no test may assume the
    database holds only what it built."""
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            # The browser tests need the same demo in a file: build it once for both.
            folder, _manifest = request.getfixturevalue("demo_build")
            copy_demo(folder, connection)
        else:
            call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no page, rate-limit count or lookup of
    another test is served from it. The page cache's host-to-site table lives in the
    process for a minute; left over from an earlier test it could expire between a
    test's warm-up request and the one it counts queries on. Likewise the Redis circuit
    breakers, and the database backend's: an outage simulated by one test must not open
    the next test's."""
    from django.core.cache import cache

    from cms.db.postgresql.base import reset_breakers as reset_database_breakers
    from cms.ops.redis_cache import reset_breakers
    from cms.pagecache.store import forget_sites

    cache.clear()
    forget_sites()
    reset_breakers()
    reset_database_breakers()
    yield


@pytest.fixture(autouse=True)
def _index_updates(request):
    """A test's saves update the search and reference indexes only where the test reads
    them (`tests.support.marks.indexed`): elsewhere nothing looked at what they wrote, and
    in the modules profiled they were a quarter of the time. The site's own bulk work
    turns them off the same way (home.indexing). An unmarked test that reads an index
    fails, as what it found there could not be what its saves wrote
    (tests.support.indexes)."""
    if request.node.get_closest_marker("indexed"):
        yield
        return
    from home.indexing import index_updates_deferred
    from tests.support.indexes import index_reads

    with index_updates_deferred(), index_reads() as reads:
        yield
    if reads:
        pytest.fail(
            f"{len(reads)} queries read the search or reference index, which this test's "
            f"saves did not update: mark it `indexed` (tests.support.marks). First: "
            f"{reads[0][:300]}"
        )


@pytest.fixture
def page_cache_off(settings):
    """Every request renders its page. The anonymous page cache serves the test client's
    host, whose site unit tests build: it would answer a request from what an earlier one
    stored (purges wait for a commit, which a test's transaction never makes), and a counted
    request would be a cache hit."""
    settings.PAGE_CACHE_EXCLUDED = r"^/"


@pytest.fixture
def home_de(request, db):
    """The German home page: Lübeck's in tests of the demo, otherwise a fresh one built
    with the test (tests.support.site)."""
    from home.models import HomePage
    from tests.support.site import build_home

    if "demo_db" in request.fixturenames:
        return HomePage.objects.get(locale__language_code="de", slug="luebeck")
    return build_home()


@pytest.fixture
def superuser_client(client, django_user_model):
    """The test client logged in as a superuser of the test's own. pytest-django's
    `admin_client` takes an existing "admin", and the demo's is not one a test can use:
    with the demo in the database, its requests were sent to the login."""
    user = django_user_model.objects.create_superuser(
        "test-superuser", "test-superuser@example.org", "superuser-pw-1234"
    )
    client.force_login(user)
    return client


@pytest.fixture
def office_forms(home_de):
    """The office's three forms (contact, refunds, barrier report) below `home_de`, in
    English too (tests.support.forms_data; tests that need the Arabic ones translate
    them)."""
    from tests.support.forms_data import build_office_forms

    return build_office_forms(home_de, languages=("en",))


def _shared_folder(tmp_path_factory, request):
    """A folder all xdist workers of this run share (this process's own without xdist)."""
    if not hasattr(request.config, "workerinput"):
        return tmp_path_factory.getbasetemp()
    return tmp_path_factory.getbasetemp().parent


def _copies_supported(connection):
    """Whether the test database can be kept and copied: PostgreSQL, or SQLite in memory."""
    return connection.vendor == "postgresql" or (
        connection.vendor == "sqlite"
        and connection.creation.is_in_memory_db(connection.creation._get_test_db_name())
    )


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_modify_db_settings,
    tmp_path_factory,
):
    """pytest-django's test databases, migrated once per run and copied: with xdist, the
    main process migrates in the background and keeps a copy (pytest_configure); without,
    or should that fail, the first worker to get here migrates its own and keeps it
    (tests.support.migrated). Migrating took each worker some 20 s on SQLite and 25 s on
    PostgreSQL, both at once on two cores; the copy takes a second."""
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    supported = _copies_supported(connection)
    copies = _shared_folder(tmp_path_factory, request) / "migrated"
    with django_db_blocker.unblock(), FileLock(str(copies) + ".lock"):
        migrated = shared_copy(connection, copies) if supported else None
        if migrated:
            setup = start_from(connection, migrated)
        else:
            setup = setup_databases(verbosity=request.config.option.verbose, interactive=False)
            if supported:
                migrated = keep_copy(connection, copies)
    request.config.migrated_database = migrated
    yield
    with django_db_blocker.unblock():
        teardown_databases(setup, verbosity=request.config.option.verbose)


def pytest_sessionfinish(session):
    """The run's PostgreSQL template goes when every worker is done: the main process's
    session ends last."""
    if hasattr(session.config, "workerinput"):
        return
    if migration := getattr(session.config, "migration", None):
        migration.join()
    from django.db import connection

    copies = session.config._tmp_path_factory.getbasetemp() / "migrated"
    if connection.vendor == "postgresql" and (migrated := shared_copy(connection, copies)):
        drop_postgres(connection, migrated.postgres_template)


@pytest.fixture(scope="session")
def migrated_database(request, django_db_setup):
    """The test database as the migrations left it, before any test ran: a SQLite file or
    a PostgreSQL template, None where the test database is of another kind. Not set up
    for the tests that need no database, so they run while it is migrated; the browser
    fixture asks for it first (tests/e2e/conftest.py)."""
    return request.config.migrated_database


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory, request, migrated_database):
    """(folder, manifest) of the demo database (SQLite) shared by all workers of this run:
    the browser tests and Varnish serve copies of it.

    E2E_DEMO_DIR names a folder of an earlier run to reuse while working on the tests
    (its demo must match the current models); CI always builds afresh."""
    reuse = os.environ.get("E2E_DEMO_DIR")
    if reuse and (Path(reuse) / "manifest.json").exists():
        return Path(reuse), json.loads((Path(reuse) / "manifest.json").read_text())
    folder = _shared_folder(tmp_path_factory, request) / "e2e-demo"
    folder.mkdir(exist_ok=True)
    with FileLock(str(folder) + ".lock"):
        return folder, build_demo(
            folder, migrated=migrated_database and migrated_database.sqlite_file
        )
