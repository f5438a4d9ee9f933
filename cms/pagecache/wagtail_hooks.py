"""The page that serves a request, for the response's surrogate keys (middleware.py)."""

from wagtail import hooks

PAGE_ATTRIBUTE = "page_cache_page_id"


# Before every other hook: one that answers itself (a view restriction's login redirect,
# a parallel reading) still answers for this page.
@hooks.register("before_serve_page", order=-1000)
def remember_the_page(page, request, serve_args, serve_kwargs):
    # Routes and exports (…/measures/, …/measures.json) come here with their page too.
    setattr(request, PAGE_ATTRIBUTE, page.pk)
