"""What the bench scripts share besides their servers (bench/servers.py): the scratch
databases they build the demo in, the environment manage.py and the servers run with,
and what a report says about the machine.

Standard library only (psycopg, a dependency, creates the PostgreSQL databases). Nothing
here reads BENCH_DIR: bench/admin.py and bench/varnish_purge.py set it before they
import bench/servers.py.
"""

import json
import os
import platform
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_HOST, PG_PORT = "127.0.0.1", 5432
PRODUCTION_SETTINGS = "cms.settings.production"
# Production settings less any response cache (see the module): `make bench`'s uncached
# figures.
UNCACHED_SETTINGS = "bench.uncached_settings"
# The site's own host name: the page caches (Django's and Varnish's) keep only pages
# asked for under it, as visitors do; 127.0.0.1 is the default-site fallback.
SITE_HOST = "luebeck.localhost"


def log(message=""):
    print(message, flush=True)


def answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


# --- Databases -----------------------------------------------------------------------


def postgres_url(name, fresh, refused=""):
    """The URL of database `name`, created where missing; None when no PostgreSQL answers.
    `refused`: what the log line adds when one answers but refuses."""
    if not answers(PG_HOST, PG_PORT):
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            if fresh:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if exists.fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')
            # A scratch database: no waiting for the disk at each commit. The seeding
            # commits once per translation; this saves part of its time, and the pages
            # only read.
            conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    except psycopg.Error as error:
        log(f"PostgreSQL on {PG_HOST}:{PG_PORT} answers but refused: {error}{refused}.")
        return None
    return f"postgres://postgres@{PG_HOST}:{PG_PORT}/{name}"


def sqlite_url(path, fresh):
    """The URL of the SQLite file `path`; `fresh` removes it first, with its write-ahead
    log (an old log beside a new file would be read as part of it)."""
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def environment(database_url, settings_module, work, **settings):
    """What manage.py and the servers run with: `settings_module` on scratch folders under
    `work`, with `settings` on top."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="bench-only-not-secret",
        PARTICIPATION_HASH_KEY="bench-only-not-secret",
        ALLOWED_HOSTS=f"127.0.0.1,localhost,{SITE_HOST}",
        DEBUG="false",
        MEDIA_ROOT=str(work / "media"),
        PRIVATE_MEDIA_ROOT=str(work / "private"),
        STATIC_ROOT=str(work / "static"),
        MACHINE_TRANSLATOR="offline",
        PYTHONUNBUFFERED="1",
    )
    # Memory cache per process, as in the embedded set-up, unless `settings` name the
    # bench's own Redis; and no purges sent to a Varnish the caller's shell names.
    env.pop("REDIS_URL", None)
    env.pop("VARNISH_URL", None)
    env.update(settings)
    return env


def manage(env, *args):
    started = time.monotonic()
    log(f"$ manage.py {' '.join(args)}")
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def shell(env, script):
    """What `script` prints, run by `manage.py shell` with `env`'s settings."""
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def prepare(env, database=True, admin=False, seed=()):
    """The demo in the scratch database (each command idempotent: a second run reuses it),
    with the demo administrator when `admin`, grown by seed_bench with `seed`'s options."""
    timings = {}
    if database:
        timings["migrate"] = manage(env, "migrate", "--no-input", "-v0")
        timings["load_demo"] = manage(env, "load_demo", "-v0")
        if admin:
            timings["ensure_admin"] = manage(env, "ensure_admin", "-v0")
        if seed:
            timings["seed_bench"] = manage(env, "seed_bench", *seed)
    # Production keeps a manifest of the static files; the templates need it.
    timings["collectstatic"] = manage(env, "collectstatic", "--no-input", "-v0")
    log("  " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))


def in_child(script, output, env, *options):
    """What `script --child output options…` wrote: the measuring in a process of its own,
    where Django is set up with `env`'s settings, not this one's."""
    command = [sys.executable, str(script), "--child", str(output), *options]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return json.loads(Path(output).read_text())


def flush_redis(url):
    subprocess.run(["redis-cli", "-u", url, "flushdb"], capture_output=True, check=False)


# --- The machine ---------------------------------------------------------------------


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text()
    total_kb = int(re.search(r"^MemTotal:\s*(\d+)", meminfo, re.M).group(1))
    return {
        "cores": os.cpu_count(),
        "cpu": model.group(1).strip() if model else platform.processor() or "unknown",
        "ram_gib": total_kb / 1024 / 1024,
        "python": platform.python_version(),
    }


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])
