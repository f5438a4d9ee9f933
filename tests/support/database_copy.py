"""A copy of this worker's test database that other processes can open: for tests whose
subject is several processes or connections at once, which a test transaction hides."""

import sqlite3
import uuid
from contextlib import contextmanager

from django.db import connection


@contextmanager
def copied_database(tmp_path):
    """Yields the URL of a copy of the test database's committed state; dropped after.
    Call with the database unblocked (django_db_blocker) and outside a test transaction."""
    if connection.vendor == "sqlite":
        # The test database lives in this process's memory: copy it into a file.
        connection.ensure_connection()
        path = tmp_path / "db.sqlite3"
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        yield f"sqlite:///{path}"
        return
    import psycopg

    source = connection.settings_dict["NAME"]
    copy = f"copy_{uuid.uuid4().hex[:10]}"
    # A template must have no other sessions while it is copied.
    connection.close()
    server = {
        "host": connection.settings_dict["HOST"] or "127.0.0.1",
        "port": connection.settings_dict["PORT"] or 5432,
        "user": connection.settings_dict["USER"] or "postgres",
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
    try:
        yield f"postgres://{server['user']}@{server['host']}:{server['port']}/{copy}"
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
