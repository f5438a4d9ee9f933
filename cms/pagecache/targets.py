"""What a changed page or snippet leaves stale: the pages that show it and their URLs.

For a page: the page and its own paths (`get_cached_paths()`), its translations, its
ancestors (index pages, the section's lists and feeds, the home page's teasers) and their
paths, its live descendants (their breadcrumb shows it), the pages that link to it (the
reference index), the pages a `page_cache_dependents` hook names, and the sitemaps. A page
at the top of a site (home page, main navigation) shows on every page: the whole site goes.
For a snippet: the pages that reference it and those the hooks name (registry).

Backends that purge URLs get the URLs; those that purge by surrogate key get the pages
(whose key every response they serve carries, query variants included), the URLs no page
serves, and the sites.
"""

import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q

from .registry import dependents

logger = logging.getLogger(__name__)


@dataclass
class Targets:
    urls: set = field(default_factory=set)  # every URL that shows the change
    page_ids: set = field(default_factory=set)  # the pages serving those URLs
    other_urls: set = field(default_factory=set)  # those of `urls` no page serves
    roots: set = field(default_factory=set)  # root URLs of the sites that go whole

    @classmethod
    def of_urls(cls, urls=(), site_roots=()):
        return cls(urls=set(urls), other_urls=set(urls), roots=set(site_roots))

    def __ior__(self, other):
        self.urls |= other.urls
        self.page_ids |= other.page_ids
        self.other_urls |= other.other_urls
        self.roots |= other.roots
        return self

    def __bool__(self):
        return bool(self.urls or self.page_ids or self.roots)

    def trimmed(self):
        """Without the URLs of the sites that go whole: their purge takes them along."""

        def kept(urls):
            return {url for url in urls if not any(url.startswith(f"{r}/") for r in self.roots)}

        if not self.roots:
            return self
        return Targets(kept(self.urls), set(self.page_ids), kept(self.other_urls), self.roots)


def cached_paths(page):
    """The paths beneath a page's URL that show it, as its app declares them."""
    try:
        return sorted(set(page.specific_deferred.get_cached_paths()))
    except Exception:  # a purge must never break a publish
        logger.exception("Could not list the cached paths of page %s", page.pk)
        return ["/"]


def targets_for_pages(pages):
    """What shows one of `pages` (see the module's docstring)."""
    from wagtail.models import Page, ReferenceIndex, Site

    pages = [page for page in pages if page.depth and page.depth > 1]
    if not pages:
        return Targets()
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
    targets = targets_of(pages, also=shown, sitemaps=True)
    targets.roots |= site_roots
    return targets.trimmed()


def targets_of(pages, also=(), sitemaps=False):
    """`pages` and the pages with the translation keys of `pages` and `also` (translations;
    `also` need carry no more than that key), with the URLs of each and its cached paths;
    with `sitemaps`, the sitemaps of their sites too. `pages` are used as they are: a
    deleted page is no longer in the database."""
    from wagtail.models import Page

    keys = {page.translation_key for page in [*pages, *also]}
    everything = {page.pk: page for page in pages}
    for page in Page.objects.filter(translation_key__in=keys).select_related("content_type"):
        everything.setdefault(page.pk, page)

    batch = type("CacheObject", (), {})()
    # Every page's key, with a URL or not: a page moved off its site may still be cached.
    targets, roots = Targets(page_ids=set(everything)), set()
    for page in everything.values():
        page_url = page.get_full_url(batch)
        if not page_url:
            continue
        targets.urls.update(page_url + path.lstrip("/") for path in cached_paths(page))
        roots.add(page_url[: len(page_url) - len(urlsplit(page_url).path)])
    for root in roots if sitemaps else ():
        sitemap_urls = {f"{root}/sitemap.xml"}
        sitemap_urls.update(f"{root}/sitemap-{code}.xml" for code, _name in settings.LANGUAGES)
        targets.urls |= sitemap_urls
        targets.other_urls |= sitemap_urls
    return targets


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


def targets_showing(objects):
    from wagtail.models import Site

    pages, everything = [], False
    for obj in objects:
        found = pages_showing(obj)
        if found is None:
            everything = True
        else:
            pages += found
    # Only these pages show the snippets; their menus, ancestors and the sitemaps don't.
    targets = targets_of([], also=pages)
    if everything:
        targets.roots = {site.root_url for site in Site.objects.all()}
    return targets
