"""`make bench`'s report: the results table, the verdicts on the targets and the section
it writes into docs/performance.md."""

from performance_doc import write_section
from scratch import UNCACHED_SETTINGS
from servers import WORKERS

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

# The targets of the performance issue.
MAX_QUERIES = 12
MIN_RPS = 100
MAX_RSS_MB = 130
MAX_PSS_MB = 100
CACHED_SHARE_OF_NGINX = 0.5
# A page-cache hit against a trivial Django view under the same gunicorn (the issue's
# "near the application server's own limit").
CACHED_SHARE_OF_TRIVIAL = 0.8


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
    trivial = any("trivial" in row for row in rows)
    if trivial:
        head += " page cache ÷ trivial view |"
        rule += "--:|"
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
        if trivial:
            line += f" {share_of_trivial(row)} |"
        lines.append(line)
    nginx_line = f"| *nginx, static copy of “{nginx_page}”* | 0 | {nginx_rps:.0f} | – | – | 100 % |"
    lines.append(nginx_line + " – | – | – |" * len(passes) + (" – |" if trivial else ""))
    return "\n".join(lines)


def share_of_trivial(row):
    """The page's page-cache throughput as a share of the trivial view's, marked ✗ below
    the target."""
    if "trivial" not in row or "cached" not in row:
        return "–"
    share = percent(row["cached"]["rps"], row["trivial"]["rps"])
    if bypassed(row):
        return f"{share} (never cached)"
    low = row["cached"]["rps"] < CACHED_SHARE_OF_TRIVIAL * row["trivial"]["rps"]
    return share + (" ✗" if low else "")


def trivial_verdict(rows):
    """The target against the trivial view, over every cacheable page."""
    measured = [r for r in rows if "trivial" in r and "cached" in r]
    if not measured:
        return None
    trivial = measured[0]["trivial"]
    target = (
        f"- **A page-cache hit at least {CACHED_SHARE_OF_TRIVIAL:.0%} of a trivial Django view "
        f"under the same gunicorn** ({trivial['rps']:.0f} req/s: {trivial['before']:.0f} "
        f"before the pages, {trivial['after']:.0f} after):"
    )
    never = [r["name"] for r in measured if bypassed(r)]
    cacheable = [r for r in measured if not bypassed(r)]
    if not cacheable:
        return target + " no cacheable page was measured."
    shares = sorted(r["cached"]["rps"] / r["trivial"]["rps"] for r in cacheable)
    spread = f"between {shares[0]:.0%} and {shares[-1]:.0%}"
    low = [
        r for r in cacheable if r["cached"]["rps"] < CACHED_SHARE_OF_TRIVIAL * r["trivial"]["rps"]
    ]
    apart = f" Never cached, by design: {', '.join(never)}." if never else ""
    if not low:
        return f"{target} holds for every cacheable page ({spread}).{apart}"
    which = ", ".join(f"{r['name']} {share_of_trivial(r).removesuffix(' ✗')}" for r in low)
    return (
        f"{target} missed by {len(low)} of {len(cacheable)} cacheable pages ({spread}): "
        f"{which}.{apart}"
    )


def verdicts(rows, rss, nginx_rps, soak_result, database, uss=None):
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
    shares = [mb["pss"] for mb in (uss or {}).values() if mb is not None]
    if shares:
        most = max(shares)
        lines.append(
            f"- **Worker PSS at most {MAX_PSS_MB} MB:** "
            + ("holds" if most <= MAX_PSS_MB else f"missed by {most - MAX_PSS_MB:.0f} MB")
            + f" (largest {most:.0f} MB after the load)."
        )
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
    lines = [target, *(pass_verdict(rows, nginx_rps, *p) for p in passes)]
    trivial = trivial_verdict(rows)
    return "\n".join([*lines, trivial] if trivial else lines)


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
            "`deploy/varnish/default.vcl` in front of that gunicorn; “page cache ÷ trivial "
            "view”, that gunicorn's page-cache throughput against a view returning 3 bytes "
            "through every middleware (`/bench/trivial/`, only in `bench.cached_settings`)."
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
        verdicts(
            rows,
            rss,
            results["nginx_rps"],
            results.get("soak"),
            results["database"],
            results.get("uss"),
        ),
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
- A page-cache hit: at least {trivial:.0%} of a trivial Django view under the same gunicorn.
- Worker RSS under {rss} MB.

## Latest figures

{section}
"""


def write_doc(results):
    text = section(results)
    write_section(
        text,
        BEGIN,
        END,
        lambda _doc: SKELETON.format(
            queries=MAX_QUERIES,
            rps=MIN_RPS,
            workers=WORKERS,
            rss=MAX_RSS_MB,
            trivial=CACHED_SHARE_OF_TRIVIAL,
            section=text,
        ),
    )
