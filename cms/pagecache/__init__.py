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

Under gunicorn a hit does not reach Django at all: cms.wsgi wraps Django's handler in
`fast_path.PageCacheApplication`, which makes the same lookup in front of every
middleware and replays the entry with the headers the whole stack sent the first time
(stored there, at the outermost point, on a miss).

The tokens are read before the page is rendered and an entry is only stored under the
token read then; a purge that lands while a page is rendered leaves it unreachable.

Purging goes through `wagtail.contrib.frontend_cache`: the backends named in
WAGTAILFRONTENDCACHE receive what a change leaves stale (targets.py): the pages that show
it — the page and its routes, its translations, its ancestors (index pages, the section's
lists and feeds, the home page's teasers) and their routes, its live descendants (their
breadcrumb shows it), pages that link to it, the ECCAR plan for measures — their URLs, and
the sitemaps. `DjangoCacheBackend` purges this cache by URL. A Varnish in front is purged
by surrogate key (`VarnishXkeyBackend`: every shared response names its page, site and
path in an `xkey` header, and one request names the keys of all the pages; their query
variants go too) or, with VARNISH_PURGE = "urls", by `VarnishBackend` (Wagtail's
HTTPBackend, a PURGE per URL, plus a BAN per site). The signal receivers in purge.py
collect the changes of a transaction and purge once, when it commits.
"""
