import functools

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from home.models import OfficeSettings
from home.search import MAX_QUERY_LENGTH, run_search
from integration_pages.core.page_urls import site_url


def search(request):
    """Pages and counselling services of this site in the reader's language, with the
    results editors promote; a page of advice where nothing is found."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH].strip()
    context = run_search(request, query, request.GET.get("page"))
    context["meta_title"] = gettext("Search")
    # Its address is the same for every search: the chrome around it is kept as a page's
    # is, the search field in the header a hole for the visitor's words (kept_tags).
    context["keep_chrome"] = True
    return TemplateResponse(request, "home/search.html", context)


def robots_txt(request):
    """Crawlers may read every public page but not the admin or endless search results."""
    search_paths = {"/search/"}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.add(reverse("search"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: {path}" for path in sorted(search_paths)),
        "Allow: /",
        "",
        f"Sitemap: {site_url(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# The site's own mark (cms/icons.py draws it), the colour of its header and links.
THEME_COLOUR = "#004b87"
ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
]


def web_manifest(request):
    """What a phone needs to put the site on its home screen, in the reader's language:
    the office's name, where to start (the home page in this language), which way the
    language is written and the icons. One per language; the page cache keeps it like a
    page, and a change to the office settings empties it with the rest of the site."""
    office = OfficeSettings.for_request(request)
    code = translation.get_language()
    name = " – ".join(part for part in (office.office_name, office.municipality) if part)
    manifest = {
        "id": "/",
        "name": name or settings.WAGTAIL_SITE_NAME,
        "short_name": office.app_name or office.office_name or settings.WAGTAIL_SITE_NAME,
        "lang": code,
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": f"/{code}/",
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in ICONS
        ],
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@functools.cache
def _favicon():
    with open(finders.find("icons/favicon.ico"), "rb") as file:
        return file.read()


def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page says."""
    response = HttpResponse(_favicon(), content_type="image/vnd.microsoft.icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
