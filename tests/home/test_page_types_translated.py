"""Every page type in all seven languages: served with the language's `lang` and `dir`,
with a language switcher and `hreflang` links that point at each real translation, and in
at most twelve SQL queries whatever the size of the site.

One German page of every page type is built once for the module (tests.support.once) and
translated, titles by hand, into English, Persian, Russian, Turkish and Ukrainian; its
Arabic copies translate nothing, so they show German (a copy that is no alternate)."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from integration_pages.core.translation_states import shows_german
from tests.support.factories import EventPageFactory, MeasurePageFactory, NewsPageFactory
from tests.support.once import module_data
from tests.support.site import build_home
from tests.support.translation_data import every_page_type, localize_all, titles_in

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("page_types_translated")]

CODES = [code for code, _name in settings.LANGUAGES]
# Queries a page view may cost, uncached, on a worker that has served a page before.
MAX_QUERIES = 12
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


def _count_queries(client, pages, django_assert_max_num_queries):
    """Each page in each language: a first request (what a worker keeps between requests,
    integration_pages.core.shared_state), then the counted one, at most MAX_QUERIES."""
    counts = {}
    for code in CODES:
        locale = Locale.objects.get(language_code=code)
        for german in pages:
            url = german.get_translation(locale).url
            assert client.get(url).status_code == 200, url
            with django_assert_max_num_queries(MAX_QUERIES, info=url) as queries:
                assert client.get(url).status_code == 200, url
            counts[url] = len(queries)
    return counts


def _grow(pages):
    """Twenty more of what the lists show: measures, press releases, events, Forum news."""
    by_type = {type(page).__name__: page for page in pages}
    goal, newsroom = by_type["GoalPage"], by_type["NewsIndexPage"]
    calendar, forum = by_type["EventIndexPage"], by_type["ForumPage"]
    news_type = type(by_type["ForumNewsPage"])
    for n in range(20):
        MeasurePageFactory(parent=goal, slug=f"mehr-{n}", title=f"Maßnahme {n}")
        NewsPageFactory(parent=newsroom, slug=f"mehr-{n}")
        EventPageFactory(parent=calendar, slug=f"mehr-{n}")
        forum.add_child(instance=news_type(title=f"Neu {n}", slug=f"mehr-{n}", lead="Kurz."))


@pytest.mark.usefixtures("page_cache_off")
def test_every_page_type_costs_at_most_12_queries_in_every_language_at_two_sizes(
    client, pages, django_assert_max_num_queries
):
    small = _count_queries(client, pages, django_assert_max_num_queries)
    _grow(pages)
    large = _count_queries(client, pages, django_assert_max_num_queries)
    assert len(small) == len(pages) * len(CODES)
    # Bounded, not merely small: twenty more entries in every list cost no query more.
    grew = {url: (small[url], large[url]) for url in small if large[url] > small[url]}
    assert not grew, grew
