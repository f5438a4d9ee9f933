"""The site's icons and web app manifest: every page names them, /favicon.ico answers, the
manifest speaks the reader's language and names the office from its settings."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from tests.support.office_site import office
from tests.support.site import translated

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(home_de):
    office(home_de, app_name="Integration")
    translated(home_de, "ar")


def test_every_page_links_its_icons_and_manifest(client):
    html = client.get("/ar/").content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="icon" href="/static/icons/icon.svg" type="image/svg+xml">' in head
    assert '<link rel="icon" href="/static/icons/favicon.ico" sizes="48x48">' in head
    assert '<link rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png">' in head
    assert '<link rel="manifest" href="/ar/manifest.webmanifest">' in head


@pytest.mark.parametrize(
    "path,size",
    [
        ("icons/icon-192.png", 192),
        ("icons/icon-512.png", 512),
        ("icons/icon-maskable-512.png", 512),
        ("icons/apple-touch-icon.png", 180),
    ],
)
def test_the_icons_are_the_sizes_they_claim(path, size):
    with Image.open(finders.find(path)) as image:
        assert image.size == (size, size)


def test_the_svg_icon_is_our_own_drawing():
    svg = Path(finders.find("icons/icon.svg")).read_text(encoding="utf-8")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", svg)  # nothing from elsewhere


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_manifest_in_the_readers_language(client):
    response = client.get("/ar/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Stabsstelle Integration – Hansestadt Beispielstadt"
    assert manifest["short_name"] == "Integration"
    assert (manifest["lang"], manifest["dir"], manifest["start_url"]) == ("ar", "rtl", "/ar/")
    assert manifest["theme_color"] == "#004b87"
    icons = {(icon["src"], icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert ("/static/icons/icon-512.png", "512x512", "any") in icons
    assert ("/static/icons/icon-maskable-512.png", "512x512", "maskable") in icons
    german = json.loads(client.get("/de/manifest.webmanifest").content)
    assert (german["lang"], german["dir"], german["start_url"]) == ("de", "ltr", "/de/")


def test_the_content_security_policy_lets_the_manifest_load(client):
    """The manifest comes from the site itself: CSP's default-src 'self' covers it."""
    policy = client.get("/de/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert "'self'" in directives.get("manifest-src", directives["default-src"])
