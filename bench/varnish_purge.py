"""`make bench-purge`: publishing a measure with Varnish purged by URL list, then by xkey.

Prints figures; it is not a test and fails only when something does not work. Steps:

1. The demo as `make demo` builds it, in a scratch SQLite database under
   /tmp/bench_purge (reused by a second run; `--fresh` starts over).
2. gunicorn with production settings and the page cache on Redis (db 12: the process that
   publishes must reach the cache the server fills, as in production), and Varnish with
   deploy/varnish/default.vcl in front of it.
3. For each way of purging (VARNISH_PURGE=urls, then xkey), a process that publishes as
   the demo administrator, in-process through Django's test client (bench/editor.py, as
   `make bench-admin` drives it), one German measure: its title changed, the edit form
   otherwise as rendered. Before each publish the pages that show the measure are asked
   for through Varnish until it holds them: the measure, its goal, the concept's list,
   export and a filtered list, the goal paged, the ECCAR plan. After it, each is asked for
   once more: a HIT is a copy kept from before the publish, stale. Varnish's own counters
   (varnishstat) give the requests it received while the publish ran (the purges), the
   bans it added and how many objects it holds fewer. One uncounted publish first, then
   the median of `--runs`; the title is restored at the end.

Needs Redis on 127.0.0.1:6379, varnishd and varnish-modules (xkey); without Redis it says
so and stops (a cache per gunicorn worker would serve stale pages whatever Varnish does).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

WORK = Path(os.environ.get("BENCH_PURGE_DIR", "/tmp/bench_purge"))
# bench/servers.py keeps its servers' folders under BENCH_DIR: ours, not `make bench`'s.
os.environ["BENCH_DIR"] = str(WORK)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import editor  # noqa: E402
import scratch  # noqa: E402
import servers  # noqa: E402
from scratch import ROOT, log  # noqa: E402

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS = f"redis://{REDIS_HOST}:{REDIS_PORT}/12"
MODES = (("urls", "URL list (PURGE per URL)"), ("xkey", "xkey (PURGE per batch)"))
# Requests received, bans in the ban list, objects stored: an xkey purge removes objects at
# once (no counter of its own says how many), a ban only marks them for later.
COUNTERS = ("MAIN.client_req", "MAIN.bans", "MAIN.n_object")


# --- In the publishing process ---------------------------------------------------------


def watched_pages():
    """[(name, path)]: what shows the measure, the query variants marked by their "?"."""
    from integration_pages.models import ActionPlanPage, IntegrationConceptPage, MeasurePage

    measure = editor.sample_page(MeasurePage)
    goal = measure.get_parent().specific
    concept = measure.get_ancestors().type(IntegrationConceptPage).first().specific
    plan = ActionPlanPage.objects.live().filter(locale=measure.locale).first()

    def path(page):
        return page.get_url_parts()[2]

    pages = [
        ("measure", path(measure)),
        ("goal", path(goal)),
        ("concept's list", f"{path(concept)}measures/"),
        ("concept's export", f"{path(concept)}measures.json"),
        ("list ?status=", f"{path(concept)}measures/?status={measure.status}"),
        ("goal ?page=1", f"{path(goal)}?page=1"),
    ]
    if plan is not None:
        pages.append(("ECCAR plan", path(plan)))
    return measure, pages


def through_varnish(path):
    """X-Cache as Varnish says (HIT: a copy it kept), and the body."""
    return servers.cache_status(os.environ["VARNISH_URL"] + path)


def counters():
    done = subprocess.run(
        ["varnishstat", "-n", os.environ["VARNISH_INSTANCE"], "-1", "-j"],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    found = found.get("counters", found)  # 7.x nests them
    return {name: found[name]["value"] for name in COUNTERS}


def publish_runs(runs):
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.test import Client
    from django.utils import timezone

    from cms.pagecache import purge

    # The time the purge itself takes, beside the whole publish: wrapped where _flush
    # calls it at the commit.
    spent = []
    real_purge_now = purge._purge_now

    def timed_purge_now(targets):
        started = time.perf_counter()
        try:
            return real_purge_now(targets)
        finally:
            spent.append(time.perf_counter() - started)

    purge._purge_now = timed_purge_now

    client = Client()
    user = editor.login(client)
    measure, pages = watched_pages()
    page_editor = editor.Editor(client, user, measure)
    original = page_editor.form_data()
    title = original["title"][0]
    results, since = [], timezone.now()
    try:
        for number in range(runs + 1):
            for _name, path in pages:
                through_varnish(path)
            held = [name for name, path in pages if through_varnish(path)[0] == "HIT"]
            data = {**original, "title": [f"{title} ({os.environ['VARNISH_PURGE']} {number})"]}
            spent.clear()
            before = counters()
            started = time.perf_counter()
            response = page_editor.post(page_editor.edit_url, data)
            elapsed = time.perf_counter() - started
            after = counters()
            if response.status_code != 302:
                problem = editor.check("publish", response, page_editor)
                raise SystemExit(f"The publish failed: {problem}")
            stale = [
                name for name, path in pages if name in held and through_varnish(path)[0] == "HIT"
            ]
            if number:  # the first is uncounted: templates, per-process caches
                results.append(
                    {
                        "ms": elapsed * 1000,
                        "purge_ms": sum(spent) * 1000,
                        "requests": after["MAIN.client_req"] - before["MAIN.client_req"],
                        "bans": after["MAIN.bans"] - before["MAIN.bans"],
                        "gone": before["MAIN.n_object"] - after["MAIN.n_object"],
                        "held": held,
                        "stale": stale,
                    }
                )
    finally:
        page_editor.post(page_editor.edit_url, original)
        editor.forget_tasks(since)
    return {"pages": pages, "runs": results}


# --- The parent: servers, one process per mode, the table ------------------------------


def prepare(env, fresh):
    ready = WORK / ".prepared"
    if fresh:
        ready.unlink(missing_ok=True)
    if not ready.exists():
        scratch.prepare(env, admin=True)
        ready.touch()
    else:
        scratch.manage(env, "collectstatic", "--no-input", "-v0")


def median(runs, key):
    return statistics.median(run[key] for run in runs)


def table(results):
    lines = [
        "| Varnish purged by | publish ms | of which purging ms | requests to Varnish "
        "| bans added | objects gone at once | stale after the publish |",
        "|---|--:|--:|--:|--:|--:|---|",
    ]
    for mode, label in MODES:
        runs = results[mode]["runs"]
        stale = sorted({name for run in runs for name in run["stale"]})
        lines.append(
            f"| {label} | {median(runs, 'ms'):.0f} ({min(r['ms'] for r in runs):.0f}–"
            f"{max(r['ms'] for r in runs):.0f}) | {median(runs, 'purge_ms'):.0f} "
            f"| {median(runs, 'requests'):.0f} | {median(runs, 'bans'):.0f} "
            f"| {median(runs, 'gone'):.0f} | {', '.join(stale) or 'none'} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="counted publishes per mode")
    parser.add_argument("--fresh", action="store_true", help="build the scratch demo anew")
    parser.add_argument("--child", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        Path(args.child).write_text(json.dumps(publish_runs(args.runs), indent=2))
        return
    if not scratch.answers(REDIS_HOST, REDIS_PORT):
        log("No Redis on 127.0.0.1:6379: the purge bench needs the cache shared. Skipped.")
        return
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    env = scratch.environment(
        scratch.sqlite_url(WORK / "portal.sqlite3", args.fresh),
        scratch.PRODUCTION_SETTINGS,
        WORK,
        CANONICAL_HOST_REDIRECT="false",
        SECURE_SSL_REDIRECT="false",
        REDIS_URL=REDIS,
    )
    prepare(env, args.fresh)
    scratch.flush_redis(REDIS)
    gunicorn = servers.Gunicorn(env, label="purge", config=servers.DEPLOY_CONFIG)
    varnish = None
    results = {}
    try:
        varnish = servers.Varnish(gunicorn.port)
        log(f"gunicorn {gunicorn.base}, Varnish in front {varnish.base}")
        for mode, label in MODES:
            log(f"Publishing with Varnish purged by {label} …")
            output = WORK / f"purge-{mode}.json"
            child_env = {
                **env,
                "VARNISH_URL": varnish.base,
                "VARNISH_PURGE": mode,
                "VARNISH_INSTANCE": str(WORK / "varnish" / "instance"),
            }
            results[mode] = scratch.in_child(__file__, output, child_env, "--runs", str(args.runs))
    finally:
        if varnish:
            varnish.stop()
        gunicorn.stop()
    (WORK / "results.json").write_text(json.dumps(results, indent=2))
    pages = ", ".join(f"{name} ({path})" for name, path in results["xkey"]["pages"])
    log("")
    log(f"Publishing a measure, medians of {args.runs} (range), load {scratch.load_average()}:")
    log(f"watched through Varnish: {pages}")
    log(table(results))
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")


if __name__ == "__main__":
    main()
