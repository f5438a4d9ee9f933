"""Promoted search results of the demo: what editors would recommend for common searches.

Promotions point at German pages; the search shows each reader the page's translation.
Idempotent: an existing promotion of a page for a query is left as it is.
"""

from django.db.models import Max
from wagtail.models import Page

from integration_pages.models import FundingProgrammePage, IntegrationConceptPage, SignpostPage

# query → (how to find the page under the home page, the editor's description)
PROMOTIONS = [
    (
        "beratung",
        [(SignpostPage, None)],
        "Beratungsstellen in Ihrer Nähe und in Ihrer Sprache, gefiltert nach Anliegen.",
    ),
    (
        "förderung",
        [(FundingProgrammePage, None), (Page, "foerderung")],
        "Geld und Unterstützung für Projekte und ehrenamtliches Engagement.",
    ),
    (
        "integrationskonzept",
        [(IntegrationConceptPage, None)],
        "Leitziele, Teilziele und Maßnahmen des Integrationskonzepts.",
    ),
]


def _find(home, candidates):
    for model, slug in candidates:
        pages = model.objects.descendant_of(home).filter(locale_id=home.locale_id)
        if slug:
            pages = pages.filter(slug=slug, depth=home.depth + 1)
        page = pages.order_by("path").first()
        if page is not None:
            return page
    return None


def build_promotions(home):
    """Promote pages of `home`'s site for common queries; returns how many were created."""
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    created = 0
    for query_string, candidates, description in PROMOTIONS:
        page = _find(home, candidates)
        if page is None:
            continue
        query = Query.get(query_string)
        if SearchPromotion.objects.filter(query=query, page=page).exists():
            continue
        # Several sites may promote a page each for the same query; keep them in order.
        last = query.editors_picks.aggregate(last=Max("sort_order"))["last"]
        SearchPromotion.objects.create(
            query=query,
            page=page,
            description=description,
            sort_order=0 if last is None else last + 1,
        )
        created += 1
    return created
