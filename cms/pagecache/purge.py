"""Which URLs show a changed page or snippet, and purging them from every frontend cache.

For a page: the page and its own paths (`get_cached_paths()`), its translations, its
ancestors (index pages, the section's lists and feeds, the home page's teasers) and their
paths, its live descendants (their breadcrumb shows it), the pages that link to it (the
reference index), the pages a `page_cache_dependents` hook names, and the sitemaps. A page
at the top of a site (home page, main navigation) shows on every page: the whole site goes.
For a snippet: the pages that reference it and those the hooks name (registry).

The URLs of all of a transaction's changes are worked out when it commits, and each
backend is sent each of them once (outside a transaction: at once).
"""

import functools
import logging
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from .registry import dependents
from .store import forget_sites

logger = logging.getLogger(__name__)


# --- What to purge ---------------------------------------------------------------------


def cached_paths(page):
    """The paths beneath a page's URL that show it, as its app declares them."""
    try:
        return sorted(set(page.specific_deferred.get_cached_paths()))
    except Exception:  # a purge must never break a publish
        logger.exception("Could not list the cached paths of page %s", page.pk)
        return ["/"]


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
        query |= dependents(page)[0]
        referencing = ReferenceIndex.get_references_to(page).filter(
            base_content_type=ReferenceIndex._get_base_content_type(page)
        )
        query |= Q(pk__in=[int(pk) for pk in referencing.values_list("object_id", flat=True)])
    shown = list(Page.objects.filter(query).only("translation_key"))
    urls = urls_of(pages, also=shown, sitemaps=True)
    if site_roots:
        # A site purged whole takes every URL under its host with it.
        urls = {url for url in urls if not any(url.startswith(root + "/") for root in site_roots)}
    return urls, site_roots


def urls_of(pages, also=(), sitemaps=False):
    """The URLs of `pages` and of the pages with the translation keys of `pages` and `also`
    (translations; `also` need carry no more than that key), each with its own cached
    paths; with `sitemaps`, the sitemaps of their sites too. `pages` are used as they are:
    a deleted page is no longer in the database."""
    from wagtail.models import Page

    keys = {page.translation_key for page in [*pages, *also]}
    everything = {page.pk: page for page in pages}
    for page in Page.objects.filter(translation_key__in=keys).select_related("content_type"):
        everything.setdefault(page.pk, page)

    batch = type("CacheObject", (), {})()
    urls, roots = set(), set()
    for page in everything.values():
        page_url = page.get_full_url(batch)
        if not page_url:
            continue
        urls.update(page_url + path.lstrip("/") for path in cached_paths(page))
        roots.add(page_url[: len(page_url) - len(urlsplit(page_url).path)])
    for root in roots if sitemaps else ():
        urls.add(f"{root}/sitemap.xml")
        urls.update(f"{root}/sitemap-{code}.xml" for code, _name in settings.LANGUAGES)
    return urls


def pages_showing(obj):
    """The pages that show a snippet, or None when nobody can tell (then its site goes)."""
    from wagtail.models import Page, ReferenceIndex

    query, claimed = dependents(obj)
    referencing = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ReferenceIndex._get_base_content_type(Page)
    )
    ids = [int(pk) for pk in referencing.values_list("object_id", flat=True)]
    if not claimed and not ids:
        return None
    return list(Page.objects.filter(query | Q(pk__in=ids)).only("translation_key"))


# --- Purging -----------------------------------------------------------------------


def _purge_now(urls, site_roots):
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
    from wagtail.contrib.frontend_cache.utils import get_backends

    backends = get_backends()
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


def _batch():
    """The running transaction's batch of what to purge, flushed when it commits; None
    outside a transaction. The URLs are worked out at the commit, once for all of the
    transaction's changes: a page saved ten times, or two hundred services imported, cost
    one look-up, and a transaction that is rolled back costs none."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return None
    batch = getattr(_pending, "batch", None)
    # A rolled-back transaction drops the callback: start a new batch then.
    registered = any(hook[1] is _flush for hook in connection.run_on_commit)
    if batch is None or not registered:
        batch = _pending.batch = {"urls": set(), "roots": set(), "pages": {}, "shown": []}
        transaction.on_commit(_flush)
    return batch


def purge(urls=(), site_roots=()):
    """Purges from every backend, once: at once outside a transaction, else when it commits,
    with the rest of the transaction's changes. Not before the commit: a visitor in between
    would see the old page and cache it again under the new token."""
    urls, site_roots = set(urls), set(site_roots)
    if not urls and not site_roots:
        return
    try:
        batch = _batch()
        if batch is None:
            _purge_now(urls, site_roots)
            return
        batch["urls"] |= urls
        batch["roots"] |= site_roots
    except Exception:
        logger.exception("Could not purge the page cache")


def purge_pages(pages):
    """Every URL that shows one of `pages` (urls_for_pages)."""
    try:
        batch = _batch()
        if batch is not None:
            batch["pages"].update((page.pk, page) for page in pages)
            return
        urls, site_roots = urls_for_pages(pages)
    except Exception:
        logger.exception("Could not find the URLs to purge")
        return
    purge(urls, site_roots)


def purge_showing(obj):
    """The pages that show a snippet (pages_showing); its site if nobody can tell."""
    try:
        batch = _batch()
        if batch is not None:
            batch["shown"].append(obj)
            return
        purge(*_urls_showing([obj]))
    except Exception:
        logger.exception("Could not purge the pages that show %r", obj)


def _urls_showing(objects):
    from wagtail.models import Site

    pages, everything = [], False
    for obj in objects:
        found = pages_showing(obj)
        if found is None:
            everything = True
        else:
            pages += found
    roots = {site.root_url for site in Site.objects.all()} if everything else set()
    # Only these pages show the snippets; their menus, ancestors and the sitemaps don't.
    return urls_of([], also=pages), roots


def _flush():
    batch = _pending.batch
    _pending.batch = None
    try:
        urls, roots = set(batch["urls"]), set(batch["roots"])
        if batch["pages"]:
            found_urls, found_roots = urls_for_pages(list(batch["pages"].values()))
            urls |= found_urls
            roots |= found_roots
        if batch["shown"]:
            found_urls, found_roots = _urls_showing(batch["shown"])
            urls |= found_urls
            roots |= found_roots
        if roots:
            urls = {url for url in urls if not any(url.startswith(root + "/") for root in roots)}
        _purge_now(urls, roots)
    except Exception:
        logger.exception("Could not purge the page cache")


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
    # Kept by page id: Wagtail sends the post-move signal with a page loaded afresh.
    if not hasattr(_pending, "moving"):
        _pending.moving = {}
    _pending.moving[instance.pk] = urls_for_pages(moved)


@_unless_deferred
def page_moved(sender, instance, **kwargs):
    from wagtail.models import Page

    old_urls, old_sites = getattr(_pending, "moving", {}).pop(instance.pk, (set(), set()))
    purge(old_urls, old_sites)
    purge_pages(list(Page.objects.filter(path__startswith=instance.path)))


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
@_unless_deferred
def content_changed(sender, instance=None, raw=False, **kwargs):
    """A snippet saved or deleted: the pages that show it. Settings and sites show on
    every page, and a snippet nobody can place could be anywhere: the whole site goes."""
    if raw or not _watched(type(instance)):
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Site

    if isinstance(instance, BaseSiteSetting | BaseGenericSetting | Site):
        purge_all_sites()
        return
    purge_showing(instance)


@functools.cache
def _watched(model):
    """Content that pages show but is not saved with them: snippets, translatable models
    of their own, settings and sites. Rows of a page's cluster (ParentalKey) are saved by
    the page's publish, which purges."""
    from modelcluster.fields import ParentalKey
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page, Site, TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return False
    if issubclass(model, BaseSiteSetting | BaseGenericSetting | Site):
        return True
    if any(isinstance(field, ParentalKey) for field in model._meta.get_fields()):
        return False
    return model in get_snippet_models() or issubclass(model, TranslatableMixin)


def connect_signals():
    from django.apps import apps
    from django.db.models.signals import m2m_changed
    from wagtail.contrib.frontend_cache import signal_handlers as wagtail_purge
    from wagtail.models import Page, PageViewRestriction, Site
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
            # wagtail.contrib.frontend_cache purges the page's own paths on publish: ours
            # above covers them, so each URL is purged once.
            page_published.disconnect(wagtail_purge.page_published_signal_handler, sender=model)
            page_unpublished.disconnect(wagtail_purge.page_unpublished_signal_handler, sender=model)
    post_save.connect(content_changed, dispatch_uid=f"{uid}_content_save")
    post_delete.connect(content_changed, dispatch_uid=f"{uid}_content_delete")
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
