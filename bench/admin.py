"""`make bench-admin`: the server time of opening and publishing each page type's editor.

Prints figures; it is not a test and fails only when something does not work (an editor
that does not open, a publish the form refuses). Steps:

1. A scratch database built as `make demo` builds it: PostgreSQL `portal_bench_admin` on
   127.0.0.1:5432 when one answers, else SQLite under /tmp/bench_admin (`--db both`
   measures on both, `--db sqlite` on SQLite only). `migrate`, `load_demo`, `ensure_admin`
   and `collectstatic` are idempotent: a second run reuses the database (`--fresh` starts
   over). `--large` grows the demo as `make bench` does (`seed_bench`), in a database of
   its own.
2. A process per database with production settings (`cms.settings.production`: DEBUG off;
   the cache on Redis, db 10, when one answers on 127.0.0.1:6379, else in memory; a
   Varnish with deploy/varnish/default.vcl as VARNISH_URL, so that publishing purges it
   as in production, unless `--no-varnish` or varnishd is missing; TASKS on the database
   backend and no worker running, so that what a view queues stays queued) logs in as the
   demo administrator, second factor included, and for one German page of every page
   type of home/ and integration_pages/ that the demo holds measures, in-process through
   Django's test client:
   - edit: GET the page's edit form;
   - add: GET the add form for a page of that type under the same parent (or, for types
     allowed once per parent, under another page that may hold one);
   - publish: POST the edit form as rendered, unchanged, with "Publish"
     (bench/editor_form.py reads the form, StreamFields included);
   - create: POST that same data with a new title and slug to the add form, with
     "Publish": the first publish of a new page. The pages it creates are deleted again,
     and so are the tasks the requests queued.
   One uncounted request of each first (templates, per-process caches), then the median
   of `--runs` requests; the SQL queries of one request more; for publish and create the
   background tasks each one queued (django-tasks' database queue).
3. Prints the table and writes it into docs/performance.md between its markers
   (`bench:admin:begin`/`bench:admin:end`), leaving the analysis around them alone.

`--profile --only MeasurePage --action create` profiles instead (cProfile over the runs)
and prints where the time goes and which code runs the queries.

Run with the project's venv; besides Django and Wagtail it needs BeautifulSoup, a
dependency of Wagtail. This module prepares the databases and starts a measuring process
per database: bench/admin_measure.py, driving bench/editor.py (`--profile`:
bench/profiling.py); bench/admin_report.py writes the table.
"""

import argparse
import json
import os
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

import scratch
from admin_measure import ACTIONS, measure
from admin_report import section, write_doc
from scratch import (
    PG_HOST,
    PG_PORT,
    PRODUCTION_SETTINGS,
    ROOT,
    answers,
    flush_redis,
    in_child,
    load_average,
    log,
    machine,
    postgres_url,
    prepare,
    sqlite_url,
)

WORK = Path(os.environ.get("BENCH_ADMIN_DIR", "/tmp/bench_admin"))
PG_DB = "portal_bench_admin"
SQLITE_FILE = WORK / "portal.sqlite3"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
BENCH_REDIS = f"redis://{REDIS_HOST}:{REDIS_PORT}/10"

# `--large`: the site `make bench` measures (bench/run.py's defaults).
LARGE = ("--measures=300", "--services=200", "--news=100")


def databases(args):
    """[(url, description)] for --db."""
    chosen = []
    name = f"{PG_DB}_large" if args.large else PG_DB
    sqlite_file = SQLITE_FILE.with_name("portal-large.sqlite3") if args.large else SQLITE_FILE
    size = ", seeded as for `make bench`" if args.large else ""
    if args.db in ("auto", "postgres", "both"):
        url = postgres_url(name, args.fresh)
        if url:
            chosen.append((url, f"PostgreSQL ({name} on {PG_HOST}:{PG_PORT}{size})"))
        elif args.db == "postgres":
            raise SystemExit(f"No PostgreSQL answers on {PG_HOST}:{PG_PORT}.")
    if args.db in ("sqlite", "both") or (args.db == "auto" and not chosen):
        chosen.append((sqlite_url(sqlite_file, args.fresh), f"SQLite ({sqlite_file}{size})"))
    return chosen


def start_varnish():
    """Varnish with deploy/varnish/default.vcl, as production runs it in front: publishing
    sends it the purges VARNISH_URL and VARNISH_PURGE make (by key unless the environment
    says "urls"). Nothing is served through it here; only the purges count (bench/
    varnish_purge.py compares the two ways). None when varnishd is missing."""
    # bench/servers.py keeps its servers' folders under BENCH_DIR: ours, not `make bench`'s.
    os.environ["BENCH_DIR"] = str(WORK)
    sys.path.insert(0, str(ROOT / "bench"))
    import servers

    if not (shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")):
        log(
            "varnishd is missing: measuring without Varnish "
            "(apt-get install varnish varnish-modules)."
        )
        return None
    # No backend answers behind it: a purge never asks one.
    return servers.Varnish(servers.free_port())


def environment(database_url, redis, varnish=None):
    """Production settings on scratch folders, as bench/run.py runs them."""
    settings = {}
    if redis:
        settings["REDIS_URL"] = BENCH_REDIS
    if varnish:
        settings["VARNISH_URL"] = varnish.base
    # The test client asks under the site's host on its default port: no redirect to
    # the site's canonical origin (cms.ops.canonical); https through `secure=True`.
    return scratch.environment(
        database_url, PRODUCTION_SETTINGS, WORK, CANONICAL_HOST_REDIRECT="false", **settings
    )


def measure_database(url, described, args, redis, varnish, results):
    """Prepare one database, measure in a child process with its settings, keep the rows."""
    log(f"Database: {described}")
    env = environment(url, redis, varnish)
    prepare(env, database=not args.no_prepare, admin=True, seed=LARGE if args.large else ())
    if redis:
        flush_redis(BENCH_REDIS)
    vendor = "postgres" if url.startswith("postgres") else "sqlite"
    output = WORK / f"admin-{vendor}{'-large' if args.large else ''}.json"
    options = ["--runs", str(args.runs)]
    for flag in ("only", "action"):
        if getattr(args, flag):
            options += [f"--{flag}", getattr(args, flag)]
    if args.profile:
        options += ["--profile", "--top", str(args.top)]
    run = in_child(__file__, output, env, *options)
    if args.profile:
        return
    run["database"] = described
    results["runs_by_db"].append(run)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db",
        choices=("auto", "postgres", "sqlite", "both"),
        default="auto",
        help="auto: PostgreSQL when one answers on 127.0.0.1:5432, else SQLite",
    )
    parser.add_argument("--fresh", action="store_true", help="drop the scratch database first")
    parser.add_argument(
        "--large",
        action="store_true",
        help="the demo grown as `make bench` grows it (seed_bench), in a database of its own",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed requests per figure")
    parser.add_argument("--only", help="only page types whose name contains this (or one of: a,b)")
    parser.add_argument("--no-redis", action="store_true", help="the cache in memory")
    parser.add_argument(
        "--no-varnish", action="store_true", help="no Varnish to purge (as in `make demo`)"
    )
    parser.add_argument(
        "--no-prepare",
        action="store_true",
        help="reuse the database as it is (collectstatic still runs)",
    )
    parser.add_argument("--no-doc", action="store_true", help="print, don't write the doc")
    parser.add_argument("--profile", action="store_true", help="profile --only's types instead")
    parser.add_argument("--action", choices=ACTIONS, default="create", help="what --profile runs")
    parser.add_argument("--top", type=int, default=40, help="functions --profile prints")
    parser.add_argument("--child", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        results = measure(args)
        Path(args.child).write_text(json.dumps(results, indent=2, default=str))
        return

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    redis = not args.no_redis and answers(REDIS_HOST, REDIS_PORT)
    results = {
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "runs": args.runs,
        "load_before": load_average(),
        "runs_by_db": [],
    }
    varnish = None if args.no_varnish else start_varnish()
    try:
        for url, described in databases(args):
            measure_database(url, described, args, redis, varnish, results)
    finally:
        if varnish:
            varnish.stop()
    if args.profile:
        return
    results["load_after"] = load_average()
    (WORK / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = section(results)
    log("")
    log(text.split("\n", 2)[2].rsplit("\n", 1)[0])
    if not args.no_doc and not args.only and not args.large:
        write_doc(results)
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")
    failed = [
        f"{run['database']}: {row['type']} {action}"
        for run in results["runs_by_db"]
        for row in run["rows"]
        if not row.get("missing")
        for action in ACTIONS
        if "error" in row[action]
    ]
    if failed:
        raise SystemExit("Requests that failed: " + "; ".join(failed))


if __name__ == "__main__":
    main()
