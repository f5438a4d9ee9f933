"""The demo site as `make demo` builds it, in a SQLite file built once per test run and
shared by the xdist workers (browser tests, Varnish), and a server of a copy of it."""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


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


def _python(env: dict, task: str, *args: str) -> str:
    """The output of this Python run with `args` in the project folder; RuntimeError naming
    `task` with both outputs when it fails."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"{task} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _manage(env: dict, *args: str) -> str:
    return _python(env, f"manage.py {' '.join(args)}", "manage.py", *args)


def build_demo(folder: Path, migrated: Path | None = None) -> dict:
    """The demo site as `make demo` builds it, and the manifest of its page types.
    `migrated`: a SQLite file the migrations were already applied to, copied rather than
    migrating again."""
    database = folder / "demo.sqlite3"
    manifest = folder / "manifest.json"
    if manifest.exists():
        return json.loads(manifest.read_text())
    env = _environment(folder, database)
    if migrated:
        shutil.copyfile(migrated, database)
    built = _python(
        env, "building the demo", "-m", "tests.e2e.build", *([] if migrated else ["--migrate"])
    )
    manifest.write_text(built)
    return json.loads(built)


def copy_demo(folder: Path, connection) -> None:
    """Copy the demo database built in `folder` into this process's in-memory SQLite test
    database, and its media files into this process's media folders. The two databases
    come from the same migrations, so the copy is what `load_demo` would have made here."""
    import sqlite3

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType

    connection.ensure_connection()
    source = sqlite3.connect(folder / "demo.sqlite3")
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    for name, setting in (("media", "MEDIA_ROOT"), ("private", "PRIVATE_MEDIA_ROOT")):
        if (folder / name).is_dir():
            shutil.copytree(folder / name, getattr(settings, setting), dirs_exist_ok=True)
    ContentType.objects.clear_cache()
    # The browser tests' build also holds the accounts of ensure_admin and
    # ensure_demo_users, which `load_demo` does not make: without them the copy is what it
    # would have made here, and tests may create an "admin" of their own.
    from home.management.commands.ensure_admin import DEFAULT_USERNAME
    from home.management.commands.ensure_demo_users import ACCOUNTS

    usernames = [DEFAULT_USERNAME, *(account[0] for account in ACCOUNTS)]
    get_user_model().objects.filter(username__in=usernames).delete()


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
