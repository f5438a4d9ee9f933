"""One canonical origin (issue: cache poisoning through the Host port).

Absolute addresses come from the site's configured root URL, whatever Host a request
names; the page cache stores pages only for that origin; in production a request under
another host, port or scheme is redirected there before anything is rendered; and a route
argument has one spelling."""

import json
import re

import pytest
from django.test import Client
from wagtail.models import Site

from tests.support import forms_data, newsroom_data, office_site, services_data
from tests.support.office_site import HOST, rename_site

pytestmark = pytest.mark.django_db

SITE = HOST
FORGED = f"{HOST}:31337"
# What a path needs besides the home page, built below it.
BUILD = {
    "/de/veranstaltungen/": lambda home: newsroom_data.events(home)[0],
    "/de/eccar/": services_data.action_plan,
    "/en/wegweiser/": lambda home: services_data.signpost(home, ["en"]),
}


@pytest.fixture(autouse=True)
def home(home_de):
    """The test's home page, served as the default site on SITE (port 80, http), with its
    office settings; not the admin's own address (WAGTAILADMIN_BASE_URL)."""
    rename_site(home_de, SITE)
    office_site.office(home_de)
    return home_de


def not_cached(response):
    """Neither answered from the page cache nor stored in it."""
    return response.get("X-Cache") in (None, "BYPASS")


@pytest.mark.parametrize("path", ["/de/", "/de/veranstaltungen/", "/de/eccar/", "/en/wegweiser/"])
def test_a_forged_host_port_never_reaches_the_page_or_the_cache(client, home, path):
    """The page asked for with port 31337 names only the site's own origin (canonical,
    og:url, hreflang, JSON-LD), and is not stored: the next visitor gets a page built for
    the real host."""
    if path in BUILD:
        BUILD[path](home)
    forged = client.get(path, HTTP_HOST=FORGED)
    assert forged.status_code == 200
    html = forged.content.decode()
    assert "31337" not in html
    assert f'<link rel="canonical" href="http://{SITE}{path}' in html
    hreflang = re.findall(r'hreflang="[^"]+" href="([^"]+)"', html)
    assert hreflang and all(url.startswith(f"http://{SITE}/") for url in hreflang)
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "31337" not in json.dumps(json.loads(block))
    assert not_cached(forged)
    fresh = client.get(path, HTTP_HOST=SITE)
    assert fresh["X-Cache"] == "MISS"
    assert "31337" not in fresh.content.decode()


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-de.xml", "/robots.txt", "rss", "ics"])
def test_feeds_sitemaps_and_robots_name_the_site_not_the_host_asked_for(client, home, path):
    newsroom, _releases = newsroom_data.newsroom(home)
    calendar, _events = newsroom_data.events(home)
    if path == "rss":
        path = newsroom.get_url_parts()[2] + "rss.xml"
    elif path == "ics":
        path = calendar.get_url_parts()[2] + "calendar.ics"
    response = client.get(path, HTTP_HOST=FORGED, follow=True)
    assert response.status_code == 200
    body = b"".join(response) if response.streaming else response.content
    text = body.decode()
    assert "31337" not in text
    assert f"{SITE}" in text


def test_a_page_fetched_over_http_is_not_served_to_https_visitors(client):
    """The scheme is part of the origin: the site says http (port 80), so an https
    request is neither answered from nor stored in the cache."""
    assert client.get("/de/", HTTP_HOST=SITE)["X-Cache"] == "MISS"
    assert client.get("/de/", HTTP_HOST=SITE)["X-Cache"] == "HIT"
    assert not_cached(client.get("/de/", HTTP_HOST=SITE, secure=True))


def test_port_variants_do_not_fill_the_cache(client):
    """Each forged port used to be a new entry (599 in a minute from one client); now
    none is stored, and the real address still is."""
    for port in range(40000, 40040):
        assert not_cached(client.get("/de/", HTTP_HOST=f"{SITE}:{port}"))
    assert client.get("/de/", HTTP_HOST=SITE)["X-Cache"] == "MISS"


@pytest.fixture
def production_redirect(settings):
    settings.CANONICAL_HOST_REDIRECT = True
    return Client()


def test_in_production_another_port_is_redirected_to_the_site(home, production_redirect):
    newsroom_data.events(home)
    response = production_redirect.get("/de/veranstaltungen/?page=2", HTTP_HOST=FORGED)
    assert response.status_code == 301
    assert response["Location"] == f"http://{SITE}/de/veranstaltungen/?page=2"
    assert response["Cache-Control"] == "no-store"
    assert production_redirect.get("/de/", HTTP_HOST=SITE).status_code == 200


def test_in_production_a_post_is_redirected_with_its_method(home, production_redirect):
    forms_data.contact_form(home)
    response = production_redirect.post("/de/kontakt/", {"x": "y"}, HTTP_HOST=FORGED)
    assert response.status_code == 308
    assert response["Location"] == f"http://{SITE}/de/kontakt/"


def test_in_production_an_unknown_host_goes_to_the_default_site(production_redirect):
    response = production_redirect.get("/de/", HTTP_HOST="127.0.0.1")
    assert response.status_code == 301
    assert response["Location"] == f"http://{SITE}/de/"


def test_in_production_the_admins_own_address_is_not_redirected(settings):
    """An office may run the admin under an address that is no site's own
    (WAGTAILADMIN_BASE_URL); that address is left alone."""
    settings.CANONICAL_HOST_REDIRECT = True
    settings.WAGTAILADMIN_BASE_URL = "http://redaktion.example.de"
    client = Client()
    assert client.get("/admin/login/", HTTP_HOST="redaktion.example.de").status_code == 200
    assert client.get("/de/", HTTP_HOST="other.example.de").status_code == 301


def test_in_production_http_is_upgraded_for_an_https_site(production_redirect):
    Site.objects.filter(hostname=SITE).update(port=443)
    response = production_redirect.get("/de/", HTTP_HOST=SITE)
    assert response.status_code == 301
    assert response["Location"] == f"https://{SITE}/de/"
    served = production_redirect.get("/de/", HTTP_HOST=SITE, secure=True)
    assert served.status_code == 200
    assert f'<link rel="canonical" href="https://{SITE}/de/">' in served.content.decode()


def test_in_production_https_is_never_sent_down_to_http(production_redirect):
    """A site saved with port 80 behind TLS must not bounce between this redirect and
    SECURE_SSL_REDIRECT: the https request is served (and not cached)."""
    response = production_redirect.get("/de/", HTTP_HOST=SITE, secure=True)
    assert response.status_code == 200
    assert not_cached(response)


def test_a_zero_padded_commitment_number_redirects_to_its_one_address(client, home):
    services_data.action_plan(home)
    padded = client.get("/de/eccar/commitment/0009/", HTTP_HOST=SITE)
    assert padded.status_code == 301
    assert padded["Location"] == "/de/eccar/commitment/9/"
    assert client.get("/de/eccar/commitment/9/", HTTP_HOST=SITE).status_code == 200
