"""Finding the page for a public URL in one query instead of two per URL level.

Wagtail routes /de/a/b/c/ from the home page down: at each level a query for the child by
its slug and another for its specific row, plus the home page's translation and specific
row. Here one query fetches the home page in the reader's language and every page whose
depth and slug fit the URL; the walk down happens in Python, and only the page found is
fetched as its specific type. A page type with a route of its own (routable pages, the
concept's measures) is handed the rest of the URL as Wagtail would hand it, so its
sub-routes and 404s stay exactly its own. Which page a path leads to is kept per process
(integration_pages.core.shared_state) until a page is published, moved or deleted.
"""

from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

# Deeper URLs are walked by Wagtail's own route below this depth.
MAX_PREFETCHED_LEVELS = 8


def serve(request, path):
    """Wagtail's serve view, with the route found here first (Wagtail keeps it on the
    request and does not look again)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def route(request, path):
    from integration_pages.core.shared_state import remembered

    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    locale = Locale.get_active()
    key = ("route", site.root_page_id, locale.pk, tuple(components))
    found = remembered(
        request,
        key,
        lambda: _walk(site.root_page, locale, components),
        # URLs that lead nowhere are not kept: anyone can make up any number of them.
        keep=lambda found: found is not None,
    )
    if found is None:
        raise Http404
    model, pk, consumed = found
    try:
        page = model.objects.get(pk=pk)
    except model.DoesNotExist as error:
        raise Http404 from error
    return page.route(request, components[consumed:])


def _walk(root, locale, components):
    """(specific model, id, components consumed) of the page the walk stops at: the last
    one reached, or the first whose type routes on its own; None where a level is missing."""
    levels = components[:MAX_PREFETCHED_LEVELS]
    query = Q(translation_key=root.translation_key, locale_id=locale.pk)
    for depth, slug in enumerate(levels, start=root.depth + 1):
        query |= Q(depth=depth, slug=slug)
    rows = list(
        Page.objects.filter(query).values_list(
            "pk", "path", "depth", "slug", "content_type_id", "translation_key", "locale_id", "live"
        )
    )
    home = next(
        (
            r
            for r in rows
            if r[5] == root.translation_key and r[6] == locale.pk and r[2] == root.depth and r[7]
        ),
        None,
    )
    if home is None:
        # No live home page in this language: Wagtail serves the site's own (`localized`).
        home = (
            root.pk,
            root.path,
            root.depth,
            root.slug,
            root.content_type_id,
            root.translation_key,
            root.locale_id,
            root.live,
        )
    children = {(r[1][: -Page.steplen], r[3]): r for r in rows}
    current, consumed = home, 0
    while True:
        model = _model(current[4])
        if model is None:
            return None
        if consumed == len(components) or consumed == len(levels):
            return model, current[0], consumed  # Wagtail's route goes on from here
        walks = _walks_children(model, current[7], components[consumed:])
        if walks is None:
            return model, current[0], consumed
        child = children.get((current[1], components[consumed]))
        if child is None:
            # A plain page has no child of that slug: 404. Anything else decides itself.
            return None if walks == "only" else (model, current[0], consumed)
        current, consumed = child, consumed + 1


def _walks_children(model, live, rest):
    """How a page of `model` routes the rest of the URL: "only" to a child (Wagtail's
    Page.route); "also" to a child unless one of its own sub-routes matches first
    (RoutablePageMixin, or a type that says it routes the same way); None: only the page
    itself knows."""
    if model.route is Page.route:
        return "only"
    routable = model.route is RoutablePageMixin.route or getattr(
        model, "routes_through_children", False
    )
    if not routable:
        return None
    if live:
        try:
            model.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Resolver404:
            return "also"
        return None  # one of its sub-routes
    return "also"


def _model(content_type_id):
    from django.contrib.contenttypes.models import ContentType

    # ContentType's manager keeps what it has looked up: no query after the first.
    content_type = ContentType.objects.get_for_id(content_type_id)
    model = content_type.model_class()
    return model if model is not None and issubclass(model, Page) else None
