"""The middleware that serves and stores anonymous responses of public pages."""

import re

from django.conf import settings
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control

from .store import (
    _PREFIX,
    DEFAULT_EXCLUDED,
    MAX_CONTENT_LENGTH,
    _digest,
    _ensure,
    _new_token,
    _setting,
    cache,
    entry_key,
    normalise_query,
    origin,
    path_version_key,
    public_port,
    response_xkeys,
    site_for,
    site_version_key,
    timeout,
)
from .wagtail_hooks import PAGE_ATTRIBUTE

# Keys in the WSGI environ (request.META) shared with the fast path in front (fast_path.py).
LOOKUP = "cms.pagecache.lookup"
PENDING = "cms.pagecache.pending"
OUTER = "cms.pagecache.outer"

# --- The middleware ----------------------------------------------------------------


class PageCacheMiddleware:
    """Serves and stores anonymous GET/HEAD responses of public pages.

    In MIDDLEWARE after the session, authentication and OTP middlewares (it needs to know
    whether someone is logged in) and after everything that adds security headers (CSP,
    Permissions-Policy, X-Frame-Options, SecurityMiddleware), so a cached response goes
    out through them and gets the same headers as a fresh one.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = re.compile(_setting("PAGE_CACHE_EXCLUDED", DEFAULT_EXCLUDED))

    def __call__(self, request):
        # Done already by the fast path in front (fast_path.py), in the same way.
        lookup = request.META.pop(LOOKUP, None)
        if lookup is None or self.personal(request):
            lookup = self.lookup(request)
        if lookup is None:
            response = self.get_response(request)
            if self.personal(request) and "Cache-Control" not in response:
                # Pages for someone logged in must not end up in a shared cache.
                patch_cache_control(response, private=True)
            return response
        key, versions, variant, site_key = lookup
        hit = versions.pop("entry")
        if hit is not None:
            if request.META.get(OUTER):
                # Stored without the final headers: the fast path adds them.
                request.META[PENDING] = (key, hit)
            return self.replay(request, hit)
        response = self.get_response(request)
        stored = (
            request.method == "GET"
            and self.storable(request, response)
            and self.store(
                request,
                key,
                versions,
                variant,
                response,
                response_xkeys(site_key, request.path, getattr(request, PAGE_ATTRIBUTE, None)),
            )
        )
        if stored:
            response["X-Cache"] = "MISS"
            return response
        response["X-Cache"] = "BYPASS"
        return response

    # Whether this request may be answered from, and stored in, the cache.
    def personal(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return True
        user = getattr(request, "user", None)
        return bool(user is not None and user.is_authenticated)

    def lookup(self, request):
        if request.method not in ("GET", "HEAD") or getattr(request, "is_dummy", False):
            return None
        if self.excluded.search(request.path_info):
            return None
        # Only the CSRF and language cookies leave a page unchanged; a session, a pending
        # message or anything else makes the request personal.
        harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
        if set(request.COOKIES) - harmless or self.personal(request):
            return None
        query = normalise_query(_pairs(request.GET))
        if query is None:
            return None
        hostname, _port = split_domain_port(request.get_host())
        found = site_for(hostname, public_port(request))
        # Only a site's own address (scheme, host name and port as configured): another
        # port or scheme would be a second copy of every page, and a purge names the
        # site's root URL.
        if found is None or origin(request) != found[2]:
            return None
        site_key = found[0]
        key = entry_key(site_key, request.path, query)
        vkey, gkey = path_version_key(site_key, request.path), site_version_key(site_key)
        got = cache().get_many([key, vkey, gkey])
        entry = got.get(key)
        versions = {"path": (vkey, got.get(vkey)), "site": (gkey, got.get(gkey))}
        valid = (
            entry is not None
            and got.get(vkey) is not None
            and got.get(gkey) is not None
            and entry["v"] == got[vkey]
            and entry["g"] == got[gkey]
        )
        versions["entry"] = entry if valid else None
        variant = (site_key, request.path) if query else None
        return key, versions, variant, site_key

    def storable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "is_preview", False):
            return False
        # Set on the way out by the CSRF, session and message middlewares outside this one.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        messages = getattr(request, "_messages", None)
        if messages is not None and getattr(messages, "added_new", False):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-cache", "no-store")):
            return False
        if "*" in response.get("Vary", ""):
            return False
        return len(response.content) <= MAX_CONTENT_LENGTH

    def store(self, request, key, versions, variant, response, xkeys):
        (vkey, path_token), (gkey, site_token) = versions["path"], versions["site"]
        # A token missing when the request came in is created now; if someone else
        # (a purge) set one meanwhile, this response may be stale and is not kept.
        for name, vk, token in (("path", vkey, path_token), ("site", gkey, site_token)):
            if token is None:
                fresh = _new_token()
                if _ensure(vk, fresh) != fresh:
                    return False
                versions[name] = (vk, fresh)
        path_token, site_token = versions["path"][1], versions["site"][1]
        if variant is not None:
            counter = f"{_PREFIX}:n:{_digest(*variant, path_token)}"
            cache().add(counter, 0, timeout())
            try:
                count = cache().incr(counter)
            except ValueError:
                count = 1
            if count > _setting("PAGE_CACHE_MAX_VARIANTS", 30):
                return False
        patch_cache_control(
            response,
            public=True,
            max_age=_setting("PAGE_CACHE_MAX_AGE", 60),
            s_maxage=timeout(),
        )
        # What it shows, for a purge by key in Varnish (which keeps the header to itself).
        response["xkey"] = xkeys
        entry = {
            "v": path_token,
            "g": site_token,
            "status": response.status_code,
            "headers": [(name, value) for name, value in response.items() if name != "X-Cache"],
            "content": response.content,
        }
        if request.META.get(OUTER):
            # Stored by the fast path, with the headers the whole stack sends.
            request.META[PENDING] = (key, entry)
        else:
            cache().set(key, entry, timeout())
        return True

    def replay(self, request, entry):
        content = entry["content"]
        response = HttpResponse(b"" if request.method == "HEAD" else content)
        response.status_code = entry["status"]
        for name, value in entry["headers"]:
            response[name] = value
        response["Content-Length"] = str(len(content))
        response["X-Cache"] = "HIT"
        return response


def _pairs(querydict):
    return [(name, value) for name, values in querydict.lists() for value in values]
