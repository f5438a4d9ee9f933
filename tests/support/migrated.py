"""The test database as the migrations left it, kept before any test ran, for the tests
that need another freshly migrated database: the demo build (a SQLite file) and the backup
tests' second installation. Copying it takes a second where migrating again took some
20 s on SQLite and 35 s on PostgreSQL: pytest-django ran the same migrations with the same
settings into the test database moments before."""

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


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
