"""No English in a German admin (issue 17), on real admin pages: the page editor, the
translation editor, "Translate this page", the locales admin, the header, the translations
report, the embed preview, the translation editor's notes and the page search, read as a
German editor (each test builds its pages). The strings and the JavaScript catalogues
themselves are proven in test_admin_german.py.
"""

import html
import json
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.embeds.models import Embed
from wagtail.models import Locale

from home.localize_admin import PO_UPLOAD
from tests.support.marks import indexed
from tests.support.translation_data import arabic_funding_page, funding_page, localize, tagged

pytestmark = indexed


def visible_text(body):
    """Text nodes, labels for assistive technology and the editor's props, not markup."""
    props = [html.unescape(p) for p in re.findall(r'data-props="([^"]*)"', body)]
    body = re.sub(r"(?s)<script\b.*?</script>|<style\b.*?</style>", " ", body)
    parts = re.findall(r">([^<>]+)<", body)
    parts += re.findall(r'(?:title|aria-label|placeholder)="([^"]*)"', body)
    return html.unescape(" ".join(parts)) + " " + " ".join(props)


ENGLISH_MONTH = (
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
ENGLISH_PHRASES = [
    r"\bLocales?\b",
    r"\b(Source|Target) locale\b",
    r"Offline glossary",
    r"Add a locale",
    r"Switch locales",
    r"Available in",
    # upstream templates that write English outside gettext (overridden in cms/templates)
    r"\bActions\b",  # the header's navigation, for screen readers
    r"\d+ pages\b",
    r"\d+ others\b",
]


def assert_german(response):
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert [p for p in ENGLISH_PHRASES if re.search(p, text)] == []
    return text


@pytest.mark.django_db
def test_page_editor_of_a_german_page(staff_client, home_de):
    page = arabic_funding_page(home_de).get_translation(Locale.objects.get(language_code="de"))
    text = assert_german(staff_client("de").get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert "Sprache wechseln" in text


@pytest.mark.django_db
def test_translation_editor_of_an_arabic_translation(staff_client, home_de):
    arabic = arabic_funding_page(home_de)
    response = staff_client("de").get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert "wagtail_localize/js/wagtail-localize.js" in response.content.decode()
    assert_german(response)
    props = json.loads(
        html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode())[1])
    )
    assert props["machineTranslator"]["name"] == "Offline-Glossar"


@pytest.mark.django_db
def test_translate_this_page_and_the_locales_admin(staff_client, home_de):
    page = funding_page(home_de)
    client = staff_client("de")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert "Sprachen" in assert_german(client.get(submit))
    locales = assert_german(client.get(reverse("wagtaillocales:index")))
    assert "Sprache hinzufügen" in locales
    # the usage column, "110 pages + 183 others" upstream, with German plurals
    assert re.search(r"\d+ Seiten \+ \d+ weitere Objekte", locales)


@pytest.mark.django_db
def test_the_header_names_its_actions_in_german(staff_client, home_de):
    page = funding_page(home_de)
    body = staff_client("de").get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    assert 'aria-label="Aktionen" id="w-slim-header-buttons"' in body.decode()


@pytest.mark.django_db
def test_the_translations_report_filters_by_language_in_german(staff_client):
    text = assert_german(staff_client("de").get(reverse("wagtail_localize:translations_report")))
    assert "Ausgangssprache" in text and "Zielsprache" in text


def test_the_embed_preview_in_the_rich_text_editor_is_labelled_in_german():
    embed = Embed(
        url="https://video.example.org/1",
        title="Film",
        provider_name="Beispielvideo",
        author_name="Stadt",
    )
    with translation.override("de"):
        text = render_to_string("wagtailembeds/embed_editor.html", {"embed": embed})
    assert "Anbieter: Beispielvideo" in text and "Urheber: Stadt" in text
    assert "Provider" not in text and "Author" not in text


def translation_notes(client, page):
    """The notes under each translated string in the translation editor's props."""
    body = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', body)[1]))
    return [t["comment"] for t in props["initialStringTranslations"] if t["comment"]]


@pytest.mark.django_db
def test_the_translation_editor_dates_its_notes_in_the_admins_language(staff_client, home_de):
    """wagtail-localize writes "Translated with … on 4 December 2026" with an English
    month whatever the admin's language; the project formats the date as Django does.
    The page's translation came from an uploaded PO file, stored as such."""
    german = funding_page(home_de)
    arabic = localize(german, "ar", tagged("ar"), tool_name=PO_UPLOAD)
    german_notes = translation_notes(staff_client("de"), arabic)
    assert german_notes
    assert [n for n in german_notes if "PO File" in n] == []  # upstream's name for uploads
    german_date = r" am \d{1,2}\. [A-ZÄ][a-zä]+ \d{4}$"  # "… am 4. Dezember 2026"
    assert [n for n in german_notes if not re.search(german_date, n)] == []
    assert [n for n in german_notes if re.search(ENGLISH_MONTH, n)] == []
    arabic_notes = translation_notes(staff_client("ar"), arabic)
    assert arabic_notes and [n for n in arabic_notes if re.search(ENGLISH_MONTH, n)] == []


@pytest.mark.django_db
def test_page_search_results_say_how_many_without_none(staff_client, home_de):
    funding_page(home_de)  # "Förderung und Beratung für Vereine"
    response = staff_client("de").get(reverse("wagtailadmin_pages:search"), {"q": "Beratung"})
    text = assert_german(response)
    assert re.search(r"Treffer 1–\d+ von \d+", text)
    assert not re.search(r"von \d+ None", text)
