"""The embedded default does not lose saves while the background worker writes
(issue 17). An editor's save reads, then writes, in one transaction; the worker commits
its own transaction in between. With SQLite's defaults the save fails at once with
"database is locked" (waiting could not help, so SQLite does not wait); with the project's
connection options (cms.settings.services.SQLITE_OPTIONS: immediate transactions, WAL, a
20 s wait) the save takes the write lock first and the worker waits for it. The steps are
ordered with events, not left to timing."""

import threading

import pytest
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

from cms.settings.services import SQLITE_OPTIONS
from tests.support.marks import database_independent

pytestmark = database_independent


@pytest.fixture(autouse=True)
def _own_database_files(django_db_blocker):
    """These tests open SQLite files of their own, not the test database."""
    with django_db_blocker.unblock():
        yield


def open_connection(path, options, alias):
    settings = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": options,
        "TIME_ZONE": None,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "AUTOCOMMIT": True,
        "ATOMIC_REQUESTS": False,
        "TEST": {},
        **dict.fromkeys(["USER", "PASSWORD", "HOST", "PORT"], ""),
    }
    connections[alias] = DatabaseWrapper(settings, alias=alias)
    return connections[alias]


def save_while_the_worker_commits(path, options):
    """Returns (the editor's error or None, the worker's error or None)."""
    setup = open_connection(path, options, "setup")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)")
        cursor.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, done INTEGER)")
        cursor.execute("INSERT INTO page (id, title) VALUES (1, 'Entwurf')")
    setup.close()
    editor_has_read, worker_has_written = threading.Event(), threading.Event()
    errors = {"worker": None, "editor": None}

    def worker():
        connection = open_connection(path, options, "worker")
        editor_has_read.wait(5)
        try:
            with transaction.atomic(using="worker"), connection.cursor() as cursor:
                cursor.execute("INSERT INTO task (done) VALUES (1)")
                worker_has_written.set()
            # Leaving the block commits, which waits for the editor's read to end.
        except OperationalError as error:
            errors["worker"] = str(error)
        finally:
            worker_has_written.set()
            connection.close()

    thread = threading.Thread(target=worker)
    thread.start()
    editor = open_connection(path, options, "editor")
    try:
        with transaction.atomic(using="editor"), editor.cursor() as cursor:
            cursor.execute("SELECT title FROM page WHERE id = 1")
            cursor.fetchone()
            editor_has_read.set()
            # With immediate transactions the worker cannot write now: this times out.
            worker_has_written.wait(1)
            thread.join(0.3)  # the worker is committing, or waiting to begin
            cursor.execute("UPDATE page SET title = 'Fertig' WHERE id = 1")
    except OperationalError as error:
        errors["editor"] = str(error)
    finally:
        editor_has_read.set()
        thread.join()
        editor.close()
    return errors["editor"], errors["worker"]


def test_a_save_waits_for_the_worker_with_the_projects_options(tmp_path):
    assert save_while_the_worker_commits(tmp_path / "db.sqlite3", SQLITE_OPTIONS) == (None, None)


def test_with_sqlites_defaults_the_same_save_is_lost(tmp_path):
    editor_error, _worker_error = save_while_the_worker_commits(
        tmp_path / "db.sqlite3", {"timeout": 5}
    )
    assert editor_error is not None and "locked" in editor_error


def test_the_project_opens_sqlite_in_wal_mode(tmp_path):
    connection = open_connection(tmp_path / "db.sqlite3", SQLITE_OPTIONS, "wal")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    connection.close()
