"""What the apps tell the page cache, through Wagtail hooks: the page cache itself knows no
app, its page types or their routes.

* A page's own URLs beneath its address — routes, exports, feeds — are its
  `get_cached_paths()`, Wagtail's own hook for frontend caches.
* `page_cache_query_parameters`: a hook returns the GET parameters its public views read
  (filters, pagination); a request with any other parameter bypasses the cache.
* `page_cache_dependents`: a hook takes a changed object (a page or a snippet) and returns
  a `Q` over `wagtailcore.Page` for the other pages that show it — lists that query for
  it rather than link to it — or None when the object is none of its business. The
  pages that link to the object are found in Wagtail's reference index without a hook.
  A snippet no hook claims and nothing references empties its site's cache, to be safe.
"""

from functools import cache

from django.db.models import Q
from wagtail import hooks

QUERY_PARAMETERS_HOOK = "page_cache_query_parameters"
DEPENDENTS_HOOK = "page_cache_dependents"


@cache
def query_parameters():
    """Every parameter a hook names, read once per process (hooks are registered at start)."""
    names = {"page"}  # Django's pagination, wherever it is used
    for hook in hooks.get_hooks(QUERY_PARAMETERS_HOOK):
        names.update(hook())
    return frozenset(names)


def dependents(obj):
    """(Q over Page of what else shows `obj`, whether any hook claimed it)."""
    query, claimed = Q(pk__in=[]), False
    for hook in hooks.get_hooks(DEPENDENTS_HOOK):
        found = hook(obj)
        if found is not None:
            query |= found
            claimed = True
    return query, claimed
