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
