"""Leichte Sprache and German Sign Language: linked from every page, in every language;
per-language sitemaps; snippets in the reader's language with a German fallback.

The tests read one small translated site (the `site` fixture), built once for the module
(tests.support.once): each test's changes are rolled back before the next."""

import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import HomePage
from integration_pages.core.translation_states import shows_german
from integration_pages.models import ActionField, EccarCommitment
from snippets.models import Contact, DiscriminationGround, Language, LifeArea
from tests.support.every_type import build_accessible_pages, build_signpost
from tests.support.marks import indexed
from tests.support.once import fresh, module_data
from tests.support.site import build_home, translate, translate_snippet
from tests.support.small_site import build_concept, build_plan
from tests.support.translation_data import localize

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("accessible_formats")]

CODES = [code for code, _name in settings.LANGUAGES]
# Languages the home page is translated into; Russian is only a wagtail-localize copy
# that shows the German text, which the sitemaps must leave out.
TRANSLATED = ("en", "ar", "fa", "uk", "tr")


def path(page):
    return urlsplit(page.url).path


def build_site():
    """A German home page with a contact, a concept, the ECCAR plan, the signpost and the pages in
    Leichte Sprache and DGS, translated as the tests read them; the snippets they show
    have English and Persian copies."""
    home_de = build_home()
    german = home_de.locale
    contact = Contact.objects.create(name="Stabsstelle Integration", locale=german)
    home_de.contact = contact
    home_de.save_revision().publish()
    concept, _goals, measures = build_concept(home_de)
    plan = build_plan(home_de)
    signpost, service = build_signpost(home_de)
    easy, sign = build_accessible_pages(home_de)
    ground, _created = DiscriminationGround.objects.get_or_create(
        code="religion", locale=german, defaults={"name": "Religion", "description": "Glaube."}
    )
    area, _created = LifeArea.objects.get_or_create(
        code="housing", locale=german, defaults={"name": "Wohnen", "description": "Miete."}
    )
    tigrinya, _created = Language.objects.get_or_create(
        code="ti", locale=german, defaults={"name": "Tigrinya"}
    )
    service.grounds.add(ground)
    service.life_areas.add(area)
    service.languages.add(tigrinya)
    found = SimpleNamespace(
        home=home_de,
        easy=easy,
        sign=sign,
        contact=contact,
        organisation=measures[0].responsible_unit,
        action_field=ActionField.objects.get(concept=concept, code="I"),
        commitment=EccarCommitment.objects.get(number=3, locale=german),
        ground=ground,
        area=area,
        language=tigrinya,
        service=service,
    )
    for code in TRANSLATED:
        for page in (home_de, easy, sign):
            translate(page, code)
    for code in ("en", "fa"):
        # A translated concept lists the German goals and measures.
        for page in (concept, plan, signpost):
            translate(page, code)
    translate(signpost, "ar")
    translate(plan, "tr")
    # Copies that show German: left out of the sitemaps and their alternates.
    localize(home_de, "ru")
    localize(plan, "ar")
    for snippet in (
        contact,
        found.organisation,
        found.action_field,
        found.commitment,
        ground,
        area,
        tigrinya,
        service,
    ):
        for code in ("en", "fa"):
            translate_snippet(snippet, code)
    return found


built_site = module_data(build_site)


@pytest.fixture
def site(built_site):
    return fresh(built_site)


@indexed
@pytest.mark.parametrize("url", ["/de/", "/ar/wegweiser/", "/fa/eccar/", "/uk/search/?q=x"])
def test_every_page_links_to_leichte_sprache_and_sign_language_in_its_language(client, site, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    code = url.split("/")[1]
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    easy, sign = (_in(page, code) for page in (site.easy, site.sign))
    assert f'href="{path(easy)}"' in header
    assert f'href="{path(sign)}"' in header


def _in(german, code):
    return german.get_translation(Locale.objects.get(language_code=code))


def test_the_sign_language_page_gives_download_size_and_duration(client, site):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    video = get_document_model()(title="Willkommen in DGS")
    video.file.save("willkommen.mp4", ContentFile(b"\x00" * 2048), save=False)
    video.save()
    page = site.sign
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
    (integration_pages/core/translation_states.py)."""
    return pages.annotate(shows_german=shows_german()).filter(shows_german=False)


def test_the_sitemap_index_lists_the_languages_whose_home_page_is_translated(client, site):
    xml = client.get("/sitemap.xml").content.decode()
    homes = translated(HomePage.objects.filter(translation_key=site.home.translation_key))
    expected = sorted(homes.values_list("locale__language_code", flat=True))
    assert {"de", "en", "ar"} <= set(expected)
    assert "ru" not in expected and site.home.has_translation(
        Locale.objects.get(language_code="ru")
    )
    assert sorted(re.findall(r"sitemap-(\w+)\.xml", xml)) == expected


@pytest.mark.parametrize("code", ["de", "ar", "tr"])
def test_each_language_sitemap_lists_its_translated_pages_with_their_translations(
    client, site, code
):
    response = client.get(f"/sitemap-{code}.xml")
    assert response["Content-Type"].startswith("application/xml")
    xml = response.content.decode()
    home = _in(site.home, code)
    pages = translated(home.get_descendants(inclusive=True).live().public())
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert {urlsplit(u).path for u in locs} == {path(p) for p in pages}
    alternates = sum(translated(p.get_translations(inclusive=True).live()).count() for p in pages)
    assert xml.count('hreflang="') == alternates
    assert client.get("/sitemap-xx.xml").status_code == 404


SNIPPET_PAGES = [
    # (model, German object of the `site` fixture, URL showing it, attribute shown)
    ("snippets.Contact", "contact", "/{code}/", "name"),
    ("snippets.Organisation", "organisation", "/{code}/integrationskonzept/measures/", "name"),
    ("integration_pages.ActionField", "action_field", "/{code}/integrationskonzept/", "title"),
    ("integration_pages.EccarCommitment", "commitment", "/{code}/eccar/", "title"),
    ("snippets.DiscriminationGround", "ground", "/{code}/wegweiser/", "name"),
    ("snippets.LifeArea", "area", "/{code}/wegweiser/", "name"),
    ("snippets.Language", "language", "/{code}/wegweiser/", "name"),
    ("snippets.CounsellingService", "service", "/{code}/wegweiser/", "name"),
]


@pytest.mark.parametrize(
    "label,name,url,attribute", SNIPPET_PAGES, ids=[s[0] for s in SNIPPET_PAGES]
)
def test_snippets_show_in_the_reader_s_language_and_fall_back_to_german(
    client, site, label, name, url, attribute
):
    from html import escape

    from django.apps import apps

    model = apps.get_model(label)
    german = model.objects.get(locale__language_code="de", pk=getattr(site, name).pk)
    english = model.objects.get(locale__language_code="en", translation_key=german.translation_key)
    english_text = f"{getattr(german, attribute)} (EN)"
    setattr(english, attribute, english_text)
    english.save()
    assert escape(english_text) in client.get(url.format(code="en")).content.decode()
    model.objects.filter(
        translation_key=german.translation_key, locale__language_code="fa"
    ).delete()
    assert escape(getattr(german, attribute)) in client.get(url.format(code="fa")).content.decode()
