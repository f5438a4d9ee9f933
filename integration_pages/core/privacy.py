"""Which pages a visitor may see: the one rule every public list, count and export uses.

Wagtail protects a restricted page and its subtree when it is served, but the portal shows
pages through aggregates as well (lists, counts, budget sums, exports, feeds, search). Each
of them asks `visible(queryset, request)` or excludes `hidden_q(request)`, so a restricted
text cannot reach the public through any of them, while someone who may see it (logged in,
in the right group, or past the password form) sees the same figures as on the page itself.

A restriction belongs to the page in every language: an editor restricts the German page
and its translations follow at once (`mirror_restrictions`), instead of at the next
translation sync as wagtail-localize does it. Otherwise the Arabic measure under a
restricted German goal would be public in the Arabic lists, search and API.
"""

import threading

from django.db.models import Q
from django.utils import timezone
from wagtail.models import BaseViewRestriction, Locale, Page, PageViewRestriction

from integration_pages.core.shared_state import remembered, remembered_many

_CACHE_ATTRIBUTE = "_integration_pages_hidden_q"


def _restrictions(with_groups, request=None):
    """(id, page path, type, group ids) of every view restriction: one query, and one more
    for the groups where someone logged in asks; kept per process until one changes
    (integration_pages.core.shared_state)."""
    return remembered(
        request, ("view-restrictions", with_groups), lambda: _read_restrictions(with_groups)
    )


def _read_restrictions(with_groups):
    rows = list(
        PageViewRestriction.objects.values_list("id", "page__path", "restriction_type").order_by(
            "page__path"
        )
    )
    group_ids = {}
    if with_groups and any(kind == BaseViewRestriction.GROUPS for _id, _path, kind in rows):
        for restriction_id, group_id in PageViewRestriction.groups.through.objects.values_list(
            "pageviewrestriction_id", "group_id"
        ):
            group_ids.setdefault(restriction_id, set()).add(group_id)
    return [(pk, path, kind, group_ids.get(pk, set())) for pk, path, kind in rows]


def _user_group_ids(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return set()
    if not hasattr(request, "_integration_pages_group_ids"):
        request._integration_pages_group_ids = set(user.groups.values_list("pk", flat=True))
    return request._integration_pages_group_ids


def passes(request, restriction_id, kind, group_ids):
    """Whether `request` satisfies a restriction: the same test as Wagtail's
    `PageViewRestriction.accept_request`, without a query per restriction."""
    if request is None:
        return False
    user = getattr(request, "user", None)
    authenticated = bool(user is not None and user.is_authenticated)
    if kind == BaseViewRestriction.PASSWORD:
        session = getattr(request, "session", None)
        # No session cookie, no passed password: don't load (or create) a session for it.
        if session is None or not getattr(session, "session_key", None):
            return False
        passed = session.get(PageViewRestriction.passed_view_restrictions_session_key, [])
        return restriction_id in passed
    if kind == BaseViewRestriction.LOGIN:
        return authenticated
    if kind == BaseViewRestriction.GROUPS:
        if not authenticated:
            return False
        return user.is_superuser or bool(group_ids & _user_group_ids(request))
    return False


def restricted_q(request):
    """A Q matching every page in a section whose view restriction `request` does not
    satisfy. Computed once per request.

    Only a request with a session or a login can pass a restriction, and those responses
    are never shared: the page cache and Varnish pass them, and the session middleware
    marks them `Vary: Cookie` for any other cache.
    """
    if request is not None and hasattr(request, _CACHE_ATTRIBUTE):
        return getattr(request, _CACHE_ATTRIBUTE)
    query = Q()
    user = getattr(request, "user", None)
    logged_in = bool(user is not None and user.is_authenticated)
    for restriction_id, path, kind, group_ids in _restrictions(logged_in, request):
        if not passes(request, restriction_id, kind, group_ids):
            query |= Q(path__startswith=path)
    query = query if query else Q(pk__in=[])
    if request is not None:
        setattr(request, _CACHE_ATTRIBUTE, query)
    return query


def hidden_q(request):
    """A Q matching every page `request` may not see: restricted for it (`restricted_q`),
    or past its expiry time while the scheduler has not unpublished it yet."""
    return restricted_q(request) | Q(expire_at__lte=timezone.now())


def sees_public_view(request):
    """Whether `request` sees what every anonymous visitor sees: nobody logged in and no
    session (a passed password lives in the session). Only such views may be shared."""
    if request is None:
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    return not (session is not None and getattr(session, "session_key", None))


def kept_for_visitors(request, key, compute):
    """`compute()`, kept per generation under `key` (shared_state) where `request` sees
    what every anonymous visitor sees; computed afresh for editors, sessions, previews."""
    if sees_public_view(request):
        return remembered(request, key, compute)
    return compute()


def kept_many_for_visitors(request, keys, compute):
    """{key: answer} for `keys`, as `kept_for_visitors` for each; `compute(missing keys)`
    answers those not kept yet in one go, as a dict."""
    if sees_public_view(request):
        return remembered_many(request, keys, compute)
    return compute(list(keys))


def visible(queryset, request):
    """The pages of `queryset` that `request` may see: live, not expired, not restricted."""
    return queryset.live().exclude(hidden_q(request))


def public(queryset):
    """The pages of `queryset` anyone may see, for what has no visitor: sitemaps, pings."""
    return visible(queryset, None)


# --- A restriction holds for the page in every language -------------------------------

_mirroring = threading.local()


def _signature(restrictions):
    return sorted(
        (r.restriction_type, r.password, sorted(g.pk for g in r.groups.all())) for r in restrictions
    )


def mirror_restrictions(page_id):
    """Give every translation of a page the view restrictions of its original.

    The original (the page in the default language) rules: a change there reaches every
    translation, and a translation's own restriction is brought back in line with it. Where
    the original has none, a translation may keep a restriction of its own.
    """
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        return
    default = Locale.get_default()
    if page.locale_id == default.pk:
        original = page
    else:
        original = Page.objects.filter(translation_key=page.translation_key, locale=default).first()
        if original is None or not original.view_restrictions.exists():
            return
    wanted = list(original.view_restrictions.prefetch_related("groups"))
    translations = Page.objects.filter(translation_key=page.translation_key).exclude(pk=original.pk)
    _mirroring.active = True
    try:
        for translation in translations:
            present = list(translation.view_restrictions.prefetch_related("groups"))
            if _signature(present) == _signature(wanted):
                continue
            for restriction in present:
                restriction.delete()
            for restriction in wanted:
                copy = PageViewRestriction.objects.create(
                    page=translation,
                    restriction_type=restriction.restriction_type,
                    password=restriction.password,
                )
                copy.groups.set(restriction.groups.all())
    finally:
        _mirroring.active = False


def _mirror(page_id):
    if getattr(_mirroring, "active", False) or page_id is None:
        return
    if page_id in getattr(_mirroring, "deleting", ()):
        # The page itself goes: its translations stay, and keep their restrictions.
        return
    mirror_restrictions(page_id)


def restriction_saved(sender, instance, raw=False, **kwargs):
    # At once, not on commit: Wagtail's privacy form saves the restriction, then its
    # groups; both steps arrive here and the last one leaves the copies complete.
    if not raw:
        _mirror(instance.page_id)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        _mirror(instance.page_id)


def page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if not hasattr(_mirroring, "deleting"):
            _mirroring.deleting = set()
        _mirroring.deleting.add(instance.pk)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        getattr(_mirroring, "deleting", set()).discard(instance.pk)


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

    uid = "integration_pages_privacy"
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid=f"{uid}_save")
    post_delete.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid=f"{uid}_delete")
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid=f"{uid}_groups",
    )
    pre_delete.connect(page_deleting, dispatch_uid=f"{uid}_page_deleting")
    post_delete.connect(page_deleted, dispatch_uid=f"{uid}_page_deleted")


def document_hidden(document, request):
    """Whether a document is used only on pages `request` may not see (minutes of a
    restricted meeting, say): then it is not served to that visitor either.

    A document used nowhere, or also by a visible page or by anything that is not a page
    (a snippet shown on many pages), stays as its collection's privacy says.
    """
    from wagtail.models import ReferenceIndex

    references = ReferenceIndex.get_references_to(document)
    page_type = ReferenceIndex._get_base_content_type(Page)
    users = list(references.values_list("base_content_type_id", "object_id").distinct())
    if not users or any(type_id != page_type.pk for type_id, _object_id in users):
        return False
    pages = Page.objects.filter(pk__in=[int(object_id) for _type_id, object_id in users])
    return not visible(pages, request).exists()


def covered(request, page):
    """Whether any view restriction may apply to `page`: one on it or on an ancestor (an
    alias is judged by its original, which Wagtail looks up)."""
    if page.alias_of_id:
        return True
    return any(
        page.path.startswith(path) for _pk, path, _kind, _groups in _restrictions(False, request)
    )


def gate_wagtail_restriction_check():
    """Wagtail checks each page it serves for view restrictions with two queries, the page's
    ancestors and their restrictions. Where none of the restrictions (kept per process)
    covers the page, that check is skipped; where one does, Wagtail's own runs as before."""
    from wagtail import hooks
    from wagtail.wagtail_hooks import check_view_restrictions

    entries = hooks._hooks.get("on_serve_page", [])
    for index, (hook, order) in enumerate(entries):
        if hook is check_view_restrictions:
            entries[index] = (_gated(check_view_restrictions), order)


def _gated(check):
    def hook(callback):
        checked = check(callback)

        def inner(page, request, serve_args, serve_kwargs):
            if covered(request, page):
                return checked(page, request, serve_args, serve_kwargs)
            return callback(page, request, serve_args, serve_kwargs)

        return inner

    return hook
