"""10,000 requests of mixed page types against one server: does any answer with a 5xx?

A press link brings a burst of visitors to many pages at once, with odd parameters from
copied links. The requests go round every page `make bench` measures, each also with a
second result page and with a page number nobody could mean, plus a missing page, in a
fixed shuffled order, eight at a time. The plain pages come up four times as often as the
variants, as links to them do; the variants are not cached, so Django renders them.
4xx answers are fine (a bad page number may be refused); a 5xx or a dropped connection is a failure.

The fault pass (bench/faults.py) sends the same mix for a fixed time instead of a fixed
count (`timed`), keeping each request's answer and latency.
"""

import contextlib
import http.client
import random
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

TOTAL = 10_000
CONCURRENCY = 8
# Long enough for any page under load; the fault pass sets a shorter one.
TIMEOUT = 60
TIMED_OUT = "no answer (timeout)"


def variants(paths):
    """Every path (four times), its second page and a nonsense page number; one page that
    is missing."""
    urls = ["/de/diese-seite-gibt-es-nicht/"]
    for path in paths:
        joiner = "&" if "?" in path else "?"
        urls += [path] * 4 + [f"{path}{joiner}page=2", f"{path}{joiner}page=%27%3B--x"]
    return urls


def shuffled(urls, total):
    """`total` requests round `urls`, in a fixed shuffled order."""
    order = [urls[i % len(urls)] for i in range(total)]
    random.Random(0).shuffle(order)
    return order


def status_of(base, path, host, timeout=TIMEOUT):
    """The status code, or "no answer (…)" for a timeout or a broken connection."""
    request = urllib.request.Request(base + path, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        with contextlib.suppress(OSError, http.client.HTTPException):
            error.read()
        return error.code
    except (OSError, http.client.HTTPException) as error:
        # A timeout while connecting arrives wrapped in a URLError, one while reading not.
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            return TIMED_OUT
        return f"no answer ({type(reason).__name__})"


def failed(status):
    """A 5xx or no answer at all."""
    return not isinstance(status, int) or status >= 500


def soak(base, paths, host, total=TOTAL, concurrency=CONCURRENCY):
    urls = variants(paths)
    order = shuffled(urls, total)
    started = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        statuses = list(pool.map(lambda path: status_of(base, path, host), order))
    seconds = time.monotonic() - started
    failures = Counter(
        (path, status) for path, status in zip(order, statuses, strict=True) if failed(status)
    )
    return {
        "requests": total,
        "distinct_urls": len(set(urls)),
        "seconds": seconds,
        "rps": total / seconds,
        "statuses": dict(sorted(Counter(str(s) for s in statuses).items())),
        "failures": [
            {"path": path, "status": str(status), "count": count}
            for (path, status), count in failures.most_common(10)
        ],
        "failed": sum(failures.values()),
    }


def timed(base, urls, host, seconds, concurrency=CONCURRENCY, timeout=TIMEOUT):
    """The mix for `seconds`: `concurrency` clients, each sending its next request as soon
    as the last one is answered (or timed out). Returns one (started, path, status,
    latency) per request, times in seconds from the start, in the order they finished."""
    order = shuffled(urls, max(len(urls), 1) * 20)
    done = []
    lock = threading.Lock()
    started = time.monotonic()
    deadline = started + seconds

    def client(number):
        position = number * len(order) // concurrency
        while time.monotonic() < deadline:
            path = order[position % len(order)]
            position += 1
            begun = time.monotonic()
            status = status_of(base, path, host, timeout)
            ended = time.monotonic()
            with lock:
                done.append((begun - started, path, status, ended - begun))

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client, range(concurrency)))
    return done
