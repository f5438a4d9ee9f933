"""Where the page cache keeps its entries and tokens, which site a host belongs to, the
surrogate keys (xkey) a shared response carries, and the frontend-cache backends that purge
this cache and a Varnish in front (see the package's docstring for the design)."""

import hashlib
import logging
import threading
import time
import uuid
from urllib.error import URLError
from urllib.parse import unquote, urlencode, urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import caches
from django.http.request import split_domain_port
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

from .registry import query_parameters

logger = logging.getLogger(__name__)

# Never cached, whoever asks: the admin, search results, documents (their own checks),
# the API, receipts and form handling views.
DEFAULT_EXCLUDED = r"^/(admin|documents|api|_util)/|^/[\w-]+/search/"
MAX_QUERY_LENGTH = 300
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
_PREFIX = "pagecache"


def _setting(name, default):
    return getattr(settings, name, default)


def cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "default")]


def timeout():
    return _setting("PAGE_CACHE_TIMEOUT", 300)


def _digest(*parts):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


# Part of every entry's key: entries stored before responses carried their xkey header
# would be replayed to Varnish without it, and a purge by key could not reach those copies.
_ENTRY_FORMAT = "2"


def entry_key(site_key, path, query):
    """The key of one cached response: the site, the path, the sorted query."""
    return f"{_PREFIX}:e:{_digest(_ENTRY_FORMAT, site_key, path, query)}"


def public_port(request):
    """The port the visitor asked for: the Host header's, else the scheme's default (behind
    a proxy the server's own port says nothing about the public address)."""
    _hostname, port = split_domain_port(request.get_host())
    if port:
        return int(port)
    return 443 if request.is_secure() else 80


def origin(request):
    """scheme://host[:port] as the visitor asked, in the form of Wagtail's `root_url`."""
    hostname, _port = split_domain_port(request.get_host())
    port = public_port(request)
    default = 443 if request.is_secure() else 80
    suffix = "" if port == default else f":{port}"
    return f"{request.scheme}://{hostname}{suffix}"


def path_version_key(site_key, path):
    return f"{_PREFIX}:v:{_digest(site_key, path)}"


def site_version_key(site_key):
    return f"{_PREFIX}:g:{_digest(site_key)}"


def normalise_query(pairs):
    """The query string with its parameters sorted, or None if it has one we don't cache."""
    # The apps name the parameters their views read (registry); a setting may override.
    allowed = _setting("PAGE_CACHE_QUERY_PARAMETERS", None) or query_parameters()
    pairs = list(pairs)
    if any(name not in allowed for name, _value in pairs):
        return None
    query = urlencode(sorted(pairs))
    return query if len(query) <= MAX_QUERY_LENGTH else None


# --- Surrogate keys (xkey) ---------------------------------------------------------------
# A shared response names what it shows in its `xkey` header; Varnish's xkey vmod indexes
# the stored copy under each key, so one purge of a key reaches every copy: each query
# variant and route of a page, each scheme. Short, because a purge may name hundreds.


def page_xkey(page_id):
    return f"p{page_id}"


def site_xkey(site_key):
    return "s" + site_key.removeprefix("site")


def path_xkey(site_key, path):
    """For what no page serves (sitemaps, robots.txt), and for purges that name a URL: all
    of the path's query variants, as the path token does here."""
    return "u" + _digest(site_key, path)[:16]


def response_xkeys(site_key, path, page_id=None):
    keys = [site_xkey(site_key), path_xkey(site_key, path)]
    if page_id is not None:
        keys.insert(0, page_xkey(page_id))
    return " ".join(keys)


# --- Which Wagtail site a host belongs to ------------------------------------------
# Looked up in this process and kept for a minute, so a cache hit needs no database; the
# answer is also kept in the shared cache for a day, so that while the database is down a
# worker can still match a host to its site and serve the pages the cache holds.
_sites = {}
_sites_lock = threading.Lock()
_SITE_TTL = 60
_SITE_SHARED_TTL = 24 * 3600
# While the database fails, each lookup would wait for the connect timeout again (two per
# request: the canonical-host check and the page cache). The answer used instead is kept
# for this long, so cached pages are served without waiting; then the database is tried
# again.
_OUTAGE_TTL = 15


def _shared_site_key(hostname, port):
    return f"{_PREFIX}:s:{_digest(hostname.lower(), str(port))}"


def site_for(hostname, port):
    """(site key, site hostname, site root URL) for a host, as Wagtail routes it; None
    without sites."""
    from django.db import DatabaseError
    from wagtail.models import Site
    from wagtail.models.sites import get_site_for_hostname

    now = time.monotonic()
    found = _sites.get((hostname, port))
    if found and found[0] > now:
        return found[1]
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        site = None
    except DatabaseError:
        if found:
            value = found[1]
        else:
            shared = cache().get(_shared_site_key(hostname, port))
            if shared is None:
                raise
            value = tuple(shared)
        with _sites_lock:
            _sites[(hostname, port)] = (now + _OUTAGE_TTL, value)
        return value
    value = (f"site{site.pk}", site.hostname, site.root_url) if site else None
    if site and (site.hostname.lower(), site.port) == (hostname.lower(), port):
        # Only a site's own address: forged ports must not fill the shared cache.
        cache().set(_shared_site_key(hostname, port), value, _SITE_SHARED_TTL)
    with _sites_lock:
        if len(_sites) > 1000:
            _sites.clear()
        _sites[(hostname, port)] = (now + _SITE_TTL, value)
    return value


def forget_sites(**kwargs):
    with _sites_lock:
        _sites.clear()


def _new_token():
    return uuid.uuid4().hex[:16]


def _ensure(key, token):
    """The current token under `key`, creating it as `token` if there is none."""
    if cache().add(key, token, timeout() * 2):
        return token
    return cache().get(key)


# --- Frontend-cache backends ---------------------------------------------------------


def _split_url(url):
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts, parts.hostname or "", port


class DjangoCacheBackend(BaseBackend):
    """Purges URLs from the page cache above: every query variant of the URL's path."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        tokens, entries = {}, []
        for url in urls:
            parts, hostname, port = _split_url(url)
            found = site_for(hostname, port)
            if found is None:
                continue
            path = unquote(parts.path) or "/"
            tokens[path_version_key(found[0], path)] = _new_token()
            query = normalise_query(_parse_pairs(parts.query))
            if query is not None:
                entries.append(entry_key(found[0], path, query))
        if tokens:
            cache().set_many(tokens, timeout() * 2)
        if entries:
            cache().delete_many(entries)

    def purge_site(self, root_url):
        _parts, hostname, port = _split_url(root_url)
        found = site_for(hostname, port)
        if found is not None:
            cache().set(site_version_key(found[0]), _new_token(), timeout() * 2)


def _parse_pairs(query):
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=True)


class BanRequest(PurgeRequest):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTPBackend (a PURGE per URL) and a BAN of a whole site's host name
    (VARNISH_PURGE = "urls"). A URL's query variants are not reached: nobody can name them."""

    def purge_site(self, root_url):
        parts = urlsplit(root_url)
        request = BanRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            headers={"Host": parts.netloc},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - LOCATION comes from the settings
        except (URLError, OSError) as error:
            logger.error("Couldn't ban %s from the HTTP cache: %s", root_url, error)


class VarnishXkeyBackend(HTTPBackend):
    """Purges a Varnish by surrogate key (VARNISH_PURGE = "xkey", the VCL's `xkey-purge`):
    a batch goes in one PURGE request naming the keys, not one per URL. purge.py names the
    pages a change shows on (`purge_tagged`); Wagtail's URL interface works too, through
    the URL's path key."""

    # Varnish refuses a request header over 8 KB (http_req_hdr_len): larger batches are
    # split.
    MAX_HEADER = 4000

    def purge(self, url):
        self.purge_tagged(urls=[url])

    def purge_batch(self, urls):
        self.purge_tagged(urls=urls)

    def purge_site(self, root_url):
        self.purge_tagged(site_roots=[root_url])

    def purge_tagged(self, page_ids=(), urls=(), site_roots=()):
        keys = {page_xkey(page_id) for page_id in page_ids}
        for url in urls:
            parts, hostname, port = _split_url(url)
            found = site_for(hostname, port)
            if found is not None:
                keys.add(path_xkey(found[0], unquote(parts.path) or "/"))
        for root in site_roots:
            _parts, hostname, port = _split_url(root)
            found = site_for(hostname, port)
            if found is not None:
                keys.add(site_xkey(found[0]))
        for chunk in _chunks(sorted(keys), self.MAX_HEADER):
            self._send(chunk)

    def _send(self, header):
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            headers={"xkey-purge": header},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - LOCATION comes from the settings
        except (URLError, OSError) as error:
            logger.error("Couldn't purge keys %s from the HTTP cache: %s", header[:80], error)


def _chunks(keys, limit):
    """The keys joined by spaces, in strings of at most `limit` characters."""
    chunk = ""
    for key in keys:
        if chunk and len(chunk) + 1 + len(key) > limit:
            yield chunk
            chunk = ""
        chunk = f"{chunk} {key}" if chunk else key
    if chunk:
        yield chunk
