"""Text a translated page shows in German is marked as German (issue 15): its element
gets lang="de" dir="ltr", so a screen reader reads it with a German voice and a
right-to-left page keeps its full stops and numbers in order. Translated text, and the
German page itself, get nothing. The marks come from the query the page's translation
notice makes anyway (integration_pages.core.translation_states.page_facts)."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale
from wagtail_localize.models import String, StringTranslation, Translation

from home.l10n.sync import sync_all
from home.models import StandardPage
from tests.support.concept_data import arabic_concept
from tests.support.marks import indexed
from tests.support.site import translate

pytestmark = [pytest.mark.django_db, indexed]

TITLE = "Beratung im Stadtteil"
INTRO = "Die Beratung ist kostenlos. Termine nach Vereinbarung."
PARAGRAPH = "Der 10-Punkte-Aktionsplan gilt seit 2020."


@pytest.fixture
def arabic(home_de, django_capture_on_commit_callbacks):
    """A page whose title is translated into Arabic and whose introduction and text are
    not, so they show the German."""
    translate(home_de, "ar")
    german = home_de.add_child(
        instance=StandardPage(
            title=TITLE,
            slug="beratung-stadtteil",
            intro=INTRO,
            body=[("paragraph", f"<p>{PARAGRAPH}</p>")],
        )
    )
    german.save_revision().publish()
    locale = Locale.objects.get(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        sync_all(objects=[german], locales=[locale], publish=True, machine=False)
    title = String.objects.get(data=TITLE)
    StringTranslation.objects.create(
        translation_of=title,
        context=title.segments.get(source__object_id=german.translation_key).context,
        locale=locale,
        data="الاستشارة في الحي",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(
            source__object_id=german.translation_key, target_locale=locale
        ).save_target(publish=True)
    return german, german.get_translation(locale)


def main(client, page):
    html = client.get(page.url).content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_german_text_on_an_arabic_page_is_marked_german(client, arabic):
    _german, page = arabic
    html = main(client, page)
    assert "<h1>الاستشارة في الحي</h1>" in html  # translated: the page's own language
    assert f'<p class="lead" lang="de" dir="ltr">{INTRO}</p>' in html
    block = re.search(r'<div class="source-language" lang="de" dir="ltr">(.*?)</div>', html, re.S)
    assert block and PARAGRAPH in block.group(1)


def test_the_german_page_carries_no_marks(client, arabic):
    german, _page = arabic
    html = main(client, german)
    assert 'lang="de"' not in html and "source-language" not in html


def test_once_translated_the_marks_go(client, arabic, django_capture_on_commit_callbacks):
    german, page = arabic
    intro = String.objects.get(data=INTRO)
    StringTranslation.objects.create(
        translation_of=intro,
        context=intro.segments.get(source__object_id=german.translation_key).context,
        locale=page.locale,
        data="الاستشارة مجانية. المواعيد بالاتفاق.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(
            source__object_id=german.translation_key, target_locale=page.locale
        ).save_target(publish=True)
    html = main(client, page)
    assert '<p class="lead">الاستشارة مجانية. المواعيد بالاتفاق.</p>' in html
    assert "source-language" in html  # the paragraph is still German


def test_the_parallel_view_says_not_translated_instead_of_repeating_the_german(client, arabic):
    german, _page = arabic
    html = client.get(german.url, {"parallel": "ar"}).content.decode()
    rows = html.split('class="parallel__row')[1:]
    title = next(r for r in rows if TITLE in r)
    assert "الاستشارة في الحي" in title
    intro = next(r for r in rows if INTRO in r)
    assert intro.count(INTRO) == 1  # the German column only
    # in the Arabic column, in Arabic
    assert (
        '<td lang="ar" dir="rtl" data-language="العربية"><span class="parallel__missing">' in intro
    )


def test_menus_and_breadcrumbs_mark_german_titles(
    client, home_de, page_cache_off, django_capture_on_commit_callbacks
):
    """An Arabic measure "Sprachcafé": its concept's title is translated, its goal's and
    its own are not. Breadcrumb and main navigation mark exactly the German titles (every
    section of the main navigation is translated into Arabic, so one loses its title's
    translation here). The page is read twice, before and after the change, and rendered
    both times (page_cache_off)."""
    from integration_pages.models import GoalPage, IntegrationConceptPage

    measure = arabic_concept(home_de)["measure"]
    goal = measure.get_parent().specific
    concept = IntegrationConceptPage.objects.ancestor_of(measure).get()
    assert isinstance(goal, GoalPage)
    html = client.get(measure.url).content.decode()
    crumbs = html[html.index('<nav class="breadcrumb"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]

    def crumb(page):
        path = urlsplit(page.url).path
        return re.search(rf'<a href="{re.escape(path)}"[^>]*>', crumbs).group(0)

    assert 'lang="de"' not in crumb(concept)  # "مفهوم الاندماج البلدي"
    assert 'lang="de"' in crumb(goal)
    assert f'<span aria-current="page" lang="de" dir="ltr">{measure.title}</span>' in crumbs
    nav = html[html.index('<nav class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    concept_path = re.escape(urlsplit(concept.url).path)
    assert re.search(rf'<a href="{concept_path}" dir="auto" aria-current', nav)
    assert not re.findall(r'<a href="[^"]+" dir="auto" lang="de"', nav)

    # The Arabic newsroom loses its title's translation: it shows, and is marked, German.
    from home.models import NewsIndexPage

    arabic = Locale.objects.get(language_code="ar")
    newsroom = NewsIndexPage.objects.child_of(concept.get_parent()).get()
    translation = Translation.objects.get(
        source__object_id=newsroom.translation_key, target_locale=arabic
    )
    StringTranslation.objects.filter(
        locale=arabic, context__object_id=newsroom.translation_key, context__path="title"
    ).delete()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    html = client.get(measure.url).content.decode()
    nav = html[html.index('<nav class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert re.findall(r'<a href="([^"]+)" dir="auto" lang="de"', nav) == [
        urlsplit(newsroom.url).path
    ]
    german_title = newsroom.get_translation(Locale.objects.get(language_code="de")).title
    assert f'<a href="{urlsplit(newsroom.url).path}" dir="auto" lang="de">{german_title}</a>' in nav


def test_names_on_a_translated_measure_page_are_marked_german_where_not_translated(client, home_de):
    """An Arabic "Sprachcafé": its partner and fields of action are Arabic copies, some of
    whose names nobody translated. Those, and the goal's German title, are marked
    lang="de"; a translated name (the office's) is not."""
    arabic = arabic_concept(home_de)
    measure, office = arabic["measure"], arabic["office"]
    html = client.get(measure.url).content.decode()
    names = {text: attrs for attrs, text in re.findall(r"<bdi([^>]*)>([^<]*)</bdi>", html)}
    assert office.name == "مكتب الاندماج"
    assert names[office.name] == ""
    german = [text for text, attrs in names.items() if 'lang="de"' in attrs]
    assert german, names
    for text in german:
        assert not re.search(r"[\u0600-\u06ff]", text), text  # German text, marked German
    for text, attrs in names.items():
        if not re.search(r"[\u0600-\u06ff]", text) and re.search(r"[a-zäöü]", text):
            assert 'lang="de"' in attrs, text  # no German name left unmarked
