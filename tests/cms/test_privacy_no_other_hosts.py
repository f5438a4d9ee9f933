"""Nothing is loaded from another host: no scripts, styles, fonts or images from elsewhere."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.support.marks import demo, indexed

pytestmark = [pytest.mark.django_db, *demo, indexed]

# (tag, attribute) pairs through which a browser fetches something by itself.
LOADING_ATTRIBUTES = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("link", "href"),
}
PAGES = [
    "/de/",
    "/ar/",
    "/en/integrationskonzept/",
    "/ar/foerderung/",
    "/de/datenschutz/",
    "/de/search/?q=Forum",
    "/ar/gibt-es-nicht/",
    "/de/forum-fuer-migrantinnen/",
    "/en/forum-fuer-migrantinnen/mso-verzeichnis/print/",
    "/de/eccar/",
    "/en/eccar/report/",
    "/ar/wegweiser/",
    "/de/wegweiser/guided/?ground=racism",
    "/de/wegweiser/services/gleiche-chancen-beim-wohnen/",
]


class LoadedUrls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in LOADING_ATTRIBUTES and value:
                if tag == "link" and dict(attrs).get("rel") in ("alternate", "canonical"):
                    continue  # hreflang alternates and the canonical address are not loads
                self.urls += [part.strip().split(" ")[0] for part in value.split(",")]
        style = dict(attrs).get("style") or ""
        self.urls += re.findall(r"url\(['\"]?([^'\")]+)", style)


def _foreign(url):
    parts = urlsplit(url)
    if parts.scheme == "data":  # inline (KERN's icons): nothing is fetched
        return False
    return url.startswith("//") or (parts.scheme and parts.netloc not in {"testserver"})


@pytest.mark.parametrize("path", PAGES)
def test_rendered_pages_load_nothing_from_other_hosts(client, path):
    parser = LoadedUrls()
    response = client.get(path)
    assert response.status_code == (404 if "gibt-es-nicht" in path else 200)
    parser.feed(response.content.decode())
    assert parser.urls, "the page should at least load its own stylesheet"
    assert [url for url in parser.urls if _foreign(url)] == []


def test_stylesheets_import_nothing_and_load_fonts_only_from_our_static_files():
    """No stylesheet imports another; every url() is ours or inline; a web font (KERN's
    Fira Sans) comes from a file beside the stylesheet in our own static files."""
    css_files = list(Path(settings.BASE_DIR).glob("*/static/**/*.css"))
    assert css_files
    faces = 0
    for css in css_files:
        text = css.read_text()
        assert "@import" not in text, css
        for url in re.findall(r"url\(['\"]?([^'\")]+)", text):
            assert not _foreign(url), (css, url)
        for face in re.findall(r"@font-face\s*\{[^}]*\}", text):
            faces += 1
            for url in re.findall(r"url\(['\"]?([^'\")]+)", face):
                assert not urlsplit(url).scheme and not url.startswith("/"), (css, url)
                assert (css.parent / url).resolve().is_file(), (css, url)
    assert faces, "the site's fonts are declared in its own stylesheet"


def test_the_foreign_host_check_recognises_foreign_urls():
    parser = LoadedUrls()
    parser.feed(
        '<script src="https://cdn.example.org/x.js"></script>'
        '<link rel="stylesheet" href="//fonts.example.com/css">'
        '<img src="/media/a.png" srcset="/media/a.png 1x, https://img.example.net/b.png 2x">'
    )
    assert [u for u in parser.urls if _foreign(u)] == [
        "https://cdn.example.org/x.js",
        "//fonts.example.com/css",
        "https://img.example.net/b.png",
    ]
