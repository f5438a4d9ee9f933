"""gunicorn for the portal behind Varnish (deploy/varnish/default.vcl).

    gunicorn -c deploy/gunicorn/gunicorn.conf.py cms.wsgi

With more than one worker, set REDIS_URL: the page cache and its purge are then shared
by all workers (the memory cache is per process).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
wsgi_app = "cms.wsgi:application"
# Varnish on the same host by default; with several nodes (deploy/README.md) it is on
# another host: name its address here, as in TRUSTED_PROXIES.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
timeout = 30
# gunicorn caps no request body: limit_request_line and limit_request_field_size bound
# only the request line and headers. Bodies are capped by cms.ops.body_limit (413 for a
# Content-Length over REQUEST_BODY_MAX, before Django reads anything) and by the proxy in
# front: deploy/varnish/default.vcl refuses more than 40 MiB by Content-Length; a TLS
# terminator in front of it (nginx: client_max_body_size) must allow at least
# REQUEST_BODY_MAX_ADMIN.
#
# A worker that stops (max_requests, a reload, a crash) finishes what it accepted within
# graceful_timeout; a request a killed worker had accepted is retried by Varnish where
# HTTP allows it (GET and HEAD, vcl_backend_error).
graceful_timeout = 30
# Web requests: a statement running longer than this is cancelled (PostgreSQL), so one
# runaway query cannot hold a worker. Management commands keep no limit.
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "25")
# After a failed connection to the database, a worker does not try again for 5 s: the
# outage page comes at once instead of after another connect timeout (cms/db/postgresql).
os.environ.setdefault("DATABASE_COOL_DOWN", "5")
# Import the project once in the master: the workers share those pages copy-on-write
# instead of each holding its own 130 MB. Connections (database, Redis) open lazily in
# each worker, after the fork.
preload_app = True
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"

# gunicorn names itself in a `Server` header on every answer and has no setting to stop
# it. Varnish drops the header as well; this covers a health check or a second proxy that
# reaches gunicorn directly. Runs in the master before the fork, so every worker has it.
from gunicorn.http import wsgi as _wsgi  # noqa: E402

_default_headers = _wsgi.Response.default_headers


def _without_server_header(response):
    return [line for line in _default_headers(response) if not line.startswith("Server:")]


_wsgi.Response.default_headers = _without_server_header
