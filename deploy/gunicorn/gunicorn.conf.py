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
# Varnish is on the same host; the visitor's address arrives in X-Forwarded-For.
forwarded_allow_ips = "127.0.0.1"
timeout = 30
graceful_timeout = 30
# Import the project once in the master: the workers share those pages copy-on-write
# instead of each holding its own 130 MB. Connections (database, Redis) open lazily in
# each worker, after the fork.
preload_app = True
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
