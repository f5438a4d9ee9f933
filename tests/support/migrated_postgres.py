"""A migrated PostgreSQL database to copy, for tests whose servers need one whatever
database the suite runs on (tests/cms/test_two_nodes.py).

Migrating takes some 35 s on an idle machine (Django renders the model states of some
300 migrations) and several times that on a busy one; copying a template takes a
second. So a template is migrated once and kept on the server between runs (the suite's
own copy, tests/support/migrated.py, lives only as long as a PostgreSQL run). It is
named by a digest of every migration file the project loads (its apps' and Wagtail's):
another set of migrations gets a new one, and the outdated ones are dropped then.
Dropping `portal_migrated_*` by hand is harmless: the next run migrates again.
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

PREFIX = "portal_migrated_"
SERVER = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
ROOT = Path(__file__).resolve().parents[2]


def admin(statement, params=()):
    """Runs `statement` on the server's maintenance database (CREATE and DROP DATABASE
    cannot run in a transaction); returns the rows of a query."""
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **SERVER) as connection:
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else None


def migrations_digest():
    """SHA-256 over the path and content of every migration file of the installed apps
    (read, not imported: some migrations query the database when imported)."""
    from django.apps import apps

    digest = hashlib.sha256()
    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        for path in sorted((Path(app.path) / "migrations").glob("*.py")):
            digest.update(f"{app.label}/{path.name}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def kept_template(env):
    """The name of a migrated template on SERVER, migrated now with `env`'s settings (its
    DATABASE_URL replaced) if this set of migrations has none yet."""
    name = PREFIX + migrations_digest()
    if admin("SELECT 1 FROM pg_database WHERE datname = %s", [name]):
        return name
    # Built under a name of its own, then renamed: two runs at once each build theirs,
    # and the second rename fails harmlessly.
    building = f"building_{name}_{os.getpid()}"
    admin(f'CREATE DATABASE "{building}"')
    admin(f'ALTER DATABASE "{building}" SET synchronous_commit = off')
    url = f"postgres://{SERVER['user']}@{SERVER['host']}:{SERVER['port']}/{building}"
    done = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env={**env, "DATABASE_URL": url},
        capture_output=True,
        text=True,
    )
    if done.returncode:
        admin(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
        raise RuntimeError(f"migrate failed:\n{done.stderr[-3000:]}")
    for (old,) in admin("SELECT datname FROM pg_database WHERE datname LIKE %s", [PREFIX + "%"]):
        admin(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
    try:
        admin(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    except Exception:
        admin(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    return name


def new_database(name, env):
    """Creates database `name` on SERVER as a copy of the migrated template."""
    template = kept_template(env)
    admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    admin(f'ALTER DATABASE "{name}" SET synchronous_commit = off')


def drop_database(name):
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
