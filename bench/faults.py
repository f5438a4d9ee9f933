"""The fault pass of `make bench`: the mixed load while a server behind the portal fails.

Three scenarios, each `seconds` (30 by default) of the soak's URL mix (bench/soak.py:
every measured page, its second page, a nonsense page number, a missing page), eight
clients at a time, each request given up after 10 s. gunicorn runs as production runs it:
`-c deploy/gunicorn/gunicorn.conf.py` (gthread workers, its timeouts and statement
timeout, --preload) with `cms.settings.production`, three workers, on a free port.

1. Redis hangs: REDIS_URL names a port that accepts connections and never answers (a
   Redis stopped with SIGSTOP, a half-open network). By design (cms/ops/redis_cache.py) a
   cache call waits at most 0.5 s, then the circuit breaker skips Redis for
   REDIS_COOL_DOWN seconds: pages are rendered uncached, none fails.
2. PostgreSQL unreachable: the page cache (on Redis, db 12, flushed first) is filled by
   requesting every URL of the mix once through a gunicorn on the real database; then a
   gunicorn with the same Redis and DATABASE_URL pointing at a port that never answers
   serves the mix. By design the pages the cache holds answer 200 (cms/pagecache/) and
   every other request the 503 outage page (cms/middleware.py) after
   DATABASE_CONNECT_TIMEOUT. Skipped on SQLite, a file rather than a server.
3. A worker killed: Varnish (deploy/varnish/default.vcl) in front of gunicorn with the
   page cache on Redis; every 10 s a worker gets SIGKILL, and gunicorn starts another.
   By design Varnish asks again for a GET that broke off (vcl_backend_error), so a
   visitor sees no failure. The same then directly against gunicorn, without Varnish:
   what the retry saves.

A 5xx other than the outage page, a timeout or a dropped connection is a failure, except
directly against a killed worker, where a lost request is what the scenario shows.
Standard library only, like the rest of bench/.
"""

import os
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from faults_report import OUTAGE_PAGE_WITHIN, line, summarise
from saboteurs import KILL_EVERY, SilentListener, WorkerKiller
from scratch import SITE_HOST, answers, flush_redis, log
from servers import DEPLOY_CONFIG, Gunicorn, Varnish
from soak import CONCURRENCY, TIMED_OUT, timed, variants

SECONDS = 30
CLIENT_TIMEOUT = 10
FAULT_WORKERS = 3
# Redis as the bench's other passes use it (db 11), in a database of its own.
FAULT_REDIS = "redis://127.0.0.1:6379/12"
MISSING_PAGE = "/de/diese-seite-gibt-es-nicht/"


def load(base, urls, seconds):
    started = time.monotonic()
    records = timed(base, urls, SITE_HOST, seconds, CONCURRENCY, CLIENT_TIMEOUT)
    return records, summarise(records, time.monotonic() - started)


def probe(base, path):
    """One request on its own: status, headers and seconds."""
    request = urllib.request.Request(base + path, headers={"Host": SITE_HOST})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=CLIENT_TIMEOUT) as response:
            response.read()
            status, headers = response.status, response.headers
    except urllib.error.HTTPError as error:
        error.read()
        status, headers = error.code, error.headers
    except OSError as error:
        return {"status": f"no answer ({type(error).__name__})", "seconds": None}
    return {
        "status": status,
        "seconds": time.monotonic() - started,
        "retry_after": headers.get("Retry-After"),
        "x_cache": headers.get("X-Cache"),
    }


def access_log_lines(gunicorn):
    """Requests gunicorn answered so far (deploy's config logs them to its log file)."""
    return Path(gunicorn.log_file.name).read_text(errors="replace").count('"GET ')


# --- Scenarios -----------------------------------------------------------------------


def redis_hangs(env, urls, seconds, servers):
    listener = SilentListener()
    servers.append(listener)
    fault_env = {**env, "REDIS_URL": f"redis://127.0.0.1:{listener.port}/0"}
    gunicorn = Gunicorn(fault_env, label="fault-redis", workers=FAULT_WORKERS, config=DEPLOY_CONFIG)
    servers.append(gunicorn)
    log(f"  gunicorn {gunicorn.base}, REDIS_URL to a silent port ({listener.port})")
    _records, figures = load(gunicorn.base, urls, seconds)
    gunicorn.stop()
    servers.remove(gunicorn)
    failures = failures_of(figures, allow_503=False)
    if not listener.connections:
        failures.append("no connection reached the silent Redis: the fault did not happen")
    return {
        "key": "redis",
        "name": "Redis hangs",
        "figures": figures,
        "held": listener.connections,
        "failures": failures,
    }


def database_unreachable(database_url, env, urls, seconds, servers):
    result = {"key": "database", "name": "PostgreSQL unreachable"}
    if not database_url.startswith("postgres"):
        result["skipped"] = (
            "the bench database is SQLite, a file in the process rather than a server "
            "that can stop answering; with PostgreSQL on 127.0.0.1:5432 the bench runs it"
        )
        return result
    redis = urlsplit(FAULT_REDIS)
    if not answers(redis.hostname, redis.port or 6379):
        result["skipped"] = (
            f"no Redis answers at {FAULT_REDIS}: without a shared page cache "
            "there is nothing to serve while the database is down"
        )
        return result
    flush_redis(FAULT_REDIS)
    warm_env = {**env, "REDIS_URL": FAULT_REDIS}
    warm = Gunicorn(warm_env, label="fault-warm", workers=FAULT_WORKERS, config=DEPLOY_CONFIG)
    servers.append(warm)
    distinct = sorted(set(urls))
    # Each URL once: a page the cache keeps answers MISS (kept now), else BYPASS or none.
    warmed = {path: probe(warm.base, path) for path in distinct}
    warm.stop()
    servers.remove(warm)
    kept = {
        path
        for path, answer in warmed.items()
        if answer["status"] == 200 and answer.get("x_cache") in ("MISS", "HIT")
    }
    log(f"  page cache filled: {len(kept)} of {len(distinct)} URLs kept")

    listener = SilentListener()
    servers.append(listener)
    parts = urlsplit(database_url)
    silent_url = database_url.replace(parts.netloc, f"{parts.username}@127.0.0.1:{listener.port}")
    fault_env = {**warm_env, "DATABASE_URL": silent_url}
    gunicorn = Gunicorn(
        fault_env, label="fault-database", workers=FAULT_WORKERS, config=DEPLOY_CONFIG
    )
    servers.append(gunicorn)
    log(f"  gunicorn {gunicorn.base}, DATABASE_URL to a silent port ({listener.port})")
    records, figures = load(gunicorn.base, urls, seconds)
    # On its own, once the requests the clients gave up on are done: how long a cached
    # page and the outage page take without a queue, and that the 503 is the outage page.
    time.sleep(CLIENT_TIMEOUT)
    quiet = probe(gunicorn.base, MISSING_PAGE)
    quiet_kept = probe(gunicorn.base, min(kept, key=len)) if kept else None
    gunicorn.stop()
    servers.remove(gunicorn)
    on_kept = Counter(str(status) for _t, path, status, _l in records if path in kept)
    failures = failures_of(figures, allow_503=True)
    if not listener.connections:
        failures.append("no connection reached the silent database: the fault did not happen")
    # (Requests given up on are counted above, as timeouts.)
    lost = sum(count for status, count in on_kept.items() if status not in ("200", TIMED_OUT))
    if lost:
        failures.append(f"{lost} requests for pages the cache held were answered, not with 200")
    if quiet_kept and quiet_kept["status"] != 200:
        failures.append(f"a page the cache held got {quiet_kept['status']} on its own")
    if quiet["status"] != 503 or not quiet.get("retry_after"):
        failures.append(f"a page not in the cache got {quiet['status']}, not the outage page")
    elif quiet["seconds"] > OUTAGE_PAGE_WITHIN:
        failures.append(
            f"the outage page took {quiet['seconds']:.1f} s on its own "
            f"(more than {OUTAGE_PAGE_WITHIN:.0f} s)"
        )
    result.update(
        figures=figures,
        kept_urls=len(kept),
        distinct_urls=len(distinct),
        on_kept=dict(sorted(on_kept.items())),
        quiet=quiet,
        quiet_kept=quiet_kept,
        held=listener.connections,
        connect_timeout=env.get("DATABASE_CONNECT_TIMEOUT", "2"),
        failures=failures,
    )
    return result


def worker_killed(env, urls, seconds, servers):
    flush_redis(FAULT_REDIS)
    # As deployed: the page cache on Redis, Varnish the only proxy.
    fault_env = {**env, "REDIS_URL": FAULT_REDIS, "TRUSTED_PROXIES": "127.0.0.1"}
    gunicorn = Gunicorn(fault_env, label="fault-kill", workers=FAULT_WORKERS, config=DEPLOY_CONFIG)
    servers.append(gunicorn)
    varnish = Varnish(gunicorn.port)
    servers.append(varnish)
    log(f"  gunicorn {gunicorn.base} behind Varnish {varnish.base}; SIGKILL every {KILL_EVERY} s")
    runs = {}
    for through, base in (("varnish", varnish.base), ("direct", gunicorn.base)):
        answered_before = access_log_lines(gunicorn)
        killer = WorkerKiller(gunicorn)
        _records, figures = load(base, urls, seconds)
        figures["kills"] = killer.stop()
        # Give gunicorn a moment to replace the last one before counting.
        deadline = time.monotonic() + 15
        while len(gunicorn.workers()) < FAULT_WORKERS and time.monotonic() < deadline:
            time.sleep(0.2)
        figures["workers_after"] = len(gunicorn.workers())
        figures["reached_gunicorn"] = access_log_lines(gunicorn) - answered_before
        runs[through] = figures
        log(f"  {through}: {figures['statuses']}, killed {[pid for _t, pid in figures['kills']]}")
    varnish.stop()
    servers.remove(varnish)
    gunicorn.stop()
    servers.remove(gunicorn)
    failures = failures_of(runs["varnish"], allow_503=False)
    for figures in runs.values():
        if figures["workers_after"] < FAULT_WORKERS:
            failures.append(
                f"gunicorn ran {figures['workers_after']} of {FAULT_WORKERS} workers "
                "after the kills"
            )
    return {
        "key": "kill",
        "name": "A worker killed",
        "figures": runs["varnish"],
        "direct": runs["direct"],
        "failures": failures,
    }


def failures_of(figures, allow_503):
    found = []
    server_errors = figures["other_5xx"] + (0 if allow_503 else figures["s503"])
    if server_errors:
        found.append(
            f"{server_errors} answered with a 5xx" + (" other than 503" if allow_503 else "")
        )
    if figures["timeouts"]:
        found.append(f"{figures['timeouts']} got no answer within {CLIENT_TIMEOUT} s")
    if figures["connection_errors"]:
        found.append(f"{figures['connection_errors']} lost their connection")
    return found


def add_options(parser):
    """The fault pass's options of bench/run.py."""
    parser.add_argument(
        "--fault-seconds",
        type=int,
        default=SECONDS,
        metavar="S",
        help="seconds of mixed load per fault scenario (0: skip the fault pass)",
    )
    parser.add_argument(
        "--faults-only",
        action="store_true",
        help="prepare the database as usual, then run only the fault pass",
    )


def run(database_url, env, paths, seconds=SECONDS):
    """All three scenarios. `env`: what gunicorn runs with (production settings on the
    bench database, no REDIS_URL); `paths`: the pages the bench measures."""
    urls = variants(paths)
    log(
        f"Fault pass: {seconds} s per scenario, {CONCURRENCY} clients, "
        f"{len(set(urls))} URLs, client timeout {CLIENT_TIMEOUT} s"
    )
    started = time.strftime("%Y-%m-%d %H:%M")
    load_before = os.getloadavg()
    scenarios, servers = [], []
    try:
        for name, step in (
            ("Redis hangs", lambda: redis_hangs(env, urls, seconds, servers)),
            (
                "PostgreSQL unreachable",
                lambda: database_unreachable(database_url, env, urls, seconds, servers),
            ),
            ("A worker killed", lambda: worker_killed(env, urls, seconds, servers)),
        ):
            log(f"{name} …")
            scenario = step()
            scenarios.append(scenario)
            if scenario.get("skipped"):
                log(f"  skipped: {scenario['skipped']}")
            else:
                log(f"  {line(scenario['figures'])}")
    finally:
        for server in reversed(servers):
            server.stop()
    return {
        "date": started,
        "seconds": seconds,
        "clients": CONCURRENCY,
        "client_timeout": CLIENT_TIMEOUT,
        "workers": FAULT_WORKERS,
        "distinct_urls": len(set(urls)),
        "load_before": " ".join(f"{x:.2f}" for x in load_before),
        "load_after": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "scenarios": scenarios,
        "failures": [f"{s['name']}: {f}" for s in scenarios for f in s.get("failures", [])],
    }
