"""What search engines and link previews read: robots.txt, Open Graph, canonical addresses
and the office as schema.org JSON-LD."""

import datetime
import html as html_lib
import json
import re
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Site

from home.models import NewsIndexPage, NewsPage, OfficeSettings
from home.templatetags.portal_tags import office_structured_data, page_meta
from tests.support.marks import indexed
from tests.support.office_site import HOST, office, rename_site
from tests.support.site import publish, translated

pytestmark = pytest.mark.django_db

ROOT = f"http://{HOST}"


def meta(html, prop):
    """Every value of <meta property=prop> (or name=prop) in `html`."""
    pattern = rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)">'
    return [html_lib.unescape(v) for v in re.findall(pattern, html)]


def path(page):
    return urlsplit(page.url).path


# The office as schema.org sees it: the organisation on every page, the office people
# visit (with opening hours, tests/home/test_office_contact.py) on the home page.
OFFICE_TYPES = {"GovernmentOrganization", "GovernmentOffice"}


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.fixture(autouse=True)
def site(home_de):
    """The German home page with its English and Arabic copies and the office's settings,
    served as the default site under its own host name: the test client asks for
    "testserver", and every address the pages give names the site's own root URL."""
    office(home_de, address="Breite Straße 62\n23552 Beispielstadt")
    for language in ("en", "ar"):
        translated(home_de, language)
    return rename_site(home_de)


@pytest.fixture
def news_page(home_de):
    """A German press release with an image, in a newsroom of its own."""
    index = publish(home_de, NewsIndexPage(title="Presse", slug="presse-seo"))
    return publish(
        index,
        NewsPage(
            title="Neue Beratungszeiten",
            slug="neue-beratungszeiten-seo",
            date=datetime.date(2024, 5, 6),
            lead="Die Stabsstelle berät ab Juni auch samstags.",
            image=wagtail_factories.ImageFactory(),
            image_alt="Beratungsraum mit zwei Stühlen",
        ),
    )


def test_robots_txt_allows_public_pages_and_points_to_the_sitemap(client):
    """robots.txt is plain text, keeps crawlers out of the admin and the search results of
    every language and names the sitemap by its absolute address."""
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    for code, _name in settings.LANGUAGES:
        assert f"Disallow: /{code}/search/" in lines
    assert "Disallow: /" not in lines
    assert "Allow: /" in lines
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_home_page_has_open_graph_metadata_and_a_canonical_address(client, home_de):
    """The home page describes itself for link previews: title, its introduction as the
    description, canonical address, type website, language and the other languages."""
    html = client.get("/de/").content.decode()
    assert meta(html, "og:title") == [home_de.seo_title or home_de.title]
    description = meta(html, "og:description")
    assert description and description[0] in " ".join(re.sub("<[^>]+>", "", home_de.intro).split())
    assert meta(html, "description") == description
    assert meta(html, "og:url") == [f"{ROOT}/de/"]
    assert f'<link rel="canonical" href="{ROOT}/de/">' in html
    assert meta(html, "og:type") == ["website"]
    assert meta(html, "og:locale") == ["de_DE"]
    alternates = meta(html, "og:locale:alternate")
    assert "ar_AR" in alternates and "en_GB" in alternates and "de_DE" not in alternates
    office = OfficeSettings.objects.get(site__root_page=home_de)
    assert meta(html, "og:site_name") == [f"{office.office_name}, {office.municipality}"]

    arabic = client.get("/ar/").content.decode()
    assert meta(arabic, "og:locale") == ["ar_AR"]
    assert "de_DE" in meta(arabic, "og:locale:alternate")


def test_news_page_is_an_article_with_date_and_image(client, news_page):
    """A press release is an Open Graph article with its publication date, its lead as
    description and its image (absolute address, size, alternative text)."""
    html = client.get(path(news_page)).content.decode()
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "article:published_time") == ["2024-05-06"]
    assert meta(html, "og:description") == [news_page.lead]
    assert meta(html, "og:url") == [f"{ROOT}{path(news_page)}"]
    [image] = meta(html, "og:image")
    assert image.startswith(f"{ROOT}/")
    assert meta(html, "og:image:alt") == ["Beratungsraum mit zwei Stühlen"]
    assert int(meta(html, "og:image:width")[0]) > 0


def test_a_later_page_of_a_list_keeps_its_number_in_the_canonical_address(client):
    """Filters and search terms are left out of the canonical address, page numbers kept."""
    html = client.get("/de/", {"page": "2", "utm_source": "x"}).content.decode()
    assert f'<link rel="canonical" href="{ROOT}/de/?page=2">' in html
    html = client.get("/de/", {"page": "1"}).content.decode()
    assert f'<link rel="canonical" href="{ROOT}/de/">' in html


@indexed
@pytest.mark.parametrize("path", ["/de/", "/ar/", "/de/search/?q=Integration"])
def test_every_page_describes_the_office_as_a_government_organization(client, site, path):
    """Each page's head carries the office as schema.org GovernmentOrganization JSON-LD with
    its name, e-mail, municipality and the site's address; the home page as the
    GovernmentOffice, which says the same and more."""
    html = client.get(path).content.decode()
    head = html[: html.index("</head>")]
    office = OfficeSettings.objects.get(site=site)
    [data] = [d for d in structured_data(head) if d.get("@type") in OFFICE_TYPES]
    assert data["@type"] == (
        "GovernmentOffice" if path != "/de/search/?q=Integration" else "GovernmentOrganization"
    )
    assert data["@context"] == "https://schema.org"
    assert data["name"] == office.office_name
    assert data["email"] == office.email
    assert data["parentOrganization"]["name"] == office.municipality
    assert data["url"] == f"{ROOT}/"


def test_office_address_becomes_a_postal_address(site):
    """An address whose last line is a German postcode and town becomes a PostalAddress."""
    office = OfficeSettings.for_site(site)
    office.address = "Stabsstelle Integration\nBreite Straße 62\n23552 Lübeck"
    office.phone = "0451 122-0"
    office.save()
    request = RequestFactory().get("/de/")
    request._wagtail_site = site
    data = office_structured_data({"request": request})
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Stabsstelle Integration, Breite Straße 62",
        "postalCode": "23552",
        "addressLocality": "Lübeck",
        "addressCountry": "DE",
    }
    assert data["telephone"] == "0451 122-0"


def test_metadata_costs_no_queries_once_the_office_settings_are_loaded(
    home_de, django_assert_num_queries
):
    """Open Graph and JSON-LD come from what the page and its chrome loaded already."""
    site = Site.objects.get(root_page=home_de)
    request = RequestFactory().get("/de/")
    request._wagtail_site = site
    OfficeSettings.for_request(request)
    page = home_de.specific
    with translation.override("de"), django_assert_num_queries(0):
        data = office_structured_data({"request": request})
        info = page_meta({"request": request, "page": page})
    assert data["@type"] == "GovernmentOrganization"
    assert info["title"] == page.title


def test_structured_data_cannot_end_its_script_element(client, home_de):
    """An office name with markup in it stays data: it cannot close the script element."""
    office = OfficeSettings.objects.get(site__root_page=home_de)
    office.office_name = "Integration </script><script>alert(1)</script>"
    office.save()
    html = client.get("/de/").content.decode()
    head = html[: html.index("</head>")]
    assert "<script>alert(1)" not in head
    [data] = [d for d in structured_data(head) if d.get("@type") in OFFICE_TYPES]
    assert data["name"] == office.office_name
