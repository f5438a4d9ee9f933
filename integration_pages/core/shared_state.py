"""What every public page reads and editors seldom change, kept in each process between
requests: sites, locales, the office settings, view restrictions and the like.

Without it each page view asks the database the same ten questions before it reaches its
own content. A generation token in the default cache (Redis in production, so shared by
every worker and every application node) says whether a kept answer is still good: any
save of what is kept here writes a new token (`changed()`), and a process that reads a
token it has not seen drops everything it kept. The token is read once per request, so a
change reaches every process with its next request.

Where the cache does not answer (Redis down: the circuit breaker returns None), each
request gets a generation of its own and asks the database as before: slower, never stale.
A process also drops what it kept after MAX_AGE seconds whatever the token says: with the
embedded memory cache the token lives in each process, so a page the scheduler or the
background worker publishes (other processes) reaches the web server that way.
"""

import contextlib
import contextvars
import copy
import threading
import time
import uuid

from django.core.cache import cache
from django.db import transaction

TOKEN_KEY = "portal:shared-state"
_REQUEST_ATTRIBUTE = "_portal_shared_state"
# A generation's answers. Bounded: a host or path space nobody limits must not grow it.
MAX_ENTRIES = 5000
# Seconds a process keeps a generation's answers at most (see the module's docstring).
MAX_AGE = 60

_lock = threading.Lock()
# The generation of the request being served, for code that is not handed the request
# (Wagtail's Locale lookups); set by SharedStateMiddleware.
_current = contextvars.ContextVar("portal_shared_state", default=None)
_generation = {"token": None, "values": {}, "since": 0.0}


def _new_token():
    return uuid.uuid4().hex


def _read_token():
    try:
        token = cache.get(TOKEN_KEY)
        if token is None:
            token = _new_token()
            if not cache.add(TOKEN_KEY, token, None):
                token = cache.get(TOKEN_KEY) or token
    except Exception:  # noqa: BLE001 - a cache that fails means no sharing, not an error page
        token = None
    return token


def _values(request):
    """This request's generation: the process' kept answers when the token matches, else a
    fresh dict (kept for the next request of this generation)."""
    if request is None:
        return _current.get() or {}
    values = getattr(request, _REQUEST_ATTRIBUTE, None)
    if values is not None:
        return values
    token = _read_token()
    if token is None:
        values = {}
    else:
        now = time.monotonic()
        with _lock:
            if _generation["token"] != token or now - _generation["since"] > MAX_AGE:
                _generation.update(token=token, values={}, since=now)
            values = _generation["values"]
    setattr(request, _REQUEST_ATTRIBUTE, values)
    return values


def remembered_many(request, keys, compute):
    """{key: answer} for each of `keys`; `compute(missing)` answers, as a dict, those the
    process does not keep yet, in one go."""
    values = _values(request)
    found = {key: values[key] for key in keys if key in values}
    missing = [key for key in keys if key not in found]
    if missing:
        computed = compute(missing)
        with _lock:
            if len(values) + len(computed) >= MAX_ENTRIES:
                values.clear()
            values.update(computed)
        found.update(computed)
    return found


def remembered(request, key, compute, keep=None):
    """`compute()`'s answer for `key` in the current generation, computed once per process
    and generation (where `keep(answer)` allows). Answers are shared between requests and
    threads: treat them as read-only."""
    values = _values(request)
    try:
        return values[key]
    except KeyError:
        pass
    value = compute()
    if keep is not None and not keep(value):
        return value
    with _lock:
        if len(values) >= MAX_ENTRIES:
            values.clear()
        values[key] = value
    return value


class SharedStateMiddleware:
    """Reads the generation once at the start of a request, makes it the current one for
    the request, and finds the request's site in it (Wagtail would ask the database)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = _values(request)
        reset = _current.set(values)
        try:
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = site_for_request(request)
            return self.get_response(request)
        finally:
            _current.reset(reset)


def site_for_request(request):
    """Wagtail's site for the request's host and port, a copy of the one kept (the root
    page too: code may keep things on a page object for the length of a request)."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    hostname = split_domain_port(request._get_raw_host())[0]
    key = ("site", hostname, request.get_port())
    site = remembered(request, key, lambda: Site._find_for_request(request))
    if site is None:
        return None
    site = copy.copy(site)
    site.root_page = copy.copy(site.root_page)
    return site


def locale_for_language(manager_method):
    """Wagtail's `Locale.objects.get_for_language`, kept per generation: every page view
    asks it for the active language, and locales change once in a site's life."""

    def get_for_language(manager, language_code):
        values = _current.get()
        if values is None:
            return manager_method(manager, language_code)
        key = ("locale", language_code)
        try:
            return values[key]
        except KeyError:
            locale = manager_method(manager, language_code)
            values[key] = locale
            return locale

    return get_for_language


def language_codes():
    """{locale id: language code} of every locale, for objects whose locale is only an id."""
    from wagtail.models import Locale

    return remembered(
        None, "language-codes", lambda: dict(Locale.all_objects.values_list("pk", "language_code"))
    )


def changed(**kwargs):
    """Start a new generation: now, for this process and the next request anywhere, and
    again when the transaction commits, so that a process that read the old rows between
    the two does not keep them."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
    # Without a cache nothing is shared that could need invalidating.
    with contextlib.suppress(Exception):
        cache.set(TOKEN_KEY, _new_token(), None)
    with _lock:
        _generation.update(token=None, values={})


def forget():
    """Drop this process' answers (tests: a rolled-back transaction sends no signal)."""
    with _lock:
        _generation.update(token=None, values={})


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        changed()


def _changed_unless_created(sender, created=False, **kwargs):
    if not created:
        changed()


def connect_signals(*models, changes_only=()):
    """A new generation whenever sites, locales or view restrictions change, a page is
    published, unpublished, moved or deleted (titles and addresses the chrome shows), or
    one of `models` (what another app keeps here) is saved or deleted. For `changes_only`
    a new row is no news: nothing kept can refer to it yet (an image nobody chose as the
    logo; the office settings Wagtail creates at their first reading)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Locale, PageViewRestriction, Revision, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move
    from wagtail_localize.models import StringTranslation

    # A revision (a German page edited after its translation) and a translated string
    # change what a translation's notice says (translation_states.page_facts).
    for model in (Site, Locale, PageViewRestriction, Revision, StringTranslation, *models):
        post_save.connect(changed, sender=model, dispatch_uid=f"shared-state-save-{model}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"shared-state-delete-{model}")
    for model in changes_only:
        post_save.connect(
            _changed_unless_created, sender=model, dispatch_uid=f"shared-state-save-{model}"
        )
        post_delete.connect(changed, sender=model, dispatch_uid=f"shared-state-delete-{model}")
    m2m_changed.connect(
        changed, sender=PageViewRestriction.groups.through, dispatch_uid="shared-state-groups"
    )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(changed, dispatch_uid=f"shared-state-{id(signal)}")
    post_delete.connect(_page_deleted, dispatch_uid="shared-state-page-deleted")
