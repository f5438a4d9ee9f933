"""`make bench`: throughput, latency, queries and memory of every public page type.

Prints figures; it is not a test and fails only when something does not work (a page
that does not answer 200, a 5xx under the mixed load, a fault the portal does not
survive as designed). Steps:

1. A scratch database: PostgreSQL `portal_bench` on 127.0.0.1:5432 when one answers,
   else SQLite under /tmp. `migrate`, `load_demo`, then `seed_bench` grows the Lübeck
   site to 300 measures, 200 counselling services and 100 press releases in seven
   languages. All three are idempotent: a second run reuses the database (`--fresh`
   starts over).
2. `bench_pages` lists one page of each public type and counts its SQL queries.
3. gunicorn serves the site with production settings, 2 workers, on a free port; wrk
   loads each page; nginx serves one page's HTML as a plain file, as the ceiling to
   compare with. Worker memory is read from /proc after the load. The pages are served
   without response caching (bench/uncached_settings.py); when the production settings
   have a page cache, a second gunicorn serves them through it (on Redis) and wrk loads
   them again, then once more through Varnish (deploy/varnish/default.vcl) in front of it.
   10,000 mixed requests to that gunicorn count every 5xx (bench/soak.py).
4. The fault pass (bench/faults.py): the same mixed load for 30 s each while Redis
   hangs, while PostgreSQL is unreachable and while gunicorn's workers are killed
   (through Varnish, then directly), counting 5xx, timeouts and dropped connections.
   `--faults-only` runs only this step (after preparing the database as usual),
   `--fault-seconds 0` skips it.
5. Prints the tables and writes them into docs/performance.md between their markers
   (`bench:begin`/`bench:end`, `bench:faults:begin`/`bench:faults:end`), leaving the
   hand-written analysis around them alone.

Standard library only (psycopg, a dependency, creates the PostgreSQL database), run with
the project's venv, whose python runs manage.py and whose gunicorn serves.
"""

import argparse
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import faults
from servers import (
    ROOT,
    SITE_HOST,
    WORK,
    WORKERS,
    Gunicorn,
    Nginx,
    Varnish,
    cache_status,
    fetch,
    memory_mb,
    private_mb,
)
from soak import soak

DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "portal_bench"
SQLITE_FILE = WORK / "portal.sqlite3"

# The targets of the performance issue.
MAX_QUERIES = 20
MIN_RPS = 100
MAX_RSS_MB = 130
CACHED_SHARE_OF_NGINX = 0.5
# The page whose HTML nginx serves as a file: a typical detail page.
NGINX_PAGE = "measure"


def log(message=""):
    print(message, flush=True)


# --- Database ------------------------------------------------------------------------


def postgres_url(fresh):
    """The URL of `portal_bench`, created where missing; None when no PostgreSQL answers."""
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            pass
        import psycopg
    except (OSError, ImportError):
        return None
    try:
        with psycopg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            if fresh:
                conn.execute(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)')
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [PG_DB])
            if exists.fetchone() is None:
                conn.execute(f'CREATE DATABASE "{PG_DB}"')
            # A scratch database: no waiting for the disk at each commit. The seeding
            # commits once per translation; this saves part of its time, and the pages
            # only read.
            conn.execute(f'ALTER DATABASE "{PG_DB}" SET synchronous_commit = off')
    except psycopg.Error as error:
        log(f"PostgreSQL on {PG_HOST}:{PG_PORT} answers but refused: {error}; using SQLite.")
        return None
    return f"postgres://postgres@{PG_HOST}:{PG_PORT}/{PG_DB}"


def database(args):
    if not args.sqlite:
        url = postgres_url(args.fresh)
        if url:
            return url, f"PostgreSQL ({PG_DB} on {PG_HOST}:{PG_PORT})"
    if args.fresh:
        SQLITE_FILE.unlink(missing_ok=True)
    return f"sqlite:///{SQLITE_FILE}", f"SQLite ({SQLITE_FILE})"


# Production settings less any response cache (see the module): the uncached figures.
UNCACHED_SETTINGS = "bench.uncached_settings"
BENCH_REDIS = "redis://127.0.0.1:6379/11"
PRODUCTION_SETTINGS = "cms.settings.production"


def environment(database_url, settings_module=UNCACHED_SETTINGS):
    """What manage.py and gunicorn run with: production settings on scratch folders."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY="bench-only-not-secret",
        ALLOWED_HOSTS=f"127.0.0.1,localhost,{SITE_HOST}",
        SECURE_SSL_REDIRECT="false",
        DEBUG="false",
        MEDIA_ROOT=str(WORK / "media"),
        PRIVATE_MEDIA_ROOT=str(WORK / "private"),
        STATIC_ROOT=str(WORK / "static"),
        MACHINE_TRANSLATOR="offline",
        PYTHONUNBUFFERED="1",
    )
    # Memory cache per process, as in the embedded set-up: Redis would be another server.
    env.pop("REDIS_URL", None)
    return env


def manage(env, *args):
    started = time.monotonic()
    log(f"$ manage.py {' '.join(args)}")
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def prepare(env, args):
    timings = {}
    timings["migrate"] = manage(env, "migrate", "--no-input", "-v0")
    timings["load_demo"] = manage(env, "load_demo", "-v0")
    timings["seed_bench"] = manage(
        env,
        "seed_bench",
        f"--measures={args.measures}",
        f"--services={args.services}",
        f"--news={args.news}",
    )
    timings["collectstatic"] = manage(env, "collectstatic", "--no-input", "-v0")
    log("  " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))


# --- Load ----------------------------------------------------------------------------


def wrk(url, duration, args):
    wrk_binary = shutil.which("wrk")
    if not wrk_binary:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk).")
    command = [
        wrk_binary,
        f"--threads={args.threads}",
        f"--connections={args.connections}",
        f"--duration={duration}s",
        # Slow pages queue behind each other; wrk's default of 2 s would drop them
        # from the latencies instead of measuring them.
        "--timeout=60s",
        f"--header=Host: {SITE_HOST}",
        f"--script={ROOT / 'bench' / 'report.lua'}",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    figures = json.loads(line.removeprefix("BENCH_JSON "))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["errors"] = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
    return figures


def load(url, args):
    # A second of load first, uncounted: both workers compile templates and fill caches.
    wrk(url, 1, args)
    figures = wrk(url, args.duration, args)
    if figures["errors"]:
        log(f"  ! {figures['errors']} errors (non-2xx/3xx or socket) on {url}")
    return figures


# --- Report --------------------------------------------------------------------------


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


def percent(part, whole):
    if not whole:
        return "–"
    share = 100 * part / whole
    # Two significant digits however small: 0.0044 %, not 0.00 %.
    return f"{share:.1f} %" if share >= 1 else f"{share:.2g} %"


# The passes through a cache, each with its own columns when it was measured.
CACHED_PASSES = (("cached", "page cache"), ("varnish", "Varnish"))
THROUGH = {"cached": "through Django's page cache", "varnish": "through Varnish"}


def table(rows, nginx_rps, nginx_page):
    """The results table in Markdown; a figure that misses its target is marked ✗.

    With a page cache, three columns more per cached pass: the same pages through it."""
    passes = [(key, label) for key, label in CACHED_PASSES if any(key in row for row in rows)]
    head = "| page type | queries | req/s | p50 ms | p95 ms | ratio to nginx |"
    rule = "|---|--:|--:|--:|--:|--:|"
    for _key, label in passes:
        head += f" {label} req/s | {label} p95 ms | {label} ratio to nginx |"
        rule += "--:|--:|--:|"
    lines = [head, rule]
    for row in rows:
        queries = f"{row['queries']}{' ✗' if row['queries'] > MAX_QUERIES else ''}"
        rps = f"{row['rps']:.1f}{' ✗' if row['rps'] < MIN_RPS else ''}"
        line = (
            f"| {row['name']} | {queries} | {rps} | {row['p50_us'] / 1000:.0f} "
            f"| {row['p95_us'] / 1000:.0f} | {percent(row['rps'], nginx_rps)} |"
        )
        for key, _label in passes:
            hit = row[key]
            low = hit["rps"] < CACHED_SHARE_OF_NGINX * ceiling(row, nginx_rps)
            mark = " (never cached)" if bypassed(row) else " ✗" if low else ""
            if row.get("nginx_same") and key == "varnish":
                mark += f" ({percent(hit['rps'], row['nginx_same'])} of its own HTML)"
            line += (
                f" {hit['rps']:.0f} | {hit['p95_us'] / 1000:.1f} "
                f"| {percent(hit['rps'], nginx_rps)}{mark} |"
            )
        lines.append(line)
    nginx_line = f"| *nginx, static copy of “{nginx_page}”* | 0 | {nginx_rps:.0f} | – | – | 100 % |"
    lines.append(nginx_line + " – | – | – |" * len(passes))
    return "\n".join(lines)


def verdicts(rows, rss, nginx_rps, soak_result, database):
    over_queries = [r for r in rows if r["queries"] > MAX_QUERIES]
    slow = [r for r in rows if r["rps"] < MIN_RPS]
    worst = min(rows, key=lambda r: r["rps"])
    peak = max(hwm for _rss, hwm in rss.values())
    lines = [
        f"- **At most {MAX_QUERIES} queries per page (uncached):** "
        + (
            "holds for every page."
            if not over_queries
            else f"missed by {len(over_queries)} of {len(rows)}: "
            + ", ".join(
                f"{r['name']} {r['queries']} (+{r['queries'] - MAX_QUERIES})" for r in over_queries
            )
        ),
        f"- **At least {MIN_RPS} req/s per page with {WORKERS} workers (uncached):** "
        + (
            "holds for every page."
            if not slow
            else f"missed by {len(slow)} of {len(rows)}; "
            f"best {max(r['rps'] for r in rows):.1f}, median "
            f"{sorted(r['rps'] for r in rows)[len(rows) // 2]:.1f}, "
            f"worst {worst['rps']:.1f} ({worst['name']})."
        ),
        cached_verdict(rows, nginx_rps),
        soak_verdict(soak_result, database),
        f"- **Worker RSS under {MAX_RSS_MB} MB:** "
        + ("holds" if peak < MAX_RSS_MB else f"missed by {peak - MAX_RSS_MB:.0f} MB")
        + f" (peak {peak:.0f} MB after the load).",
    ]
    return "\n".join(lines)


def cached_verdict(rows, nginx_rps):
    target = (
        f"- **Cached anonymous pages at least {CACHED_SHARE_OF_NGINX:.0%} of nginx's throughput:**"
    )
    passes = [(key, label) for key, label in CACHED_PASSES if any(key in row for row in rows)]
    if not passes:
        return (
            target + " not measurable: there is no page cache yet. Uncached, the best page "
            f"reaches {percent(max(r['rps'] for r in rows), nginx_rps)} of nginx."
        )
    return "\n".join([target, *(pass_verdict(rows, nginx_rps, *p) for p in passes)])


def ceiling(row, nginx_rps):
    """What the page's cached throughput is held against: nginx serving its own HTML
    where that was measured, else nginx serving the typical page."""
    return row.get("nginx_same") or nginx_rps


def bypassed(row):
    """A page the page cache never keeps, by design: a form (its CSRF token) or search."""
    # "none": paths it does not even look up (search, the admin) carry no X-Cache.
    return row.get("cached", {}).get("x_cache") in ("BYPASS", "none")


def pass_verdict(rows, nginx_rps, key, _label):
    never = [r["name"] for r in rows if bypassed(r)]
    rows = [r for r in rows if not bypassed(r)]
    low = [r for r in rows if r[key]["rps"] < CACHED_SHARE_OF_NGINX * ceiling(r, nginx_rps)]
    same = [
        f"{r['name']} {percent(r[key]['rps'], r['nginx_same'])} of nginx serving its own "
        f"HTML ({r['nginx_same']:.0f} req/s)"
        for r in rows
        if r.get("nginx_same") and key == "varnish"
    ]
    apart_same = f" Compared with their own HTML: {'; '.join(same)}." if same else ""
    shares = sorted(r[key]["rps"] for r in rows)
    spread = f"between {percent(shares[0], nginx_rps)} and {percent(shares[-1], nginx_rps)}"
    apart = f" Never cached, by design: {', '.join(never)}." if never else ""
    if not low:
        return f"  - {THROUGH[key]}: holds for every cacheable page ({spread}).{apart_same}{apart}"
    gains = sorted(r[key]["rps"] / r["rps"] for r in rows)
    # A cache that answers is tens of times faster than rendering; about as fast means
    # the requests went through to the views.
    unused = (
        " The cache did not answer these requests (about as fast as uncached): is it "
        "switched on for anonymous GETs in these settings?"
        if gains[len(gains) // 2] < 2
        else ""
    )
    which = (
        ", ".join(f"{r['name']} {percent(r[key]['rps'], nginx_rps)}" for r in low)
        if len(low) <= 6
        else spread
    )
    return (
        f"  - {THROUGH[key]}: missed by {len(low)} of {len(rows)} cacheable pages: "
        f"{which}.{unused}{apart_same}{apart}"
    )


def soak_verdict(soak_result, database):
    if not soak_result:
        return "- **Mixed load without 5xx:** not run (`--soak 0`, or no page cache)."
    statuses = ", ".join(f"{count}× {status}" for status, count in soak_result["statuses"].items())
    head = (
        f"- **{soak_result['requests']:,} mixed requests against gunicorn + {database.split()[0]} "
        f"+ Redis without a 5xx:** "
    )
    figures = (
        f"{soak_result['distinct_urls']} URLs, {soak_result['seconds']:.0f} s, "
        f"{soak_result['rps']:.0f} req/s; answers: {statuses}"
    )
    if not soak_result["failed"]:
        return head + f"holds ({figures})."
    failures = "; ".join(
        f"{f['count']}× {f['status']} on {f['path']}" for f in soak_result["failures"]
    )
    return head + f"missed: {soak_result['failed']} failed ({figures}). Failures: {failures}."


def repeated_queries(rows):
    """For pages over the query budget: the query shapes run more than once."""
    lines = []
    for row in rows:
        if row["queries"] > MAX_QUERIES and row["repeated"]:
            lines.append(f"- {row['name']} ({row['queries']} queries):")
            for item in row["repeated"]:
                lines.append(f"  - {item['count']}× `{item['sql'][:160]}…`")
    return "\n".join(lines)


def section(results):
    m = results["machine"]
    rss = results["rss"]
    rows = results["rows"]
    workers = "; ".join(
        f"pid {pid}: {now:.0f} MB (peak {hwm:.0f} MB)" for pid, (now, hwm) in rss.items()
    )
    at_start = ", ".join(f"{now:.0f} MB" for now, _hwm in results["rss_start"].values())
    shares = [mb for mb in results["uss"].values() if mb is not None]
    private = ", ".join(f"{mb['uss']:.0f} MB" for mb in shares)
    proportional = ", ".join(f"{mb['pss']:.0f} MB" for mb in shares)
    nginx = results["nginx"]
    parts = [
        BEGIN,
        "<!-- Written by `make bench` (bench/run.py); edits between the markers are lost. -->",
        "",
        f"**Run of {results['date']}** on {m['cores']} cores ({m['cpu']}), "
        f"{m['ram_gib']:.1f} GiB RAM, Python {m['python']}; load average before "
        f"{results['load_before']}, after {results['load_after']} (other work on the machine "
        "makes the figures noisy: compare runs on a quiet machine).",
        "",
        f"- Database: {results['database']}; Lübeck site with {results['size']}.",
        f"- gunicorn, `cms.settings.production` without response caching "
        f"(`{UNCACHED_SETTINGS}`), {WORKERS} sync workers"
        f"{' with --preload' if results['preload'] else ''}, DEBUG off; "
        f"wrk {results['threads']} threads, {results['connections']} connections, "
        f"{results['duration']} s per page after 1 s of warm-up.",
        f"- nginx ({WORKERS} workers) serving the HTML of “{results['nginx_page']}” "
        f"({results['nginx_bytes'] // 1024} KB) as a file: "
        f"{nginx[0]:.0f} req/s before the pages, {nginx[1]:.0f} after; ratios use the mean.",
        "- Queries: a warm request (the second) through Django's test client, same "
        f"database and settings; the text of every query in `{results['queries_log']}`.",
        "- Page cache: "
        + (
            f"{', '.join(results['cache_middleware'])}; the “page cache” columns are a "
            "second gunicorn with the production settings as they are (cache on Redis), "
            "the same wrk load; the “Varnish” columns, Varnish with "
            "`deploy/varnish/default.vcl` in front of that gunicorn."
            if results["cache_middleware"]
            else "none in the production settings."
        ),
        "",
        table(rows, results["nginx_rps"], results["nginx_page"]),
        "",
        f"Worker RSS after the load: {workers}. Just after start: {at_start}. "
        f"Private to each worker after the load (USS): {private or 'unknown'}; its "
        f"proportional share of all its pages (PSS): {proportional or 'unknown'}.",
        "",
        "### Targets",
        "",
        verdicts(rows, rss, results["nginx_rps"], results.get("soak"), results["database"]),
    ]
    repeated = repeated_queries(rows)
    if repeated:
        parts += [
            "",
            "Queries repeated within one request, on pages over the budget:",
            "",
            repeated,
        ]
    parts += ["", END]
    return "\n".join(parts)


SKELETON = """\
# Performance

`make bench` seeds a large Lübeck site in a scratch database, serves it with gunicorn
with production settings and measures every public page type: SQL queries, throughput
and latency under wrk, memory of the workers, and throughput as a share of nginx
serving a page as a plain file. It prints the table below and rewrites it here.

## Targets

- Every public page type, uncached: at most {queries} SQL queries and at least {rps} req/s
  with {workers} gunicorn workers.
- Cached anonymous pages: at least half of nginx's throughput. Measured in a second pass
  when the production settings have a response-cache middleware.
- Worker RSS under {rss} MB.

## Latest figures

{section}
"""


def replace_between(doc, begin, end, text):
    """`doc` with what lies between `begin` and `end` (markers included) replaced by
    `text`; None when `begin` is not in it."""
    if begin not in doc:
        return None
    before, rest = doc.split(begin, 1)
    after = rest.split(end, 1)[1] if end in rest else ""
    return before + text + after


def write_doc(results):
    text = section(results)
    doc = DOC.read_text() if DOC.exists() else ""
    replaced = replace_between(doc, BEGIN, END, text)
    if replaced is not None:
        DOC.write_text(replaced)
    else:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(
            SKELETON.format(
                queries=MAX_QUERIES, rps=MIN_RPS, workers=WORKERS, rss=MAX_RSS_MB, section=text
            )
        )
    log(f"Wrote {DOC.relative_to(ROOT)}.")


FAULTS_HEADING = """\

## Under faults

`make bench` ends with the mixed load while something behind the portal fails
(bench/faults.py; `bench/run.py --faults-only` runs only this part).

"""


def write_faults_doc(fault_results):
    """The fault pass's part of the doc, between its own markers; the other figures stay.
    Without the markers, a section at the end of the doc."""
    text = faults.section(fault_results)
    doc = DOC.read_text() if DOC.exists() else "# Performance\n"
    replaced = replace_between(doc, faults.BEGIN, faults.END, text)
    if replaced is None:
        replaced = doc.rstrip("\n") + "\n" + FAULTS_HEADING + text + "\n"
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(replaced)
    log(f"Wrote the fault pass into {DOC.relative_to(ROOT)}.")


def fault_pass(url, args):
    """The fault pass (bench/faults.py) over the pages `bench_pages` lists; its results,
    also kept in faults.json for --rewrite-doc."""
    pages = json.loads((WORK / "pages.json").read_text())
    env = environment(url, PRODUCTION_SETTINGS)
    fault_results = faults.run(url, env, [p["path"] for p in pages], seconds=args.fault_seconds)
    log("")
    log(faults.table(fault_results))
    for failure in fault_results["failures"]:
        log(f"  ! {failure}")
    (WORK / "faults.json").write_text(json.dumps(fault_results, indent=2, default=str))
    if not args.no_doc:
        write_faults_doc(fault_results)
    return fault_results


def list_pages(env):
    """`bench_pages`: the pages to load, each counted and checked to answer 200."""
    pages_file, queries_log = WORK / "pages.json", WORK / "queries.log"
    # bench_pages asks as 127.0.0.1, which production redirects to the site's own address
    # (cms.ops.canonical); the servers below are asked under the site's host name instead.
    env = {**env, "CANONICAL_HOST_REDIRECT": "false"}
    manage(env, "bench_pages", f"--output={pages_file}", f"--queries-log={queries_log}")
    pages = json.loads(pages_file.read_text())
    broken = [p for p in pages if p["status"] != 200]
    if broken:
        raise SystemExit(f"Pages that do not answer 200: {broken}")
    return pages, queries_log


# --- Main ----------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=6, help="seconds of load per page")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--fresh", action="store_true", help="drop the scratch database first")
    parser.add_argument("--sqlite", action="store_true", help="SQLite even if PostgreSQL answers")
    # The size the targets are set for; smaller only for a quick look at the machinery.
    parser.add_argument("--measures", type=int, default=300)
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--news", type=int, default=100)
    parser.add_argument(
        "--no-preload",
        dest="preload",
        action="store_false",
        help="gunicorn without --preload (deploy/gunicorn/gunicorn.conf.py preloads)",
    )
    parser.add_argument("--no-varnish", action="store_true", help="skip the pass through Varnish")
    parser.add_argument(
        "--soak",
        type=int,
        default=10_000,
        metavar="N",
        help="mixed requests through the page cache, counting 5xx (0: skip)",
    )
    parser.add_argument("--only", help="only pages whose name contains this (a quick look)")
    parser.add_argument(
        "--fault-seconds",
        type=int,
        default=faults.SECONDS,
        metavar="S",
        help="seconds of mixed load per fault scenario (0: skip the fault pass)",
    )
    parser.add_argument(
        "--faults-only",
        action="store_true",
        help="prepare the database as usual, then run only the fault pass",
    )
    parser.add_argument("--no-doc", action="store_true", help="print, don't write the doc")
    parser.add_argument(
        "--rewrite-doc",
        action="store_true",
        help="only write docs/performance.md again from the last run's results.json",
    )
    args = parser.parse_args()
    if args.rewrite_doc:
        if (WORK / "results.json").exists():
            write_doc(json.loads((WORK / "results.json").read_text()))
        if (WORK / "faults.json").exists():
            write_faults_doc(json.loads((WORK / "faults.json").read_text()))
        return

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    url, described = database(args)
    log(f"Database: {described}")
    env = environment(url)
    prepare(env, args)
    if args.faults_only:
        list_pages(env)
        fault_results = fault_pass(url, args)
        log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")
        if fault_results["failures"]:
            raise SystemExit("The fault pass found faults: " + "; ".join(fault_results["failures"]))
        return
    cache_middleware = removed_cache_middleware(env)
    log(
        f"Page cache: {', '.join(cache_middleware)}; measured without, then with it."
        if cache_middleware
        else "Page cache: none in the production settings; measured uncached only."
    )

    pages, queries_log = list_pages(env)
    # nginx serves the same page whatever --only picks, so its figure stays comparable.
    static_page = next((p for p in pages if p["name"] == NGINX_PAGE), pages[0])
    all_paths = [p["path"] for p in pages]
    if args.only:
        pages = [p for p in pages if args.only in p["name"]]

    results = {
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "database": described,
        "load_before": load_average(),
        "duration": args.duration,
        "threads": args.threads,
        "connections": args.connections,
        "queries_log": queries_log,
        "preload": args.preload,
        "cache_middleware": cache_middleware,
    }
    servers = []
    try:
        gunicorn = Gunicorn(env, preload=args.preload)
        servers.append(gunicorn)
        # Before any request: what importing the project costs, apart from serving.
        results["rss_start"] = {pid: memory_mb(pid) for pid in gunicorn.workers()}
        log(f"gunicorn: {gunicorn.base}, workers {list(results['rss_start'])}")
        _status, html = fetch(gunicorn.base + static_page["path"])
        results["nginx_bytes"] = len(html)
        results["nginx_page"] = static_page["name"]
        nginx = Nginx(html)
        servers.append(nginx)
        log(f"nginx: {nginx.base}, serving “{static_page['name']}” ({len(html)} bytes)")
        nginx_before = load(nginx.base + "/", args)["rps"]
        log(f"  nginx: {nginx_before:.0f} req/s")
        rows = []
        for page in pages:
            figures = load(gunicorn.base + page["path"], args)
            rows.append({**page, **figures})
            log(
                f"  {page['name']:<28} {page['queries']:>4} queries {figures['rps']:>8.1f} req/s "
                f"p50 {figures['p50_us'] / 1000:>6.0f} ms  p95 {figures['p95_us'] / 1000:>6.0f} ms"
            )
        results["rss"] = {pid: memory_mb(pid) for pid in gunicorn.workers()}
        results["uss"] = {pid: private_mb(pid) for pid in gunicorn.workers()}
        if cache_middleware:
            gunicorn.stop()
            cached = cached_passes(url, rows, args, servers)
            same_html(rows, nginx, nginx_before, html, args)
            for row in rows:
                row.pop("html", None)  # not for results.json
            if args.soak:
                log(f"{args.soak} mixed requests to {cached.base} (gunicorn, page cache on Redis)")
                results["soak"] = soak(cached.base, all_paths, SITE_HOST, total=args.soak)
                log(f"  {results['soak']['statuses']}, {results['soak']['rps']:.0f} req/s")
        nginx_after = load(nginx.base + "/", args)["rps"]
        log(f"  nginx: {nginx_after:.0f} req/s")
    finally:
        for server in reversed(servers):
            server.stop()

    results["load_after"] = load_average()
    results["nginx"] = (nginx_before, nginx_after)
    results["nginx_rps"] = (nginx_before + nginx_after) / 2
    results["rows"] = rows
    results["size"] = seeded_size(env)
    text = section(results)
    log("")
    log(text.split("\n", 2)[2].rsplit("\n", 1)[0])  # without the markers
    if not args.no_doc:
        write_doc(results)
    (WORK / "results.json").write_text(json.dumps(results, indent=2, default=str))
    faulty = []
    if args.fault_seconds:
        faulty = fault_pass(url, args)["failures"]
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")
    # A figure below a target is a finding for the doc; a 5xx under load is a fault, and
    # so is anything the fault pass finds not working as designed.
    if results.get("soak", {}).get("failed"):
        faulty.insert(0, f"{results['soak']['failed']} requests of the mixed load failed")
    if faulty:
        raise SystemExit("Faults: " + "; ".join(faulty))


def cached_passes(url, rows, args, servers):
    """The same load through the page cache, then through Varnish in front of it.

    Returns the cached gunicorn, left running for the mixed load."""
    # As in production: the cache on Redis, shared by both workers; empty to begin with.
    subprocess.run(["redis-cli", "-u", BENCH_REDIS, "flushdb"], capture_output=True, check=False)
    cached_env = {**environment(url, PRODUCTION_SETTINGS), "REDIS_URL": BENCH_REDIS}
    gunicorn = Gunicorn(cached_env, preload=args.preload, label="cached")
    servers.append(gunicorn)
    log(f"gunicorn with the page cache: {gunicorn.base}")
    for row in rows:
        # The warm-up second of load() fills the cache.
        row["cached"] = load(gunicorn.base + row["path"], args)
        row["cached"]["x_cache"], row["html"] = cache_status(gunicorn.base + row["path"])
        log(
            f"  {row['name']:<28} cached {row['cached']['rps']:>10.0f} req/s "
            f"({row['cached']['x_cache']})"
        )
    if args.no_varnish:
        return gunicorn
    varnish = Varnish(gunicorn.port)
    servers.append(varnish)
    log(f"Varnish (deploy/varnish/default.vcl) in front of it: {varnish.base}")
    for row in rows:
        row["varnish"] = load(varnish.base + row["path"], args)
        log(f"  {row['name']:<28} Varnish {row['varnish']['rps']:>10.0f} req/s")
    return gunicorn


def same_html(rows, nginx, nginx_rps, static_html, args):
    """For the pages Varnish serves below the target: nginx serving that page's own HTML.

    The ratios compare with one typical page, but a page ten times its size is slower
    through any server; for those, the page's own HTML as a file is the fair ceiling (the
    issue's "the same HTML")."""
    for row in rows:
        hit = row.get("varnish")
        if bypassed(row) or not hit or hit["rps"] >= CACHED_SHARE_OF_NGINX * nginx_rps:
            continue
        nginx.serve(row["html"])
        row["nginx_same"] = load(nginx.base + "/", args)["rps"]
        log(f"  {row['name']:<28} nginx, same HTML {row['nginx_same']:>10.0f} req/s")
    nginx.serve(static_html)


def removed_cache_middleware(env):
    """The response-cache middleware that bench.uncached_settings took out, if any."""
    script = "from django.conf import settings; print(*settings.BENCH_REMOVED_MIDDLEWARE)"
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return output.split()


def seeded_size(env):
    """What the site holds, as seed_bench left it, for the doc."""
    script = (
        "from wagtail.models import Site\n"
        "from integration_pages.models import MeasurePage\n"
        "from home.models import NewsPage\n"
        "from snippets.models import CounsellingService as S\n"
        "from django.db.models import Q\n"
        "site = Site.objects.get(is_default_site=True); home = site.root_page\n"
        "m = MeasurePage.objects.descendant_of(home).count()\n"
        "n = NewsPage.objects.descendant_of(home).count()\n"
        "s = S.objects.filter(Q(site=site) | Q(site__isnull=True), locale=home.locale).count()\n"
        "print(f'{m} measures, {s} counselling services, {n} press releases (German; "
        "each also in six more languages)')\n"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return output.strip().splitlines()[-1]


if __name__ == "__main__":
    main()
