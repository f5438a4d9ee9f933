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

import math
import os
import random
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from servers import DEPLOY_CONFIG, SITE_HOST, Gunicorn, Varnish
from soak import CONCURRENCY, TIMED_OUT, timed, variants

SECONDS = 30
CLIENT_TIMEOUT = 10
FAULT_WORKERS = 3
KILL_EVERY = 10
# Redis as the bench's other passes use it (db 11), in a database of its own.
FAULT_REDIS = "redis://127.0.0.1:6379/12"
# What "answered in time" means for the outage page: the connect timeout and a margin.
OUTAGE_PAGE_WITHIN = 3.0
MISSING_PAGE = "/de/diese-seite-gibt-es-nicht/"

BEGIN, END = "<!-- bench:faults:begin -->", "<!-- bench:faults:end -->"


def log(message=""):
    print(message, flush=True)


class SilentListener:
    """A TCP port that accepts every connection and never sends a byte: a server that
    hangs. The kernel completes the handshake, so a client's connect succeeds and its
    first read waits."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while not self.stopped.is_set():
            try:
                conn, _address = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.held.append(conn)

    @property
    def connections(self):
        return len(self.held)

    def stop(self):
        self.stopped.set()
        self.thread.join()
        self.sock.close()
        for conn in self.held:
            conn.close()


class WorkerKiller:
    """SIGKILL to one of gunicorn's workers every `every` seconds, the first after half of
    that, until stopped."""

    def __init__(self, gunicorn, every=KILL_EVERY):
        self.gunicorn = gunicorn
        self.every = every
        self.kills = []
        self.stopped = threading.Event()
        self.random = random.Random(0)
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.started = time.monotonic()
        self.thread.start()

    def run(self):
        wait = self.every / 2
        while not self.stopped.wait(wait):
            pids = self.gunicorn.workers()
            if pids:
                pid = self.random.choice(pids)
                try:
                    os.kill(pid, signal.SIGKILL)
                    self.kills.append((round(time.monotonic() - self.started, 1), pid))
                except ProcessLookupError:
                    pass
            wait = self.every

    def stop(self):
        self.stopped.set()
        self.thread.join()
        return self.kills


# --- Figures -------------------------------------------------------------------------


def percentile(values, share):
    """Nearest-rank percentile of `values` (seconds), None without values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share / 100 * len(ordered)) - 1)]


def summarise(records, seconds):
    """Counts and latencies of one load: (started, path, status, latency) per request."""
    statuses = Counter(str(status) for _t, _p, status, _l in records)
    latencies = [latency for *_rest, latency in records]
    timeouts = sum(1 for _t, _p, status, _l in records if status == TIMED_OUT)
    broken = sum(1 for _t, _p, status, _l in records if isinstance(status, str)) - timeouts
    server_errors = [s for _t, _p, s, _l in records if isinstance(s, int) and s >= 500]
    outage = [latency for _t, _p, status, latency in records if status == 503]
    return {
        "requests": len(records),
        "seconds": seconds,
        "rps": len(records) / seconds if seconds else 0,
        "statuses": dict(sorted(statuses.items())),
        "s503": len(outage),
        "other_5xx": sum(1 for s in server_errors if s != 503),
        "timeouts": timeouts,
        "connection_errors": broken,
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "max": max(latencies, default=None),
        "p95_503": percentile(outage, 95),
        "max_503": max(outage, default=None),
    }


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


def flush(redis_url):
    subprocess.run(["redis-cli", "-u", redis_url, "flushdb"], capture_output=True, check=False)


def redis_answers(redis_url):
    parts = urlsplit(redis_url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


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
    if not redis_answers(FAULT_REDIS):
        result["skipped"] = (
            f"no Redis answers at {FAULT_REDIS}: without a shared page cache "
            "there is nothing to serve while the database is down"
        )
        return result
    flush(FAULT_REDIS)
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
    flush(FAULT_REDIS)
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


# --- Report --------------------------------------------------------------------------


def ms(value):
    return "–" if value is None else f"{value * 1000:.0f}"


def line(figures):
    return (
        f"{figures['requests']} requests, {figures['statuses']}, "
        f"p50 {ms(figures['p50'])} ms, p95 {ms(figures['p95'])} ms, {figures['rps']:.0f} req/s"
    )


def answers(figures):
    return ", ".join(f"{count}× {status}" for status, count in figures["statuses"].items())


def row(label, figures):
    return (
        f"| {label} | {figures['requests']} | {answers(figures)} | {figures['s503']} "
        f"| {figures['other_5xx']} | {figures['timeouts']} | {figures['connection_errors']} "
        f"| {ms(figures['p50'])} | {ms(figures['p95'])} | {ms(figures['max'])} "
        f"| {figures['rps']:.0f} |"
    )


def table(results):
    lines = [
        "| scenario | requests | answers | 503 | other 5xx | timeouts | connection errors "
        "| p50 ms | p95 ms | max ms | req/s |",
        "|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for scenario in results["scenarios"]:
        if scenario.get("skipped"):
            lines.append(f"| {scenario['name']} | skipped | – | – | – | – | – | – | – | – | – |")
            continue
        label = scenario["name"] + (", through Varnish" if scenario["key"] == "kill" else "")
        lines.append(row(label, scenario["figures"]))
        if scenario.get("direct"):
            lines.append(row("A worker killed, directly against gunicorn", scenario["direct"]))
    return "\n".join(lines)


def verdict(scenario):
    if not scenario["failures"]:
        return "**holds**"
    return "**missed**: " + "; ".join(scenario["failures"])


def alone(answer):
    if answer.get("seconds") is None:
        return str(answer["status"])
    text = f"{answer['status']} in {answer['seconds']:.1f} s"
    if answer.get("retry_after"):
        text += f" (Retry-After: {answer['retry_after']})"
    return text


def statement(scenario, results):
    if scenario.get("skipped"):
        return f"- **{scenario['name']}:** skipped: {scenario['skipped']}."
    figures = scenario["figures"]
    if scenario["key"] == "redis":
        return (
            f"- **{scenario['name']}** (REDIS_URL names a port that accepts connections and "
            f"never answers; it received {scenario['held']} connections). Designed: every "
            "request answered, slower, none with a 5xx or a timeout (cms/ops/redis_cache.py). "
            f"Measured: {answers(figures)}; p95 {ms(figures['p95'])} ms, slowest "
            f"{ms(figures['max'])} ms, {figures['rps']:.0f} req/s. {verdict(scenario)}."
        )
    if scenario["key"] == "database":
        kept = ", ".join(f"{count}× {status}" for status, count in scenario["on_kept"].items())
        quiet_text = alone(scenario["quiet"])
        kept_text = alone(scenario["quiet_kept"]) if scenario.get("quiet_kept") else "–"
        outage = (
            f"the 503s under load p95 {ms(figures['p95_503'])} ms, slowest "
            f"{ms(figures['max_503'])} ms"
            if figures["s503"]
            else f"no 503 reached a client within {results['client_timeout']} s"
        )
        return (
            f"- **{scenario['name']}** (DATABASE_URL names a port that never answers, "
            f"DATABASE_CONNECT_TIMEOUT {scenario['connect_timeout']} s; the port received "
            f"{scenario['held']} connection attempts; the page cache held "
            f"{scenario['kept_urls']} of the {scenario['distinct_urls']} URLs, filled just "
            "before). Designed: the cached pages 200, everything else the 503 outage page "
            f"within about {OUTAGE_PAGE_WITHIN:.0f} s, no other 5xx, no timeout. Measured: "
            f"requests for cached pages {kept or 'none'}; {outage}. Asked on its "
            f"own after the load, a page the cache held: {kept_text}; one it did not: "
            f"{quiet_text}. {verdict(scenario)}."
        )
    direct = scenario["direct"]
    kills = figures["kills"] + direct["kills"]
    lost_direct = direct["other_5xx"] + direct["s503"] + direct["timeouts"]
    lost_direct += direct["connection_errors"]
    return (
        f"- **{scenario['name']}** (gunicorn with {results['workers']} workers behind Varnish, "
        f"SIGKILL to one every {KILL_EVERY} s: {len(kills)} kills, "
        f"{figures['workers_after']} and {direct['workers_after']} workers running after "
        "each run). Designed: through Varnish no request fails (it asks again for a GET "
        f"that broke off). Measured through Varnish: {answers(figures)}; "
        f"{figures['reached_gunicorn']} of the {figures['requests']} requests were answered "
        f"by gunicorn, the rest from Varnish's cache. {verdict(scenario)}. Directly against "
        f"gunicorn, with nothing to ask again, {lost_direct} of {direct['requests']} failed "
        f"({answers(direct)}; {direct['reached_gunicorn']} answered by gunicorn)."
    )


def section(results):
    parts = [
        BEGIN,
        "<!-- Written by `make bench` (bench/faults.py); edits between the markers are lost. -->",
        "",
        f"**Run of {results['date']}**; load average before {results['load_before']}, after "
        f"{results['load_after']}.",
        "",
        f"- Each scenario: {results['seconds']} s of the mixed load (the soak's "
        f"{results['distinct_urls']} URLs), {results['clients']} clients, each request given "
        f"up after {results['client_timeout']} s (a timeout).",
        "- gunicorn as deployed (`-c deploy/gunicorn/gunicorn.conf.py`: gthread, 2 threads, "
        f"--preload, timeout 30 s) with {results['workers']} workers and "
        "`cms.settings.production`; the page cache on Redis where it has one.",
        "- Latencies are of every request, timeouts counted at the moment they were given up.",
        "",
        table(results),
        "",
        *(statement(scenario, results) for scenario in results["scenarios"]),
        "",
        END,
    ]
    return "\n".join(parts)
