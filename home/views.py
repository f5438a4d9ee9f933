from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from home.search import MAX_QUERY_LENGTH, run_search
from integration_pages.core.page_urls import site_url


def search(request):
    """Pages and counselling services of this site in the reader's language, with the
    results editors promote; a page of advice where nothing is found."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH].strip()
    context = run_search(request, query, request.GET.get("page"))
    context["meta_title"] = gettext("Search")
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
