"""Every page type in all seven languages: served with the language's `lang` and `dir`,
and with a language switcher and `hreflang` links that point at each real translation.

One German page of every page type is built once for the module (tests.support.once) and
translated, titles by hand, into English, Persian, Russian, Turkish and Ukrainian; its
Arabic copies translate nothing, so they show German (a copy that is no alternate)."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from integration_pages.core.translation_states import shows_german
from tests.support.once import module_data
from tests.support.site import build_home
from tests.support.translation_data import every_page_type, localize_all, titles_in

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("page_types_translated")]

CODES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar", "fa"}
SHOWS_GERMAN = "ar"


def _build():
    pages = every_page_type(build_home())
    for code in CODES:
        if code == SHOWS_GERMAN:
            localize_all(pages, code)
        elif code != "de":
            localize_all(pages, code, titles_in(code, pages))
    return [page.pk for page in pages]


translated_pages = module_data(_build)


@pytest.fixture
def pages(translated_pages):
    return list(Page.objects.filter(pk__in=translated_pages).order_by("path").specific())


def path(page):
    return urlsplit(page.url).path


@pytest.mark.parametrize("code", CODES)
def test_every_page_type_renders_in_every_language_with_lang_and_dir(client, pages, code):
    direction = "rtl" if code in RTL else "ltr"
    for german in pages:
        page = german.get_translation(Locale.objects.get(language_code=code))
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{code}" dir="{direction}"' in html, page.url
        if code not in ("de", SHOWS_GERMAN):
            assert f"[{code}]" in html, page.url  # its own title, not the German one


@pytest.mark.parametrize("code", ["de", "fa", "uk"])
def test_switcher_and_hreflang_point_at_each_translation_of_every_page(client, pages, code):
    for german in pages:
        page = german.get_translation(Locale.objects.get(language_code=code))
        html = client.get(page.url).content.decode()
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
        )
        translations = (
            page.get_translations(inclusive=True).live().annotate(shows_german=shows_german())
        )
        for translation in translations.filter(shows_german=False):
            language = translation.locale.language_code
            assert urlsplit(alternates[language]).path == path(translation), (page.url, language)
            if language != code:
                assert f'href="{path(translation)}" hreflang="{language}"' in html
        # The Arabic copy shows German: search engines are not sent to it as Arabic.
        assert SHOWS_GERMAN not in alternates, page.url
