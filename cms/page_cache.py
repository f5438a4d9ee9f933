"""The anonymous page cache and its purge when content changes.

`PageCacheMiddleware` keeps the rendered public pages for visitors who are not logged in,
in Django's default cache (memory in the embedded set-up, Redis with REDIS_URL). An entry
is keyed by the host the visitor asked for, the path (which carries the language: /de/,
/ar/ …) and the query string with its parameters sorted. Only the filter and page
parameters of the list views are accepted, and each path keeps at most
`PAGE_CACHE_MAX_VARIANTS` query variants, so bots cannot fill the cache.

Each entry is checked against two version tokens, looked up in the same round trip:

* one per site and path, which a purge of that URL replaces, so every query variant of
  `…/measures/` goes at once;
* one per site, which a change to a snippet, a setting or a page in the main navigation
  replaces, so the whole site goes at once.

The tokens are read before the page is rendered and an entry is only stored under the
token read then; a purge that lands while a page is rendered leaves it unreachable.

Purging goes through `wagtail.contrib.frontend_cache`: the backends named in
WAGTAILFRONTENDCACHE receive the URLs. `DjangoCacheBackend` purges this cache,
`VarnishBackend` (Wagtail's HTTPBackend, PURGE per URL, plus BAN per site) a Varnish in
front. The signal receivers at the end collect every URL that shows a changed page: the
page and its routes, its translations, its ancestors (index pages, the section's lists
and feeds, the home page's teasers) and their routes, its live descendants (their
breadcrumb shows it), pages that link to it, the ECCAR plan for measures, and the
sitemaps. They purge at once and again when the transaction commits.
"""

import functools
import hashlib
import logging
import re
import threading
import time
import uuid
from contextlib import contextmanager
from urllib.error import URLError
from urllib.parse import unquote, urlencode, urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger(__name__)

# The GET parameters the public list views read; any other parameter bypasses the cache.
DEFAULT_QUERY_PARAMETERS = frozenset(
    {
        "page",  # pagination
        "field",  # measures
        "status",
        "unit",
        "year",  # measures, newsroom, resolutions, ECCAR report
        "q",  # measures' text filter
        "topic",  # newsroom
        "focus",  # MSO directory
        "language",  # MSO directory, signpost
        "district",
        "ground",  # signpost, guided signpost
        "area",
        "format",
        "region",
        "anonymous",
        "step_free",
        "parallel",  # parallel reading in two languages
    }
)
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


def entry_key(site_key, path, query):
    """The key of one cached response: the site, the path, the sorted query."""
    return f"{_PREFIX}:e:{_digest(site_key, path, query)}"


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
    allowed = _setting("PAGE_CACHE_QUERY_PARAMETERS", DEFAULT_QUERY_PARAMETERS)
    pairs = list(pairs)
    if any(name not in allowed for name, _value in pairs):
        return None
    query = urlencode(sorted(pairs))
    return query if len(query) <= MAX_QUERY_LENGTH else None


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
        lookup = self.lookup(request)
        if lookup is None:
            response = self.get_response(request)
            if self.personal(request) and "Cache-Control" not in response:
                # Pages for someone logged in must not end up in a shared cache.
                patch_cache_control(response, private=True)
            return response
        key, versions, variant = lookup
        hit = versions.pop("entry")
        if hit is not None:
            return self.replay(request, hit)
        response = self.get_response(request)
        stored = (
            request.method == "GET"
            and self.storable(request, response)
            and self.store(key, versions, variant, response)
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
        return key, versions, variant

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

    def store(self, key, versions, variant, response):
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
        entry = {
            "v": path_token,
            "g": site_token,
            "status": response.status_code,
            "headers": [(name, value) for name, value in response.items() if name != "X-Cache"],
            "content": response.content,
        }
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
    """Wagtail's HTTPBackend (a PURGE per URL) and a BAN of a whole site's host name."""

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


# --- What to purge ---------------------------------------------------------------------

# Page types that list pages which are not their descendants.
AGGREGATORS = {
    "integration_pages.measurepage": ["integration_pages.actionplanpage"],
}
# Routes with arguments, and the arguments each is served with.
_ROUTE_ARGUMENTS = {
    "commitment": lambda page: [{"number": number} for number in range(1, 11)],
}


def _service_slugs(page):
    from snippets.models import CounsellingService

    return [{"slug": slug} for slug in CounsellingService.objects.values_list("slug", flat=True)]


_ROUTE_ARGUMENTS.update(
    {"service": _service_slugs, "service_print": _service_slugs, "service_vcard": _service_slugs}
)


def cached_paths(page, memo=None):
    """The paths beneath a page's URL that show it: its own get_cached_paths() and, for a
    routable page, each of its routes ("measures/", "measures.json", "rss.xml" …).

    `memo`, a dict shared by the pages of one purge, keeps each route's arguments: they
    are the same for every page (every counselling service's slug: one query, not one per
    signpost page and language)."""
    memo = {} if memo is None else memo
    specific_class = page.specific_class or type(page)
    paths = set(page.specific_deferred.get_cached_paths())
    if hasattr(specific_class, "get_resolver"):
        resolver = specific_class.get_resolver()
        for pattern in resolver.url_patterns:
            name = getattr(pattern, "name", None)
            arguments = pattern.pattern.regex.groups
            kwargs_list = [{}] if not arguments else None
            if kwargs_list is None:
                maker = _ROUTE_ARGUMENTS.get(name)
                if maker is None:
                    continue
                if name not in memo:
                    try:
                        memo[name] = maker(page)
                    except Exception:  # a purge must never break a publish
                        logger.exception("Could not list the arguments of route %s", name)
                        memo[name] = None
                kwargs_list = memo[name]
                if kwargs_list is None:
                    continue
            for kwargs in kwargs_list:
                try:
                    route = resolver.reverse(name, **kwargs) if name else str(pattern.pattern)
                except Exception:
                    continue
                route = "/" + route.lstrip("/")
                paths.add(route)
                # File routes are served without their slash as well (…/measures.json).
                if re.search(r"\.\w+/$", route):
                    paths.add(route.rstrip("/"))
    return sorted(paths)


def urls_for_pages(pages):
    """Every URL that shows one of `pages` (see the module's docstring)."""
    from wagtail.models import Page, ReferenceIndex, Site

    pages = [page for page in pages if page.depth and page.depth > 1]
    if not pages:
        return set(), set()
    step = Page.steplen
    query = Q(pk__in=[page.pk for page in pages])
    sites, site_roots = None, set()
    for page in pages:
        query |= Q(path__in=[page.path[:end] for end in range(2 * step, len(page.path), step)])
        # The home page and the main navigation's pages show on every page of the site.
        whole = set()
        if page.depth <= 3:
            if sites is None:
                sites = list(Site.objects.select_related("root_page"))
            home = page.path[: 2 * step]
            whole = {site.root_url for site in sites if site.root_page.path.startswith(home)}
            site_roots |= whole
        # A site that goes whole takes the page's descendants with it: no need to list them.
        if not whole:
            query |= Q(path__startswith=page.path, depth__gt=page.depth, live=True)
        label = page.specific_class._meta.label_lower if page.specific_class else ""
        for aggregator in AGGREGATORS.get(label, []):
            app_label, model = aggregator.split(".")
            query |= Q(
                content_type__app_label=app_label,
                content_type__model=model,
                path__startswith=page.path[: 2 * step],
            )
        referencing = ReferenceIndex.get_references_to(page).filter(
            base_content_type=ReferenceIndex._get_base_content_type(page)
        )
        query |= Q(pk__in=[int(pk) for pk in referencing.values_list("object_id", flat=True)])
    shown = list(Page.objects.filter(query).only("translation_key"))
    keys = {page.translation_key for page in shown} | {page.translation_key for page in pages}
    everything = {page.pk: page for page in pages}
    for page in Page.objects.filter(translation_key__in=keys).select_related("content_type"):
        everything.setdefault(page.pk, page)

    batch = type("CacheObject", (), {})()
    memo = {}
    urls, roots = set(), set()
    for page in everything.values():
        page_url = page.get_full_url(batch)
        if not page_url:
            continue
        urls.update(page_url + path.lstrip("/") for path in cached_paths(page, memo))
        roots.add(page_url[: len(page_url) - len(urlsplit(page_url).path)])
    for root in roots:
        urls.add(f"{root}/sitemap.xml")
        urls.update(f"{root}/sitemap-{code}.xml" for code, _name in settings.LANGUAGES)
    if site_roots:
        # A site purged whole takes every URL under its host with it.
        urls = {url for url in urls if not any(url.startswith(root + "/") for root in site_roots)}
    return urls, site_roots


# --- Purging -----------------------------------------------------------------------


def _backends(local_only):
    from wagtail.contrib.frontend_cache.utils import get_backends

    return {
        name: backend
        for name, backend in get_backends().items()
        if not local_only or isinstance(backend, DjangoCacheBackend)
    }


def _purge_now(urls, site_roots, local_only=False):
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

    backends = _backends(local_only)
    if not backends:
        return
    if urls:
        # Wagtail's own task, run here rather than queued: a publish is visible at once.
        purge_urls_from_cache_task.call(sorted(urls), None, list(backends))
    for root in site_roots:
        for backend in backends.values():
            if hasattr(backend, "purge_site"):
                backend.purge_site(root)
            else:
                backend.purge_batch([root + "/"])


_pending = threading.local()


def purge(urls=(), site_roots=()):
    """Purges now from this process's cache, and from every backend once the transaction
    commits (a visitor could otherwise cache the old page again in between)."""
    urls, site_roots = set(urls), set(site_roots)
    if not urls and not site_roots:
        return
    try:
        _purge_now(urls, site_roots, local_only=transaction.get_connection().in_atomic_block)
        if not transaction.get_connection().in_atomic_block:
            return
        batch = getattr(_pending, "batch", None)
        # A rolled-back transaction drops the callback: start a new batch then.
        registered = any(hook[1] is _flush for hook in transaction.get_connection().run_on_commit)
        if batch is None or not registered:
            batch = _pending.batch = (set(), set())
            transaction.on_commit(_flush)
        batch[0].update(urls)
        batch[1].update(site_roots)
    except Exception:
        logger.exception("Could not purge the page cache")


def _flush():
    urls, site_roots = _pending.batch
    _pending.batch = None
    try:
        _purge_now(urls, site_roots)
    except Exception:
        logger.exception("Could not purge the page cache")


def purge_pages(pages):
    try:
        urls, site_roots = urls_for_pages(pages)
    except Exception:
        logger.exception("Could not find the URLs to purge")
        return
    purge(urls, site_roots)


def purge_all_sites():
    from wagtail.models import Site

    purge(site_roots={site.root_url for site in Site.objects.all()})


# Bulk work (building the demo, seeding the benchmark) changes thousands of pages: working
# out and purging each one's URLs cost the demo build a fifth of its time, for a cache
# that is wholly out of date at the end anyway. Process-wide, like index_updates_deferred:
# management commands run one thing at a time.
_deferred = {"depth": 0, "changed": False}


@contextmanager
def purges_deferred():
    """Inside the block nothing is purged page by page; if anything changed, the whole
    cache of every site goes once at the end."""
    _deferred["depth"] += 1
    try:
        yield
    finally:
        _deferred["depth"] -= 1
        if not _deferred["depth"] and _deferred["changed"]:
            _deferred["changed"] = False
            purge_all_sites()


def _unless_deferred(receiver):
    @functools.wraps(receiver)
    def wrapper(*args, **kwargs):
        if _deferred["depth"]:
            _deferred["changed"] = True
            return None
        return receiver(*args, **kwargs)

    return wrapper


# --- Signal receivers ------------------------------------------------------------------


@_unless_deferred
def page_changed(sender, instance, **kwargs):
    purge_pages([instance])


@_unless_deferred
def page_moving(sender, instance, **kwargs):
    # Before the move: the old URLs of the page and all its descendants.
    from wagtail.models import Page

    moved = list(Page.objects.filter(path__startswith=instance.path))
    instance._page_cache_old = urls_for_pages(moved)


@_unless_deferred
def page_moved(sender, instance, **kwargs):
    from wagtail.models import Page

    old_urls, old_sites = getattr(instance, "_page_cache_old", (set(), set()))
    new_urls, new_sites = urls_for_pages(list(Page.objects.filter(path__startswith=instance.path)))
    purge(old_urls | new_urls, old_sites | new_sites)


@_unless_deferred
def live_page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    """A live page saved outside of publishing (a script, a data migration)."""
    from wagtail.models import COMMENTS_RELATION_NAME

    # Page.save_revision() saves these (a draft, or the revision a publish then makes live).
    draft_only = {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        COMMENTS_RELATION_NAME,
    }
    if raw or not instance.live or (update_fields and set(update_fields) <= draft_only):
        return
    purge_pages([instance])


@_unless_deferred
def restriction_changed(sender, instance=None, raw=False, action=None, **kwargs):
    """A view restriction added, changed or removed: every URL that shows a page of the
    subtree (lists, counts, exports, feeds of its ancestors and aggregators) goes."""
    from wagtail.models import Page, PageViewRestriction

    if raw or (action is not None and not action.startswith("post_")):
        return
    if not isinstance(instance, PageViewRestriction):
        return
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page is not None:
        purge_pages(list(Page.objects.filter(path__startswith=page.path)))


@_unless_deferred
def content_changed(sender, instance=None, raw=False, **kwargs):
    """Snippets and settings show on many pages (services on the signpost, organisations
    in lists, contacts on every page's footer): the whole cache of every site goes."""
    if not raw:
        purge_all_sites()


def connect_signals():
    from django.apps import apps
    from django.db.models.signals import m2m_changed
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page, PageViewRestriction, Site, TranslatableMixin
    from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

    uid = "cms_page_cache"
    page_published.connect(page_changed, dispatch_uid=f"{uid}_published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{uid}_unpublished")
    pre_page_move.connect(page_moving, dispatch_uid=f"{uid}_moving")
    post_page_move.connect(page_moved, dispatch_uid=f"{uid}_moved")
    for model in apps.get_models():
        if issubclass(model, Page):
            post_save.connect(live_page_saved, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(page_changed, sender=model, dispatch_uid=f"{uid}_delete")
        elif issubclass(model, BaseSiteSetting | BaseGenericSetting | Site) or (
            issubclass(model, TranslatableMixin)
            and model._meta.app_label in {"home", "integration_pages", "snippets"}
        ):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}_save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}_delete")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}_restriction"
        )
    m2m_changed.connect(
        restriction_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid=f"{uid}_restriction_groups",
    )
    post_save.connect(forget_sites, sender=Site, dispatch_uid=f"{uid}_sites")
    post_delete.connect(forget_sites, sender=Site, dispatch_uid=f"{uid}_sites_deleted")
