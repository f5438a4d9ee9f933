"""What the plugin tells a frontend cache (Wagtail's `get_cached_paths()`, and the hooks of a
page cache such as this project's cms.pagecache; see wagtail_hooks).

A routable page answers beneath its own URL — lists, exports, feeds, print views — so all
of those are stale when it changes. `CachedRoutesMixin` lists them from the page's own
routes; a route with arguments lists the values it is served with (`route_arguments`).
"""

import re

FILE_ROUTE = re.compile(r"\.\w+/$")


class CachedRoutesMixin:
    """`get_cached_paths()` for a RoutablePageMixin page: "/" and every route."""

    def route_arguments(self, name):
        """The keyword arguments each of the route `name`'s URLs is served with; None: the
        route is not cached (e.g. one URL per visitor's answer)."""
        return None

    def get_cached_paths(self):
        paths = set(super().get_cached_paths())
        resolver = self.get_resolver()
        for pattern in resolver.url_patterns:
            name = getattr(pattern, "name", None)
            with_arguments = pattern.pattern.regex.groups
            for kwargs in (self.route_arguments(name) or []) if with_arguments else [{}]:
                route = resolver.reverse(name, **kwargs) if name else str(pattern.pattern)
                route = "/" + route.lstrip("/")
                paths.add(route)
                # File routes are served without their slash as well (…/measures.json,
                # integration_pages.urls).
                if FILE_ROUTE.search(route):
                    paths.add(route.rstrip("/"))
        return sorted(paths)


# The GET parameters the plugin's public views read: any other bypasses a page cache.
QUERY_PARAMETERS = [
    "field",  # measures
    "status",
    "unit",
    "year",  # measures, resolutions, ECCAR report
    "q",  # measures' text filter
    "focus",  # MSO directory
    "language",  # MSO directory, signpost
    "district",
    "ground",  # signpost, guided signpost
    "area",
    "format",
    "region",
    "anonymous",
    "step_free",
]
