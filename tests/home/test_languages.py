"""Languages: locales, URL prefixes, lang/dir, the switcher and hreflang.

The pages are built in each test: a German home page served to the test client
(tests.support.site), translated with wagtail-localize (tests.support.translation_data)."""

import re

import pytest
from wagtail.models import Locale

from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory
from tests.support.marks import indexed
from tests.support.site import HOSTNAME
from tests.support.translation_data import localize, titles_in

pytestmark = pytest.mark.django_db

EXPECTED_LOCALES = {"de", "en", "ar", "fa", "uk", "ru", "tr"}
# A goal page below the concept: translated into English by hand, shown in German in
# Persian and Ukrainian (see concept_and_goal).
GOAL = "/integrationskonzept/sprache-bildung/"
ARABIC_TITLE = "مدينة المثال"  # Beispielstadt
ARABIC_MOTTO = "معًا في مدينة المثال"  # Gemeinsam in Beispielstadt


def translated_home(home, codes=("en", "ar")):
    """The home page translated by hand into `codes`; Arabic with its title and motto."""
    for code in codes:
        strings = titles_in(code, [home])
        if code == "ar":
            strings = {home.title: ARABIC_TITLE, home.motto: ARABIC_MOTTO}
        localize(home, code, strings)


def concept_and_goal(home):
    """The concept, translated by hand into English and Arabic, and its goal GOAL,
    translated by hand into English; copies in Persian and Ukrainian of both (and of the
    home page) translate nothing, so they show German."""
    concept = IntegrationConceptPageFactory(parent=home, slug="integrationskonzept")
    goal = GoalPageFactory(parent=concept, slug="sprache-bildung", title="Sprache und Bildung")
    localize(goal, "en", titles_in("en", [home, concept, goal]))
    localize(concept, "ar", titles_in("ar", [home, concept]))
    for code in ["fa", "uk"]:
        localize(goal, code)
    return concept, goal


def test_the_seven_content_locales_exist_after_migrate():
    assert set(Locale.objects.values_list("language_code", flat=True)) == EXPECTED_LOCALES


def test_german_is_the_default_locale():
    assert Locale.get_default().language_code == "de"


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/de/", "de", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_home_page_has_lang_and_dir_of_its_locale(client, home_de, path, lang, direction):
    translated_home(home_de)
    response = client.get(path)
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}"' in response.content.decode()


def test_arabic_home_page_shows_arabic_content(client, home_de):
    translated_home(home_de, ["ar"])
    html = client.get("/ar/").content.decode()
    assert ARABIC_TITLE in html  # translated title
    assert ARABIC_MOTTO in html  # translated motto


@pytest.mark.parametrize(
    ("accept", "target"),
    [("ar,en;q=0.5", "/ar/"), ("en-GB,en;q=0.9", "/en/"), ("sw", "/de/"), (None, "/de/")],
)
def test_root_redirects_to_the_best_language(client, accept, target):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == target


def _switcher(html):
    match = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert match, "language switcher missing"
    return match.group(0)


def test_switcher_links_to_the_translation_of_the_current_page(client, home_de):
    concept_and_goal(home_de)
    switcher = _switcher(client.get("/de/integrationskonzept/").content.decode())
    assert '<a href="/ar/integrationskonzept/" hreflang="ar" lang="ar" dir="rtl">' in switcher
    assert '<a href="/en/integrationskonzept/" hreflang="en" lang="en" dir="ltr">' in switcher


def test_switcher_names_languages_in_their_own_script(client, home_de):
    switcher = _switcher(client.get("/de/").content.decode())
    for name in ["Deutsch", "English", "العربية", "فارسی", "Українська", "Русский", "Türkçe"]:
        assert name in switcher


def test_switcher_sends_untranslated_languages_to_the_german_original_and_says_so(client, home_de):
    from home.models import StandardPage

    home_de.add_child(instance=StandardPage(title="Nur Deutsch", slug="nur-deutsch"))
    switcher = _switcher(client.get("/de/nur-deutsch/").content.decode())
    persian = re.search(r'<a [^>]*lang="fa"[^>]*>.*?</a>', switcher, re.S).group(0)
    assert 'href="/de/nur-deutsch/"' in persian
    assert "language-switcher__missing" in persian
    assert 'aria-describedby="language-note-fa"' in persian


def test_a_copy_showing_only_german_is_marked_and_explained_in_its_language(client, home_de):
    """The Persian goal page is a translation none of whose text is translated:
    the switcher links it but marks it, with a note in Persian for screen readers, and
    the head does not offer it as a Persian alternate."""
    concept_and_goal(home_de)
    html = client.get(f"/de{GOAL}").content.decode()
    switcher = _switcher(html)
    persian = re.search(r'<a [^>]*lang="fa"[^>]*>.*?</a>', switcher, re.S).group(0)
    assert f'href="/fa{GOAL}"' in persian and 'hreflang="de"' in persian
    assert 'aria-describedby="language-note-fa"' in persian
    note = re.search(r'<span id="language-note-fa"[^>]*>(.*?)</span>', switcher).group(1)
    assert note == "این صفحه هنوز به این زبان ترجمه نشده است: متن آلمانی را نشان می‌دهد."
    assert 'hreflang="fa"' not in html
    english = re.search(r'<a [^>]*lang="en"[^>]*>.*?</a>', switcher, re.S).group(0)
    assert "language-switcher__missing" not in english  # translated by hand


def test_hreflang_alternates_list_every_translation_and_x_default(client, home_de):
    concept_and_goal(home_de)
    html = client.get(f"/en{GOAL}").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        "de": f"http://{HOSTNAME}/de{GOAL}",
        "x-default": f"http://{HOSTNAME}/de{GOAL}",
        # the translated copy; the others show only German
        # (integration_pages/core/translation_states.py)
        "en": f"http://{HOSTNAME}/en{GOAL}",
    }


@indexed
def test_search_and_404_keep_the_language_of_the_url(client, home_de):
    translated_home(home_de, ["ar"])
    assert '<html lang="ar" dir="rtl"' in client.get("/ar/search/?q=x").content.decode()
    response = client.get("/ar/gibt-es-nicht/")
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


@pytest.mark.parametrize(
    ("path", "skip_link"),
    [("/de/", "Zum Inhalt springen"), ("/ar/", "انتقل إلى المحتوى"), ("/en/", "Skip to content")],
)
def test_interface_strings_are_in_the_readers_language(client, home_de, path, skip_link):
    translated_home(home_de)
    assert f'<a class="skip-link" href="#main">{skip_link}</a>' in client.get(path).content.decode()


def test_language_switch_on_the_measure_list_stays_on_the_measure_list(client, home_de):
    concept_and_goal(home_de)
    html = client.get("/de/integrationskonzept/measures/").content.decode()
    switcher = _switcher(html)
    assert 'href="/en/integrationskonzept/measures/"' in switcher
    # Arabic has the concept page translated, so its measure list is offered too.
    assert 'href="/ar/integrationskonzept/measures/"' in switcher


def test_a_page_shown_in_german_says_so_and_links_the_languages_it_is_translated_into(
    client, home_de
):
    """The Persian goal page shows only German: the reader is told in Persian
    and offered the versions that are translated, German included, each in its language."""
    concept_and_goal(home_de)
    html = client.get(f"/fa{GOAL}").content.decode()
    notice = re.search(r'<p class="notice[^"]*notice--untranslated[^"]*".*?</p>', html, re.S).group(
        0
    )
    assert "این صفحه هنوز به این زبان ترجمه نشده است." in notice
    assert f'<a href="/de{GOAL}" hreflang="de" lang="de" dir="ltr">Deutsch</a>' in notice
    assert f'<a href="/en{GOAL}" hreflang="en" lang="en" dir="ltr">English</a>' in notice
    assert 'lang="uk"' not in notice  # the Ukrainian copy shows German too
