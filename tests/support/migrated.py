"""The test database as the migrations left it, kept before any test ran: the other
xdist workers start their test databases from it, and so do the tests that need another
freshly migrated database (the demo build, the backup tests' second installation).
Copying it takes a second where migrating again took some 20 s on SQLite and 35 s on
PostgreSQL: the same migrations with the same settings."""

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from filelock import FileLock


@dataclass(frozen=True)
class Migrated:
    """Either a SQLite file or the name of a PostgreSQL template database."""

    sqlite_file: Path | None = None
    postgres_template: str | None = None


def server_of(connection):
    given = connection.settings_dict
    return {
        "host": given["HOST"] or "127.0.0.1",
        "port": given["PORT"] or 5432,
        "user": given["USER"],
        "password": given["PASSWORD"] or None,
    }


@contextmanager
def postgres_admin(connection):
    """An autocommit connection to the server's maintenance database: CREATE and DROP
    DATABASE cannot run inside a transaction."""
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **server_of(connection)) as admin:
        yield admin


def keep_sqlite(connection, path: Path) -> Migrated:
    connection.ensure_connection()
    partial = path.with_suffix(".partial")
    target = sqlite3.connect(partial)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    partial.rename(path)
    return Migrated(sqlite_file=path)


def keep_postgres(connection) -> Migrated:
    """A template copy of this worker's test database. PostgreSQL copies a database only
    while nobody is connected to it, so this process lets go of its connection first
    (Django opens a new one at the next query)."""
    name = f"{connection.settings_dict['NAME']}_migrated"
    connection.close()
    with postgres_admin(connection) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
    return Migrated(postgres_template=name)


def keep_copy(connection, copies: Path) -> Migrated:
    """Keep the freshly migrated test database for the other workers and tests of this
    run, and say where it is in `copies`.json."""
    if connection.vendor == "sqlite":
        migrated = keep_sqlite(connection, copies.with_suffix(".sqlite3"))
    else:
        migrated = keep_postgres(connection)
    copies.with_suffix(".json").write_text(
        json.dumps(
            {
                "sqlite_file": str(migrated.sqlite_file or ""),
                "postgres_template": migrated.postgres_template,
            }
        )
    )
    return migrated


def shared_copy(connection, copies: Path) -> Migrated | None:
    """The copy another worker of this run kept, if it is of this database's kind and
    still there."""
    try:
        found = json.loads(copies.with_suffix(".json").read_text())
    except FileNotFoundError:
        return None
    if connection.vendor == "sqlite" and found["sqlite_file"]:
        return Migrated(sqlite_file=Path(found["sqlite_file"]))
    if connection.vendor == "postgresql" and found["postgres_template"]:
        with postgres_admin(connection) as admin:
            there = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [found["postgres_template"]]
            ).fetchone()
        if there:
            return Migrated(postgres_template=found["postgres_template"])
    return None


def start_from(connection, migrated: Migrated) -> list:
    """Set up this process's test database as a copy of `migrated`, as Django's
    create_test_db would have left it after migrating; returns what
    django.test.utils.teardown_databases takes to destroy it."""
    from django.conf import settings

    creation = connection.creation
    old_name = connection.settings_dict["NAME"]
    test_name = creation._get_test_db_name()
    if connection.vendor == "postgresql":
        connection.close()
        with postgres_admin(connection) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{test_name}"')
            admin.execute(f'CREATE DATABASE "{test_name}" TEMPLATE "{migrated.postgres_template}"')
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        source = sqlite3.connect(migrated.sqlite_file)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    return [(connection, old_name, True)]


def drop_postgres(connection, name):
    with postgres_admin(connection) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def new_database(connection, folder: Path, migrated: Migrated | None):
    """The URL of a new database of the kind the tests run on: a copy of `migrated` if
    given, else one without tables. Dropped afterwards (PostgreSQL)."""
    if connection.vendor == "sqlite":
        if migrated:
            (folder / "portal.sqlite3").write_bytes(migrated.sqlite_file.read_bytes())
        yield f"sqlite:///{folder}/portal.sqlite3"
        return
    name = f"{connection.settings_dict['NAME']}_restored_{os.getpid()}"
    template = f' TEMPLATE "{migrated.postgres_template}"' if migrated else ""
    with postgres_admin(connection) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"{template}')
    server = server_of(connection)
    password = f":{quote(server['password'])}" if server["password"] else ""
    try:
        yield (
            f"postgres://{quote(server['user'])}{password}@{server['host']}:{server['port']}/{name}"
        )
    finally:
        drop_postgres(connection, name)


def migrate_in_background(copies: Path, blocker) -> threading.Thread:
    """Migrate a test database of this process in a thread and keep its copy for the xdist
    workers, under the lock they would migrate under (tests/conftest.py, django_db_setup).

    xdist's main process starts this before the workers start: the 20 s of migrating then
    overlap their start and collection, and the tests that need no database, which run
    first. Should it fail, the workers find no copy and migrate as before, so the error
    shows in their tests."""
    holding = threading.Event()

    def migrate():
        from django.db import connection
        from django.test.utils import setup_databases, teardown_databases

        with FileLock(str(copies) + ".lock"):
            holding.set()
            with blocker.unblock():
                setup = setup_databases(verbosity=0, interactive=False)
                try:
                    keep_copy(connection, copies)
                finally:
                    teardown_databases(setup, verbosity=0)

    thread = threading.Thread(target=migrate, name="migrate-for-workers", daemon=True)
    thread.start()
    # The workers start only once the lock is held, so none of them migrates as well.
    holding.wait(timeout=60)
    return thread
