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
the project's venv, whose python runs manage.py and whose gunicorn serves. This module
runs the steps; wrk's passes are in bench/page_load.py, the tables and verdicts in
bench/pages_report.py, the scratch database and environment in bench/scratch.py.
"""

import argparse
import json
import time
from datetime import datetime

import bakerydemo
import faults
import faults_report
import pages_report
import two_nodes
from page_load import cached_passes, load, same_html
from performance_doc import appended, write_section
from scratch import (
    PG_HOST,
    PG_PORT,
    PRODUCTION_SETTINGS,
    SITE_HOST,
    UNCACHED_SETTINGS,
    load_average,
    log,
    machine,
    manage,
    postgres_url,
    prepare,
    shell,
    sqlite_url,
)
from scratch import environment as scratch_environment
from servers import WORK, Gunicorn, Nginx, fetch, memory_mb, private_mb
from soak import soak

PG_DB = "portal_bench"
SQLITE_FILE = WORK / "portal.sqlite3"
BENCH_REDIS = "redis://127.0.0.1:6379/11"
# The page whose HTML nginx serves as a file: a typical detail page.
NGINX_PAGE = "measure"
# What the pass with two application nodes loads (bench/two_nodes.py).
TWO_NODE_PAGES = ("home", "measure", "measure list", "signpost", "news", "home (ar)")
TWO_NODES_BEGIN, TWO_NODES_END = "<!-- bench:two-nodes:begin -->", "<!-- bench:two-nodes:end -->"


# --- Database ------------------------------------------------------------------------


def database(args):
    if not args.sqlite:
        url = postgres_url(PG_DB, args.fresh, refused="; using SQLite")
        if url:
            return url, f"PostgreSQL ({PG_DB} on {PG_HOST}:{PG_PORT})"
    return sqlite_url(SQLITE_FILE, args.fresh), f"SQLite ({SQLITE_FILE})"


def environment(database_url, settings_module=UNCACHED_SETTINGS):
    """What manage.py and gunicorn run with: production settings on scratch folders."""
    return scratch_environment(database_url, settings_module, WORK, SECURE_SSL_REDIRECT="false")


def fault_pass(url, args):
    """The fault pass (bench/faults.py) over the pages `bench_pages` lists; its results,
    also kept in faults.json for --rewrite-doc."""
    pages = json.loads((WORK / "pages.json").read_text())
    env = environment(url, PRODUCTION_SETTINGS)
    fault_results = faults.run(url, env, [p["path"] for p in pages], seconds=args.fault_seconds)
    log("")
    log(faults_report.table(fault_results))
    for failure in fault_results["failures"]:
        log(f"  ! {failure}")
    (WORK / "faults.json").write_text(json.dumps(fault_results, indent=2, default=str))
    if not args.no_doc:
        faults_report.write_doc(fault_results)
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
        "--no-two-nodes", action="store_true", help="skip the pass with two application nodes"
    )
    parser.add_argument(
        "--no-bakerydemo",
        action="store_true",
        help="skip the pairs with bakerydemo (BAKERYDEMO_DIR, see bench/bakerydemo.py)",
    )
    parser.add_argument(
        "--soak",
        type=int,
        default=10_000,
        metavar="N",
        help="mixed requests through the page cache, counting 5xx (0: skip)",
    )
    parser.add_argument("--only", help="only pages whose name contains this (a quick look)")
    faults.add_options(parser)
    parser.add_argument("--no-doc", action="store_true", help="print, don't write the doc")
    parser.add_argument(
        "--rewrite-doc",
        action="store_true",
        help="only write docs/performance.md again from the last run's results.json",
    )
    args = parser.parse_args()
    if args.rewrite_doc:
        if (WORK / "results.json").exists():
            pages_report.write_doc(json.loads((WORK / "results.json").read_text()))
        if (WORK / "faults.json").exists():
            faults_report.write_doc(json.loads((WORK / "faults.json").read_text()))
        if (WORK / "results.json").exists():
            last = json.loads((WORK / "results.json").read_text())
            if "bakerydemo" in last:
                bakerydemo.write_doc(**last["bakerydemo"])
            if "two_nodes" in last:
                write_two_nodes(last["two_nodes"])
        return

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    url, described = database(args)
    log(f"Database: {described}")
    env = environment(url)
    prepare(
        env,
        seed=(f"--measures={args.measures}", f"--services={args.services}", f"--news={args.news}"),
    )
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
        if not args.no_bakerydemo:
            log("Pairs with Wagtail's bakerydemo (bench/bakerydemo.py), loaded alternately:")
            args.database_is_postgres = url.startswith("postgres")
            pairs, info = bakerydemo.paired_passes(rows, gunicorn.base, load, args, WORK)
            results["bakerydemo"] = {"pairs": pairs, "info": info}
        if cache_middleware:
            gunicorn.stop()
            # As in production: the cache on Redis, shared by both workers.
            cached_env = {**environment(url, PRODUCTION_SETTINGS), "REDIS_URL": BENCH_REDIS}
            cached = cached_passes(cached_env, rows, args, servers)
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
    if not args.no_two_nodes:
        # A few typical pages, not all 37: two passes each, through Varnish over one node
        # and over two (bench/two_nodes.py).
        typical = [p for p in pages if p["name"] in TWO_NODE_PAGES] or pages[:3]
        results["two_nodes"] = two_nodes.two_node_pass(env, typical, args.duration)
        log(two_nodes.report(results["two_nodes"]))

    results["load_after"] = load_average()
    results["nginx"] = (nginx_before, nginx_after)
    results["nginx_rps"] = (nginx_before + nginx_after) / 2
    results["rows"] = rows
    results["size"] = seeded_size(env)
    text = pages_report.section(results)
    log("")
    log(text.split("\n", 2)[2].rsplit("\n", 1)[0])  # without the markers
    if not args.no_doc:
        pages_report.write_doc(results)
        if "bakerydemo" in results:
            bakerydemo.write_doc(**results["bakerydemo"])
        if "two_nodes" in results:
            write_two_nodes(results["two_nodes"])
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


def write_two_nodes(result):
    text = f"{TWO_NODES_BEGIN}\n{two_nodes.report(result)}\n{TWO_NODES_END}"
    write_section(
        text,
        TWO_NODES_BEGIN,
        TWO_NODES_END,
        appended("\n## Two application nodes behind Varnish\n\n", text),
        "the two-node pass into ",
    )


def removed_cache_middleware(env):
    """The response-cache middleware that bench.uncached_settings took out, if any."""
    script = "from django.conf import settings; print(*settings.BENCH_REMOVED_MIDDLEWARE)"
    return shell(env, script).split()


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
    return shell(env, script).strip().splitlines()[-1]


if __name__ == "__main__":
    main()
