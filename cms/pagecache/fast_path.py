"""Page-cache hits answered in front of Django: one cache round trip, no middleware.

`PageCacheMiddleware` sits deep in MIDDLEWARE, so every hit used to pay for WSGI request
handling, the request signals and two dozen middlewares before one dictionary came out of
Redis. `PageCacheApplication` wraps Django's WSGI handler (cms/wsgi.py): for a request
the middleware would look up, it does the same lookup (same cookies, host and site, query
normalisation and variants; the entry and both version tokens in one `get_many`, one
MGET on Redis) and, on a hit, replays the stored response with the headers it went out
with the first time.

Those final headers are caught here, at the outermost point: on a miss the middleware
leaves the entry it would store in the WSGI environ, and this layer stores it with the
headers the full stack sent (CSP, Permissions-Policy, HSTS, X-Frame-Options, Vary …).
Entries stored without this layer (the test client, a worker without it) lack them and
are still replayed by the middleware, which then hands them back here to be completed.

What the middlewares in front of the page cache would do differently is left to them: a
request with a body (the body limit), a plain-http request under SECURE_SSL_REDIRECT, a
host Django refuses, a refused user agent, anything under STATIC_URL and any error in the
lookup go through the whole stack. The canonical-host redirect needs no check of its
own: a lookup only happens for the site's configured origin, the one address that
middleware lets through. The lookup's own miss is handed on, so a miss costs one round
trip too, and a Redis that hangs is asked once (then its circuit breaker answers).
"""

import logging
import re
from http import HTTPStatus

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from .middleware import LOOKUP, OUTER, PENDING, PageCacheMiddleware
from .store import cache, timeout

logger = logging.getLogger(__name__)

MIDDLEWARE_PATH = "cms.pagecache.middleware.PageCacheMiddleware"
# Headers a stored response must not carry: they would be someone's, or every visitor's.
_UNSHAREABLE = re.compile(r"'nonce-", re.IGNORECASE)


def wrap(application):
    """`application` behind the fast path, if the settings have the page cache at all."""
    if MIDDLEWARE_PATH not in settings.MIDDLEWARE:
        return application
    if not getattr(settings, "PAGE_CACHE_FAST_PATH", True):
        return application
    return PageCacheApplication(application)


class PageCacheApplication:
    def __init__(self, application):
        self.application = application
        self.page_cache = PageCacheMiddleware(get_response=None)
        self.static_prefix = settings.STATIC_URL or None
        self.refused_agents = list(getattr(settings, "DISALLOWED_USER_AGENTS", []))

    def __call__(self, environ, start_response):
        lookup = self.lookup(environ)
        if lookup is None:
            return self.application(environ, start_response)
        key, versions, _variant, _site_key = lookup
        entry = versions.get("entry")
        if entry is not None and entry.get("final"):
            return self.replay(environ, entry, start_response)
        environ[LOOKUP] = lookup
        environ[OUTER] = True
        sent = {}

        def remember(status, headers, exc_info=None):
            sent["status"], sent["headers"] = status, headers
            return start_response(status, headers, exc_info)

        body = self.application(environ, remember)
        pending = environ.get(PENDING)
        if pending is not None and sent.get("status", "").startswith("200"):
            self.store(pending, sent["headers"])
        return body

    def lookup(self, environ):
        """The middleware's lookup of this request, or None where the full stack must
        answer."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if environ.get("CONTENT_LENGTH") not in (None, "", "0"):
            return None
        path = environ.get("PATH_INFO", "")
        if self.static_prefix and path.startswith(self.static_prefix):
            return None
        agent = environ.get("HTTP_USER_AGENT", "")
        if any(pattern.search(agent) for pattern in self.refused_agents):
            return None
        try:
            # A copy: WSGIRequest writes the decoded path back into the environ it is
            # given, and Django's handler would then decode a non-ASCII path twice.
            request = WSGIRequest(environ.copy())
            if settings.SECURE_SSL_REDIRECT and not request.is_secure():
                return None
            return self.page_cache.lookup(request)
        except Exception:  # noqa: BLE001 - any doubt: the full stack answers, as before
            logger.debug("page cache fast path skipped", exc_info=True)
            return None

    def replay(self, environ, entry, start_response):
        content = entry["content"]
        headers = [(n, v) for n, v in entry["headers"] if n.lower() != "content-length"]
        headers += [("Content-Length", str(len(content))), ("X-Cache", "HIT")]
        status = entry["status"]
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]

    def store(self, pending, headers):
        key, entry = pending
        personal = any(name.lower() == "set-cookie" for name, _value in headers) or any(
            _UNSHAREABLE.search(value) for _name, value in headers
        )
        if not personal:
            final = [(n, v) for n, v in headers if n.lower() != "x-cache"]
            entry = {**entry, "headers": final, "final": True}
        # Otherwise kept as the middleware would have kept it, replayed only through it.
        cache().set(key, entry, timeout())
