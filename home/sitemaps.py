"""sitemap.xml: an index of one sitemap per language, each page with its translations.

Wagtail's own sitemap lists only the tree under the site's root page, which is the
German one; translations live in sibling trees and would be left out.
"""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page, Site

from integration_pages.core.page_urls import site_url
from integration_pages.core.privacy import public
from integration_pages.core.translation_states import shows_german


def _home(site, code):
    return Page.objects.filter(
        translation_key=site.root_page.translation_key, locale__language_code=code
    ).first()


def sitemap_index(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    codes = [code for code, _name in settings.LANGUAGES]
    # Languages whose home page is translated (not a copy showing the German text).
    present = set(
        Page.objects.filter(translation_key=site.root_page.translation_key)
        .annotate(shows_german=shows_german())
        .filter(shows_german=False)
        .values_list("locale__language_code", flat=True)
    )
    sitemaps = [
        site_url(request, reverse("sitemap_language", args=[code]))
        for code in codes
        if code in present
    ]
    return TemplateResponse(
        request, "home/sitemap_index.xml", {"sitemaps": sitemaps}, content_type="application/xml"
    )


def language_sitemap(request, code):
    site = Site.find_for_request(request)
    home = _home(site, code) if site and code in dict(settings.LANGUAGES) else None
    if home is None:
        raise Http404
    # For everyone alike, whoever asks: a sitemap is the same for every visitor. A copy
    # that only shows the German text is not a page in this language
    # (integration_pages.core.translation_states).
    pages = list(
        public(home.get_descendants(inclusive=True))
        .annotate(shows_german=shows_german())
        .filter(shows_german=False)
        .order_by("path")
    )
    translations = {}
    for page in (
        public(Page.objects.filter(translation_key__in=[p.translation_key for p in pages]))
        .annotate(shows_german=shows_german())
        .filter(shows_german=False)
        .select_related("locale")
        .order_by("locale_id")
    ):
        translations.setdefault(page.translation_key, []).append(page)
    entries = [
        {
            "loc": page.get_full_url(request),
            "lastmod": page.last_published_at,
            "alternates": [
                (t.locale.language_code, t.get_full_url(request))
                for t in translations.get(page.translation_key, [])
            ],
        }
        for page in pages
    ]
    return TemplateResponse(
        request, "home/sitemap.xml", {"entries": entries}, content_type="application/xml"
    )
