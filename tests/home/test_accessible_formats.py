"""Leichte Sprache and German Sign Language: linked from every page, in every language;
per-language sitemaps; snippets in the reader's language with a German fallback."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import EasyLanguagePage, HomePage, SignLanguagePage
from integration_pages.translation_states import shows_german
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]

CODES = [code for code, _name in settings.LANGUAGES]


def path(page):
    return urlsplit(page.url).path


@pytest.mark.parametrize("url", ["/de/", "/ar/wegweiser/", "/fa/eccar/", "/uk/search/?q=x"])
def test_every_page_links_to_leichte_sprache_and_sign_language_in_its_language(client, url):
    html = client.get(url).content.decode()
    code = url.split("/")[1]
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    easy, sign = (_in_luebeck(model, code) for model in (EasyLanguagePage, SignLanguagePage))
    assert f'href="{path(easy)}"' in header
    assert f'href="{path(sign)}"' in header


def _in_luebeck(model, code):
    german = model.objects.get(locale__language_code="de", url_path__startswith="/luebeck/")
    return german.get_translation(Locale.objects.get(language_code=code))


def test_the_sign_language_page_gives_download_size_and_duration(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    video = get_document_model()(title="Willkommen in DGS")
    video.file.save("willkommen.mp4", ContentFile(b"\x00" * 2048), save=False)
    video.save()
    page = SignLanguagePage.objects.get(
        locale__language_code="de", url_path__startswith="/luebeck/"
    )
    page.videos = [
        ("video", {"title": "Willkommen", "video": video, "duration": "2:30", "description": ""})
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'<video controls preload="none" src="{video.url}"' in html
    assert "2:30" in html and "MP4" in html and "2,0\xa0KB" in html
    assert f'href="{video.url}" download' in html


def test_a_duration_must_be_minutes_and_seconds():
    from django.core.exceptions import ValidationError

    from home.models.pages import SignLanguageVideoBlock

    block = SignLanguageVideoBlock()
    with pytest.raises(ValidationError):
        block.child_blocks["duration"].clean("zweieinhalb Minuten")
    assert block.child_blocks["duration"].clean("2:30") == "2:30"


def translated(pages):
    """Without the copies that only show the German text
    (integration_pages/translation_states.py)."""
    return pages.annotate(shows_german=shows_german()).filter(shows_german=False)


def test_the_sitemap_index_lists_the_languages_whose_home_page_is_translated(client):
    xml = client.get("/sitemap.xml").content.decode()
    homes = translated(HomePage.objects.filter(url_path__startswith="/luebeck"))
    expected = sorted(homes.values_list("locale__language_code", flat=True))
    assert {"de", "en", "ar"} <= set(expected)
    assert sorted(re.findall(r"sitemap-(\w+)\.xml", xml)) == expected


@pytest.mark.parametrize("code", ["de", "ar", "tr"])
def test_each_language_sitemap_lists_its_translated_pages_with_their_translations(client, code):
    response = client.get(f"/sitemap-{code}.xml")
    assert response["Content-Type"].startswith("application/xml")
    xml = response.content.decode()
    home = _in_luebeck(HomePage, code)
    pages = translated(home.get_descendants(inclusive=True).live().public())
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert {urlsplit(u).path for u in locs} == {path(p) for p in pages}
    alternates = sum(translated(p.get_translations(inclusive=True).live()).count() for p in pages)
    assert xml.count('hreflang="') == alternates
    assert client.get("/sitemap-xx.xml").status_code == 404


SNIPPET_PAGES = [
    # (model, German object lookup, URL showing it, attribute shown)
    ("snippets.Contact", {"name": "Stabsstelle Integration"}, "/{code}/", "name"),
    (
        "snippets.Organisation",
        {"name": "Jobcenter Lübeck"},
        "/{code}/integrationskonzept/measures/",
        "name",
    ),
    ("integration_pages.ActionField", {"code": "1"}, "/{code}/integrationskonzept/", "title"),
    ("integration_pages.EccarCommitment", {"number": 3}, "/{code}/eccar/", "title"),
    ("snippets.DiscriminationGround", {"code": "religion"}, "/{code}/wegweiser/", "name"),
    ("snippets.LifeArea", {"code": "housing"}, "/{code}/wegweiser/", "name"),
    ("snippets.Language", {"code": "ti"}, "/{code}/wegweiser/", "name"),
    (
        "snippets.CounsellingService",
        {"slug": "gleiche-chancen-beim-wohnen"},
        "/{code}/wegweiser/",
        "name",
    ),
]


@pytest.mark.parametrize(
    "label,lookup,url,attribute", SNIPPET_PAGES, ids=[s[0] for s in SNIPPET_PAGES]
)
def test_snippets_show_in_the_reader_s_language_and_fall_back_to_german(
    client, label, lookup, url, attribute
):
    from html import escape

    from django.apps import apps

    model = apps.get_model(label)
    german = model.objects.get(locale__language_code="de", **lookup)
    english = model.objects.get(locale__language_code="en", translation_key=german.translation_key)
    english_text = f"{getattr(german, attribute)} (EN)"
    setattr(english, attribute, english_text)
    english.save()
    assert escape(english_text) in client.get(url.format(code="en")).content.decode()
    model.objects.filter(
        translation_key=german.translation_key, locale__language_code="fa"
    ).delete()
    assert escape(getattr(german, attribute)) in client.get(url.format(code="fa")).content.decode()
