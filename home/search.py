"""Site search: pages and counselling services in the reader's language, from the site the
reader is on, with the results editors promote for a query.

A results page costs the same number of queries whatever the number of results: pages are
counted and sliced by the search backend, what a result shows of its specific row is kept
per process (one query per page type on the slice for those not kept yet), and the (few)
services of a locale come in one query.
"""

import datetime
import re
from html import unescape

from django.conf import settings
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from integration_pages.core.privacy import hidden_q, kept_for_visitors, restricted_q, visible
from integration_pages.core.shared_state import remembered, remembered_many
from integration_pages.core.translation_states import title_shows_source

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_READ_AHEAD_PAGE = 10_000
SUMMARY_WORDS = 40
# Where a page or service keeps its short text, in order of preference; rich text is
# shown as plain text.
SUMMARY_FIELDS = (
    "search_description",
    "lead",
    "summary",
    "intro",
    "introduction",
    "aim",
    "description",
)
UNSEARCHABLE = re.compile(r'["\x00-\x1f\x7f]')
# Where one block of rich text ends, the next word begins.
BLOCK_END = re.compile(r"<(?:br|/p|/li|/h[1-6]|/div|/blockquote)\b[^>]*>", re.IGNORECASE)


def summary_text(obj):
    """The first non-empty short text of `obj`, as plain text of at most SUMMARY_WORDS words."""
    for name in SUMMARY_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(unescape(strip_tags(BLOCK_END.sub(" ", value))).split())
            return Truncator(text).words(SUMMARY_WORDS)
    return ""


def result_date(page):
    """The date a reader expects beside a result: a release's date, an event's start."""
    value = getattr(page, "date", None)
    if isinstance(value, datetime.date):
        return value
    starts_at = getattr(page, "starts_at", None)
    if isinstance(starts_at, datetime.datetime):
        return timezone.localtime(starts_at).date()
    return None


def _describe_page(page, request, german_titles=(), described=None):
    """`page` with what a result shows; `described` (summary, date) where known, else
    read from `page`, which must then be specific."""
    page.search_kind = page.specific_class._meta.verbose_name
    # A copy whose title nobody translated shows the German one: marked so a screen reader
    # reads it in German (as menus and breadcrumbs do).
    page.search_title_german = page.pk in german_titles
    page.search_title = page.title
    page.search_url = page.get_url(request)
    page.search_text, page.search_date = described or (summary_text(page), result_date(page))
    return page


def page_descriptions(pages, request):
    """{page id: (summary, date)} from the pages' specific rows. A page's text changes only
    when it is published, so they are kept per process (shared_state); those not kept yet
    are read in one query per page type."""

    def read(missing):
        pks = [pk for _name, pk in missing]
        return {
            ("search-description", page.pk): (summary_text(page), result_date(page))
            for page in Page.objects.filter(pk__in=pks).specific()
        }

    keys = [("search-description", page.pk) for page in pages]
    found = remembered_many(request, keys, read)
    return {pk: found.get((name, pk)) for name, pk in keys}


def _describe_service(service, url):
    service.search_kind = service._meta.verbose_name
    service.search_title = service.name
    service.search_url = url
    service.search_text = summary_text(service)
    service.search_date = None
    return service


def localized_root(request, locale):
    """The root page of the request's site in `locale`, or None where it has none."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return remembered(
        request,
        ("search-root", site.root_page_id, locale.pk),
        lambda: (
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key, locale=locale)
            .first()
        ),
    )


class CombinedResults:
    """Page results, then service results, as one sliceable list for the paginator.

    Only the slice shown is fetched, so the cost of a results page does not grow with
    the number of results.
    """

    def __init__(self, pages, services, request):
        self.pages = pages
        self.services = services
        self.request = request
        self._page_count = None
        self._read = {}  # (start, end) → pages read with the count

    def read_ahead(self, page_number):
        """Reads results page `page_number`'s pages and the number of pages found in one
        query where the backend allows (PostgreSQL: a window count over the ranked rows),
        instead of a count and then the slice, which match the words twice."""
        try:
            number = int(page_number or 1)
        except (TypeError, ValueError):
            return
        # Past the last page is the paginator's to settle; so is a number too large for SQL.
        if self.pages is None or not 1 <= number <= MAX_READ_AHEAD_PAGE:
            return
        start = (number - 1) * RESULTS_PER_PAGE
        found = rows_and_total(self.pages, start, start + RESULTS_PER_PAGE)
        if found is not None:
            rows, self._page_count = found
            self._read[(start, min(start + RESULTS_PER_PAGE, self._page_count))] = rows

    @property
    def page_count(self):
        if self._page_count is None:
            self._page_count = self.pages.count() if self.pages is not None else 0
        return self._page_count

    def __len__(self):
        return self.page_count + len(self.services)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = len(self) if key.stop is None else key.stop
        items = []
        if start < self.page_count:
            end = min(stop, self.page_count)
            pages = self._read.get((start, end))
            if pages is None:
                pages = list(self.pages[start:end])
            german = german_titles([page.pk for page in pages])
            described = page_descriptions(pages, self.request)
            items += [
                _describe_page(page, self.request, german, described[page.pk]) for page in pages
            ]
        if stop > self.page_count:
            items += self.services[max(start - self.page_count, 0) : stop - self.page_count]
        return items


def rows_and_total(results, start, stop):
    """(results[start:stop] as a list, the number of all results) in one query, on
    PostgreSQL's search backend; None elsewhere, or where the slice is empty (a page
    past the last: the paginator asks for the count and picks the last page)."""
    from django.db import connection
    from django.db.models import Count, Window

    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None or connection.vendor != "postgresql":
        return None
    ranked = results[0:None].get_queryset()
    rows = list(ranked.annotate(_portal_found=Window(Count("*")))[start:stop])
    if not rows:
        return None
    return rows, rows[0]._portal_found


def german_titles(pks):
    """Of the pages `pks`, those whose title shows the German original; one query."""
    if not pks or get_language() == settings.LANGUAGE_CODE:
        return set()
    return set(
        Page.objects.filter(pk__in=pks)
        .annotate(german=title_shows_source())
        .filter(german=True)
        .values_list("pk", flat=True)
    )


def search_pages(query, root, locale, hidden):
    if root is None:
        return None
    return (
        Page.objects.live()
        .exclude(hidden)
        .filter(locale=locale, path__startswith=root.path)
        .search(query, operator="and")
    )


def search_services(query, root, locale, hidden, request):
    """Services of this site (or shared by every site) matching `query`, each linked to
    its page on the site's signpost in the reader's language: counted in the database,
    and only those a results page shows read (ServiceHits)."""
    from django.db.models import Q

    from integration_pages.models import SignpostPage
    from snippets.models import CounsellingService

    if root is None:
        return []
    site = Site.find_for_request(request)
    on_site = Q(site__isnull=True) | Q(site=site) if site else Q(site__isnull=True)
    found = get_search_backend().search(
        query, CounsellingService.objects.filter(on_site, locale=locale), operator="and"
    )
    count = found.count()
    if not count:
        return []
    signpost = kept_for_visitors(
        request,
        ("search-signpost", root.pk),
        lambda: (
            SignpostPage.objects.live()
            .exclude(hidden)
            .filter(locale=locale, path__startswith=root.path)
            .order_by("path")
            .first()
        ),
    )
    if signpost is None:
        # Without a signpost in this language a service has no page to link to.
        return []
    return ServiceHits(found, count, signpost, request)


class ServiceHits:
    """The services found, in order of relevance, as a list for CombinedResults: its
    length is the count, and a slice is read in one query when a results page shows it."""

    def __init__(self, found, count, signpost, request):
        self.found, self.count = found, count
        self.signpost, self.base = signpost, signpost.get_url(request)

    def __len__(self):
        return self.count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        return [
            _describe_service(
                service,
                self.base + self.signpost.reverse_subpage("service", kwargs={"slug": service.slug}),
            )
            for service in self.found[key]
        ]


def promoted_pages(query, root, locale, hidden, request):
    """The pages editors promote for `query`, in the reader's language and on this site.

    Editors pick the German page; the reader gets its translation. Picks on another site's
    pages, or with an external link (which belongs to no site), are not shown.
    """
    query_string = normalise_query_string(query)
    # Most searches have no promotion: which words have one is kept per generation, and
    # so are the pages promoted for each of them (a bounded set: the editors' choice).
    if root is None or query_string not in kept_for_visitors(
        request, "promoted-queries", promoted_queries
    ):
        return []
    return kept_for_visitors(
        request,
        ("search-promoted", query_string, root.pk),
        lambda: _promoted_pages(query_string, root, locale, hidden, request),
    )


def _promoted_pages(query_string, root, locale, hidden, request):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string, page__isnull=False)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not picks:
        return []
    localized = {
        page.translation_key: page
        for page in Page.objects.live()
        .exclude(hidden)
        .filter(
            translation_key__in=[pick.page.translation_key for pick in picks],
            locale=locale,
            path__startswith=root.path,
        )
        .specific()
    }
    promoted = []
    german = german_titles([page.pk for page in localized.values()])
    for pick in picks:
        page = localized.get(pick.page.translation_key)
        if page is None or page in promoted:
            continue
        _describe_page(page, request, german)
        # The editor's description is written in German.
        if pick.description and get_language() == settings.LANGUAGE_CODE:
            page.search_text = pick.description
        promoted.append(page)
    return promoted


def promoted_queries():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return frozenset(
        SearchPromotion.objects.filter(page__isnull=False).values_list(
            "query__query_string", flat=True
        )
    )


def record_hit(query):
    """Count today's search for the promotions report. Wagtail's own `add_hit` takes four
    queries; one UPDATE through the query's words usually finds today's row, and only the
    day's first search of these words creates it."""
    from django.db.models import F
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    today = timezone.localdate()
    words = normalise_query_string(query)
    hits = QueryDailyHits.objects.filter(query__query_string=words, date=today)
    if not hits.update(hits=F("hits") + 1):
        QueryDailyHits.objects.get_or_create(
            query=Query.get(words), date=today, defaults={"hits": 1}
        )


def main_sections(root, request):
    """Where a reader who found nothing can go on: the home page's teasers, else its menu."""
    from home.models import HomePage

    if root is None:
        return []
    home = root.specific
    if isinstance(home, HomePage):
        teasers = home.localized_teasers(hidden_q(request))
        if teasers:
            return teasers
    return [
        {"page": page, "title": page.title, "text": ""}
        for page in visible(root.get_children().in_menu(), request)
    ]


def search_terms(query):
    """The words to search for. Double quotes and control characters mean nothing in a
    word search, and an unbalanced quote is a syntax error to SQLite's full-text search."""
    return " ".join(UNSEARCHABLE.sub(" ", query).split())


def run_search(request, query, page_number):
    """Everything the search page shows for `query` and results page `page_number`."""
    locale = Locale.get_active()
    context = {"search_query": query, "promotions": [], "sections": []}
    terms = search_terms(query)
    results = []
    root = hidden = None
    if terms:
        root = localized_root(request, locale)
        # The search index filters on indexed fields only: expiry is not one of them.
        hidden = restricted_q(request)
        results = CombinedResults(
            search_pages(terms, root, locale, hidden),
            search_services(terms, root, locale, hidden, request),
            request,
        )
        results.read_ahead(page_number)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    # get_page turns a missing, malformed or out-of-range number into the first or last page.
    page_obj = paginator.get_page(page_number)
    context.update(results=page_obj, paginator=paginator)
    if terms and page_obj.number == 1:
        context["promotions"] = promoted_pages(terms, root, locale, hidden, request)
        # Only a first results page is a search; later pages are the same search read on.
        if not page_number or str(page_number).strip() == "1":
            record_hit(terms)
    if query and paginator.count == 0:
        root = root or localized_root(request, locale)
        context["sections"] = main_sections(root, request)
    return context
