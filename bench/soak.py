"""10,000 requests of mixed page types against one server: does any answer with a 5xx?

A press link brings a burst of visitors to many pages at once, with odd parameters from
copied links. The requests go round every page `make bench` measures, each also with a
second result page and with a page number nobody could mean, plus a missing page, in a
fixed shuffled order, eight at a time. The plain pages come up four times as often as the
variants, as links to them do; the variants are not cached, so Django renders them.
4xx answers are fine (a bad page number may be refused); a 5xx or a dropped connection is a failure.
"""

import random
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

TOTAL = 10_000
CONCURRENCY = 8


def variants(paths):
    """Every path (four times), its second page and a nonsense page number; one page that
    is missing."""
    urls = ["/de/diese-seite-gibt-es-nicht/"]
    for path in paths:
        joiner = "&" if "?" in path else "?"
        urls += [path] * 4 + [f"{path}{joiner}page=2", f"{path}{joiner}page=%27%3B--x"]
    return urls


def status_of(base, path, host):
    request = urllib.request.Request(base + path, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return f"no answer ({type(error).__name__})"


def soak(base, paths, host, total=TOTAL, concurrency=CONCURRENCY):
    urls = variants(paths)
    order = [urls[i % len(urls)] for i in range(total)]
    random.Random(0).shuffle(order)
    started = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        statuses = list(pool.map(lambda path: status_of(base, path, host), order))
    seconds = time.monotonic() - started
    failed = Counter(
        (path, status)
        for path, status in zip(order, statuses, strict=True)
        if not isinstance(status, int) or status >= 500
    )
    return {
        "requests": total,
        "distinct_urls": len(set(urls)),
        "seconds": seconds,
        "rps": total / seconds,
        "statuses": dict(sorted(Counter(str(s) for s in statuses).items())),
        "failures": [
            {"path": path, "status": str(status), "count": count}
            for (path, status), count in failed.most_common(10)
        ],
        "failed": sum(failed.values()),
    }
