"""Production settings without any response cache, for the uncached figures of `make bench`.

The targets for queries and requests per second are for uncached pages. wrk requests the
same URL thousands of times, so with a page cache in the middleware every request but the
first would be a cache hit. This module removes every middleware that caches responses
(the project's page cache, Django's cache middleware, wagtail-cache …) and the purge
backends that go with them; everything else is `cms.settings.production` as it is.
bench/run.py serves the cached pass, when there is a cache, with the production settings.
"""

import re

from cms.settings.production import *  # noqa: F403
from cms.settings.production import MIDDLEWARE

# A middleware whose module or class names a cache: cms.pagecache.middleware.PageCacheMiddleware,
# django.middleware.cache.UpdateCacheMiddleware, wagtailcache.cache.FetchFromCacheMiddleware.
_CACHES_RESPONSES = re.compile(r"cache", re.IGNORECASE)

BENCH_REMOVED_MIDDLEWARE = [m for m in MIDDLEWARE if _CACHES_RESPONSES.search(m)]
MIDDLEWARE = [m for m in MIDDLEWARE if m not in BENCH_REMOVED_MIDDLEWARE]
# Nothing is cached, so nothing needs purging when the seeding publishes pages.
WAGTAILFRONTENDCACHE = {}
