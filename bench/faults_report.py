"""The fault pass's figures (bench/faults.py) and what they say: the log line, the table
and the section of docs/performance.md between `bench:faults:begin`/`bench:faults:end`."""

import math
from collections import Counter

from performance_doc import appended, write_section
from saboteurs import KILL_EVERY
from soak import TIMED_OUT

BEGIN, END = "<!-- bench:faults:begin -->", "<!-- bench:faults:end -->"
# What "answered in time" means for the outage page: the connect timeout and a margin.
OUTAGE_PAGE_WITHIN = 3.0

HEADING = """\

## Under faults

`make bench` ends with the mixed load while something behind the portal fails
(bench/faults.py; `bench/run.py --faults-only` runs only this part).

"""


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


def write_doc(results):
    """The fault pass's part of the doc, between its own markers; the other figures stay.
    Without the markers, a section at the end of the doc."""
    text = section(results)
    write_section(text, BEGIN, END, appended(HEADING, text), what="the fault pass into ")
