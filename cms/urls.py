from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import routing, sitemaps
from home import views as home_views
from home.api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<str:code>.xml", sitemaps.language_sitemap, name="sitemap_language"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL carries its language (/de/…, /ar/…); "/" is redirected by
# LocaleMiddleware to the best match from Accept-Language, else German.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("manifest.webmanifest", home_views.web_manifest, name="web_manifest"),
    path("", include("integration_pages.urls")),
    # Wagtail's page serving, routed in one query (home.routing); Wagtail's own pattern
    # below keeps its name for reverse(), and its login and password views (_util/) stay.
    re_path(wagtail_urls.serve_pattern.replace("^", "^(?!_util/)", 1), routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
