"""One address per page: requests for a site under another host, port or scheme are sent
to the site's configured root URL before anything is rendered or cached.

A Host header such as `luebeck.example.de:31337` still reaches the Lübeck site (Wagtail
falls back to the host name), and everything that page says about itself would name that
port; a cache in front would keep that for every later visitor. Links are built from the
site's root URL anyway (integration_pages.core.page_urls.site_url), so this is the second
wall: the page is only ever rendered for its canonical origin.

On in production (CANONICAL_HOST_REDIRECT); the development server runs on another port
than the sites' configured ones, so there it is off and the page cache simply does not
store pages asked for under a foreign origin.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponsePermanentRedirect
from django.http.request import split_domain_port

from cms.pagecache.store import origin, public_port, site_for


class CanonicalHostMiddleware:
    def __init__(self, get_response):
        if not getattr(settings, "CANONICAL_HOST_REDIRECT", False):
            raise MiddlewareNotUsed
        self.get_response = get_response
        # The admin may have an address of its own that is no site's (e.g. redaktion.…).
        admin = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
        self.admin_origin = f"{admin.scheme}://{admin.netloc}".lower() if admin.netloc else None

    def __call__(self, request):
        if self.admin_origin and origin(request).lower() == self.admin_origin:
            return self.get_response(request)
        hostname, _port = split_domain_port(request.get_host())
        found = site_for(hostname, public_port(request))
        # Never from https down to http: a site saved with port 80 behind TLS would
        # otherwise bounce between this redirect and SECURE_SSL_REDIRECT.
        downgrade = request.is_secure() and found and found[2].startswith("http:")
        if found is not None and origin(request) != found[2] and not downgrade:
            response = HttpResponsePermanentRedirect(found[2] + request.get_full_path())
            if request.method not in ("GET", "HEAD"):
                # 308: the browser repeats the POST with its body at the right address.
                response.status_code = 308
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)
