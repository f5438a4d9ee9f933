"""wrk's load on the pages `make bench` measures: through the page cache, through Varnish
in front of it, and nginx serving a page's own HTML as the ceiling to compare with."""

import json
import shutil
import subprocess

from pages_report import CACHED_SHARE_OF_NGINX, bypassed
from scratch import PRODUCTION_SETTINGS, ROOT, SITE_HOST, flush_redis, log
from servers import Gunicorn, Varnish, cache_status

# Production settings plus the trivial view at TRIVIAL_PATH (bench/trivial_view.py).
TRIVIAL_SETTINGS = "bench.cached_settings"
TRIVIAL_PATH = "/bench/trivial/"


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


def cached_passes(cached_env, rows, args, servers):
    """The same load through the page cache (a gunicorn with `cached_env`, whose REDIS_URL
    it empties first), then through Varnish in front of it.

    The production settings of `cached_env` gain one trivial view (bench/cached_settings.py),
    loaded before and after the pages: the ceiling of that gunicorn, in each row's
    "trivial". Returns the cached gunicorn, left running for the mixed load."""
    flush_redis(cached_env["REDIS_URL"])
    if cached_env.get("DJANGO_SETTINGS_MODULE") == PRODUCTION_SETTINGS:
        cached_env = {**cached_env, "DJANGO_SETTINGS_MODULE": TRIVIAL_SETTINGS}
    gunicorn = Gunicorn(cached_env, preload=args.preload, label="cached")
    servers.append(gunicorn)
    log(f"gunicorn with the page cache: {gunicorn.base}")
    trivial_before = trivial_view(gunicorn, args)
    for row in rows:
        # The warm-up second of load() fills the cache.
        row["cached"] = load(gunicorn.base + row["path"], args)
        row["cached"]["x_cache"], row["html"] = cache_status(gunicorn.base + row["path"])
        log(
            f"  {row['name']:<28} cached {row['cached']['rps']:>10.0f} req/s "
            f"({row['cached']['x_cache']})"
        )
    trivial_after = trivial_view(gunicorn, args)
    trivial = {
        "before": trivial_before,
        "after": trivial_after,
        "rps": (trivial_before + trivial_after) / 2,
    }
    for row in rows:
        row["trivial"] = trivial
    if args.no_varnish:
        return gunicorn
    varnish = Varnish(gunicorn.port)
    servers.append(varnish)
    log(f"Varnish (deploy/varnish/default.vcl) in front of it: {varnish.base}")
    for row in rows:
        row["varnish"] = load(varnish.base + row["path"], args)
        log(f"  {row['name']:<28} Varnish {row['varnish']['rps']:>10.0f} req/s")
    return gunicorn


def trivial_view(gunicorn, args):
    """req/s of the trivial view through the whole middleware stack of `gunicorn`."""
    rps = load(gunicorn.base + TRIVIAL_PATH, args)["rps"]
    log(f"  {'trivial Django view':<28} {rps:>17.0f} req/s")
    return rps


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
