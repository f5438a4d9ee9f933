"""Page URLs exactly as Wagtail's `get_url` gives them, for long lists, mostly by path
arithmetic.

`get_url` matches the site roots and reverses the serve view for every page (25–50 µs
each; an overview of 300 measures spent more time on its links than on its queries).
Pages below the same site roots get the same site, language prefix and root URL, so one
real `get_url` per combination gives the prefix for all the others.
"""

from urllib.parse import quote, urljoin

from django.http.request import split_domain_port
from django.utils.encoding import iri_to_uri
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page, Site

# What Django's reverse() leaves unquoted in a path, and so in Wagtail's page URLs.
URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


class PageUrls:
    def __init__(self, request, page):
        self.request = request
        # Wagtail's own list of site roots, cached on the request by `get_url`. An
        # underscore method: the ECCAR tests (tests/integration_pages) compare the results
        # with `get_url`.
        self.root_paths = [srp.root_path for srp in page._get_site_root_paths(request)]
        self.bases = {}

    def url(self, url_path):
        roots = tuple(root for root in self.root_paths if url_path.startswith(root))
        deepest = max(roots, key=len, default="")
        rest = quote(url_path[len(deepest) :], safe=URL_SAFE)
        if roots and roots in self.bases:
            return self.bases[roots] + rest
        # Only url_path counts for a page's URL, so an unsaved page stands in for the row.
        url = Page(url_path=url_path).get_url(self.request)
        if roots and rest and url and url.endswith(rest):
            self.bases[roots] = url[: len(url) - len(rest)]
        return url


def site_url(request, location=None):
    """An absolute address on the site serving `request`, from the site's configured host,
    port and scheme (Wagtail's `root_url`), never from the Host header: a request with a
    forged host or port must not put that host into links a cache keeps for everyone.
    Without a matching site, Django's own `build_absolute_uri`.
    """
    location = request.get_full_path() if location is None else iri_to_uri(location)
    site = Site.find_for_request(request)
    if site is None:
        return request.build_absolute_uri(location)
    return urljoin(site.root_url + "/", location)


def site_hostname(request):
    site = Site.find_for_request(request)
    return site.hostname if site else split_domain_port(request.get_host())[0]
