"""Purging what a change leaves stale (targets.py) from every frontend cache, once.

What all of a transaction's changes show is worked out when it commits, and each backend
is sent each URL, or each key, once (outside a transaction: at once). A backend that
purges by surrogate key (`purge_tagged`: VarnishXkeyBackend) is sent the pages, the URLs
no page serves and the sites, in one request; the others the URLs, and the sites to ban.
"""

import functools
import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .store import forget_sites
from .targets import Targets, targets_for_pages, targets_showing

logger = logging.getLogger(__name__)


def _purge_now(targets):
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
    from wagtail.contrib.frontend_cache.utils import get_backends

    targets = targets.trimmed()
    by_key, by_url = {}, {}
    for name, backend in get_backends().items():
        (by_key if hasattr(backend, "purge_tagged") else by_url)[name] = backend
    if targets.urls and by_url:
        # Wagtail's own task, run here rather than queued: a publish is visible at once.
        purge_urls_from_cache_task.call(sorted(targets.urls), None, list(by_url))
    for root in targets.roots:
        for backend in by_url.values():
            if hasattr(backend, "purge_site"):
                backend.purge_site(root)
            else:
                backend.purge_batch([root + "/"])
    # Varnish after Django's cache: purged first, it could fetch the old page from there
    # again at once and keep it.
    for backend in by_key.values():
        backend.purge_tagged(targets.page_ids, targets.other_urls, targets.roots)


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
        batch = _pending.batch = {"targets": Targets(), "pages": {}, "shown": [], "saved": set()}
        # What the last batch purged counts only until the next one begins (page_changed).
        _pending.flushed = set()
        transaction.on_commit(_flush)
    return batch


def purge(urls=(), site_roots=()):
    """Purges these URLs and sites from every backend (purge_targets)."""
    purge_targets(Targets.of_urls(urls, site_roots))


def purge_targets(targets):
    """Purges from every backend, once: at once outside a transaction, else when it commits,
    with the rest of the transaction's changes. Not before the commit: a visitor in between
    would see the old page and cache it again under the new token."""
    if not targets:
        return
    try:
        batch = _batch()
        if batch is None:
            _purge_now(targets)
            return
        batch["targets"] |= targets
    except Exception:
        logger.exception("Could not purge the page cache")


def purge_pages(pages):
    """Everything that shows one of `pages` (targets_for_pages)."""
    try:
        batch = _batch()
        if batch is not None:
            batch["pages"].update((page.pk, page) for page in pages)
            return
        targets = targets_for_pages(pages)
    except Exception:
        logger.exception("Could not find the URLs to purge")
        return
    purge_targets(targets)


def purge_showing(obj):
    """The pages that show a snippet (pages_showing); its site if nobody can tell."""
    try:
        batch = _batch()
        if batch is not None:
            batch["shown"].append(obj)
            return
        purge_targets(targets_showing([obj]))
    except Exception:
        logger.exception("Could not purge the pages that show %r", obj)


def _flush():
    batch = _pending.batch
    _pending.batch = None
    try:
        targets = batch["targets"]
        if batch["pages"]:
            targets |= targets_for_pages(list(batch["pages"].values()))
        if batch["shown"]:
            targets |= targets_showing(batch["shown"])
        _purge_now(targets)
        _pending.flushed = batch["saved"]
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
def page_changed(sender, instance, revision=None, **kwargs):
    # Wagtail's publish saves the page in a transaction of its own, whose commit purged it
    # (live_page_saved), and sends page_published after that: nothing is left to purge.
    flushed = getattr(_pending, "flushed", set())
    if revision is not None and (instance.pk, revision.pk) in flushed:
        flushed.discard((instance.pk, revision.pk))
        return
    purge_pages([instance])


@_unless_deferred
def page_moving(sender, instance, **kwargs):
    # Before the move: the old URLs of the page and all its descendants.
    from wagtail.models import Page

    moved = list(Page.objects.filter(path__startswith=instance.path))
    # Kept by page id: Wagtail sends the post-move signal with a page loaded afresh.
    if not hasattr(_pending, "moving"):
        _pending.moving = {}
    _pending.moving[instance.pk] = targets_for_pages(moved)


@_unless_deferred
def page_moved(sender, instance, **kwargs):
    from wagtail.models import Page

    purge_targets(getattr(_pending, "moving", {}).pop(instance.pk, Targets()))
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
    batch = getattr(_pending, "batch", None)
    if batch is not None:
        batch["saved"].add((instance.pk, instance.live_revision_id))


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
    of their own, settings and sites, and models that say so (`shown_on_pages`). Rows of
    a page's cluster (ParentalKey) are saved by the page's publish, which purges."""
    from modelcluster.fields import ParentalKey
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page, Site, TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return False
    if issubclass(model, BaseSiteSetting | BaseGenericSetting | Site):
        return True
    # A model of an app's own that pages show (a log entry, an import): the app's
    # `page_cache_dependents` hook says which pages.
    if getattr(model, "shown_on_pages", False):
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
