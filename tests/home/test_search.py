"""Site search: the reader's language and site only, pages and services in one list, German
stemming on PostgreSQL, promoted results, a helpful page when nothing is found, bounded
queries."""

import re
from html import escape
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.db.models.signals import post_init
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.models import EventIndexPage, HomePage, NewsIndexPage, OfficeSettings, StandardPage
from home.search import MAX_QUERY_LENGTH, RESULTS_PER_PAGE
from integration_pages.core.privacy import hidden_q, restricted_q
from integration_pages.models import MeasurePage
from snippets.models import CounsellingService
from tests.support import office_site, services_data
from tests.support.concept_data import add_measure, make_goal
from tests.support.factories import (
    EventPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)
from tests.support.marks import indexed
from tests.support.office_site import OTHER_HOST
from tests.support.site import publish, translated
from tests.support.translation_data import localize

pytestmark = [pytest.mark.django_db, indexed]

OTHER_SITE = OTHER_HOST


def path(page):
    return urlsplit(page.url).path


def results(response):
    return list(response.context["results"])


def all_results(client, url, query, **extra):
    """Every result of every results page."""
    found, number = [], 1
    while True:
        response = client.get(url, {"q": query, "page": number}, **extra)
        found += results(response)
        if not response.context["results"].has_next():
            return found
        number += 1


def publish_page(parent, **fields):
    page = parent.add_child(instance=StandardPage(**fields))
    page.save_revision().publish()
    return page


@pytest.fixture
def measure(home_de):
    """A measure of the site's concept."""
    goal = make_goal(home_de, "Leitziel Sprache")
    return add_measure(
        goal,
        "sprachpaten",
        title="Sprachpatenschaften für Familien",
        summary="Ehrenamtliche Sprachpaten begleiten Familien beim Deutschlernen im Alltag.",
    )


@pytest.fixture
def service():
    """A German service shared by every site, with English and Arabic names."""
    return services_data.service()


@pytest.fixture
def other_site():
    """A second site on a host of its own, with a page about integration."""
    home = office_site.site_home("Musterkreis", "musterkreis", OTHER_HOST, "Landkreis Musterkreis")
    office_site.standard_page(home, "Integration im Kreis", "integration", "Integration hier.")
    return home


def test_german_search_finds_a_german_measure_by_a_word_of_its_title(client, measure):
    """A plain search (on SQLite as on PostgreSQL) finds a measure by the longest word
    of its title, shows it as a measure with its summary and links to it."""
    word = max(re.findall(r"\w+", measure.title), key=len)
    assert measure.pk in [r.pk for r in all_results(client, "/de/search/", word)]

    response = client.get("/de/search/", {"q": measure.title})
    assert response.status_code == 200
    hit = next(r for r in results(response) if r.pk == measure.pk)
    assert hit.specific_class is MeasurePage
    assert str(hit.search_kind) == str(MeasurePage._meta.verbose_name)
    assert hit.search_url == path(measure)
    assert hit.search_text.startswith(" ".join(measure.summary.split()[:5]))
    html = response.content.decode()
    assert f'href="{path(measure)}"' in html
    assert 'class="search-result__type"' in html


def test_arabic_search_returns_no_german_pages(client, home_de):
    """/ar/search/ lists Arabic pages and services only, even for a German word that
    German pages contain."""
    page = office_site.standard_page(
        home_de, "Leben in Beispielstadt", "leben", "Was Beispielstadt bietet."
    )
    translated(page, "ar")  # and the home page: copies of the German text
    arabic = Locale.objects.get(language_code="ar")
    found = all_results(client, "/ar/search/", "Beispielstadt")
    assert found, "untranslated German text in Arabic pages should still be found"
    assert {r.locale_id for r in found} == {arabic.pk}
    german = all_results(client, "/de/search/", "Beispielstadt")
    assert page.pk in {r.pk for r in german}
    assert {r.locale_id for r in german} == {Locale.objects.get(language_code="de").pk}


def test_an_arabic_result_whose_title_shows_german_is_marked_german(client, home_de):
    """A copy whose title nobody translated shows the German title: the result says so
    (lang="de"), so a screen reader reads it in German, and writes it left to right; a
    translated title is not marked."""
    untranslated = office_site.standard_page(
        home_de, "Leben in Beispielstadt", "leben", "Was Beispielstadt bietet."
    )
    translated_title = office_site.standard_page(
        home_de, "Wohnen in Beispielstadt", "wohnen", "Was Beispielstadt baut."
    )
    localize(untranslated, "ar")
    localize(translated_title, "ar", {"Wohnen in Beispielstadt": "السكن في بايشبيلشتات"})
    html = client.get("/ar/search/", {"q": "Beispielstadt"}).content.decode()
    titles = {
        text: attributes
        for attributes, text in re.findall(
            r'<h3 class="search-result__title"([^>]*)><a href="[^"]*">([^<]+)</a></h3>', html
        )
    }
    assert titles["Leben in Beispielstadt"] == ' dir="auto" lang="de"'
    assert titles["السكن في بايشبيلشتات"] == ' dir="auto"'
    assert '<p class="search-result__text" dir="auto">Was Beispielstadt bietet.</p>' in html


def test_arabic_search_finds_the_arabic_text_of_translated_pages_and_services(
    client, home_de, service
):
    """The signpost and its services are translated by hand: an Arabic word of a service's
    Arabic name finds the service, "التمييز" (discrimination) the signpost's Arabic page."""
    signpost = services_data.signpost(home_de, ["ar"]).get_translation(
        Locale.objects.get(language_code="ar")
    )
    arabic = Locale.objects.get(language_code="ar")
    translated = service.get_translation(arabic)
    word = max(translated.name.split(), key=len)
    assert not word.isascii(), translated.name
    found = all_results(client, "/ar/search/", word)
    assert translated.pk in [r.pk for r in found if isinstance(r, CounsellingService)]
    found = all_results(client, "/ar/search/", "التمييز")
    assert signpost.pk in [r.pk for r in found if isinstance(r, Page)]


def test_search_stays_on_the_site_the_reader_is_on(client, home_de, other_site, service):
    """The other site's search does not list this site's pages, and this site's does not
    list a service that only the other site offers."""
    services_data.signpost(home_de)
    assert all_results(client, "/de/search/", "Integration")
    found = all_results(client, "/de/search/", "Integration", HTTP_HOST=OTHER_SITE)
    assert found
    pages = [r for r in found if isinstance(r, Page)]
    assert pages and all(p.url_path.startswith("/musterkreis/") for p in pages)

    def services_found():
        found = all_results(client, "/de/search/", service.name)
        return [r.pk for r in found if isinstance(r, CounsellingService)]

    assert service.pk in services_found()
    service.site = Site.objects.get(hostname=OTHER_SITE)
    service.save()
    assert service.pk not in services_found()


def test_a_counselling_service_is_found_by_its_name_and_links_to_its_page(client, home_de, service):
    """Services are listed with pages, marked as counselling services, and link to their page
    on the site's signpost in the reader's language."""
    signpost = services_data.signpost(home_de, ["en"])
    found = all_results(client, "/de/search/", service.name)
    hit = next(r for r in found if isinstance(r, CounsellingService) and r.pk == service.pk)
    expected = f"{path(signpost)}services/{service.slug}/"
    assert hit.search_url == expected
    assert str(hit.search_kind) == str(CounsellingService._meta.verbose_name)
    assert client.get(expected).status_code == 200

    english = service.get_translation(Locale.objects.get(language_code="en"))
    found = all_results(client, "/en/search/", english.name)
    hit = next(r for r in found if isinstance(r, CounsellingService) and r.pk == english.pk)
    english_signpost = signpost.get_translation(Locale.objects.get(language_code="en"))
    assert hit.search_url == f"{path(english_signpost)}services/{service.slug}/"


def test_a_page_published_in_a_test_is_found_at_once(client, home_de):
    """Publishing updates the search index straight away (tests run background tasks at once)."""
    page = publish_page(
        home_de,
        title="Sprechstunde am Quokkaweg",
        slug="sprechstunde-quokkaweg",
        intro="Offene Sprechstunde für alle.",
    )
    found = results(client.get("/de/search/", {"q": "Quokkaweg"}))
    assert [r.pk for r in found] == [page.pk]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Beratungen Zwölfmöwenhaus", "Wir bieten Beratung im Zwölfmöwenhaus an."),
        ("Sprachkurs", "Im Zwölfmöwenhaus beginnen neue Sprachkurse."),
        ("Migrantinnen", "Der Treff für Migrant:innen und Migranten im Zwölfmöwenhaus."),
        # Words PostgreSQL's German configuration leaves out of the index (stop words):
        # a name typed in full, with them, is found all the same.
        ("Beratung gegen Diskriminierung", "Die Beratung gegen Diskriminierung im Zwölfmöwenhaus."),
        ("Streit zwischen Nachbarn", "Hilfe bei Streit zwischen Nachbarn im Zwölfmöwenhaus."),
    ],
)
def test_german_word_forms_are_found_on_sqlite_as_on_postgresql(client, home_de, query, text):
    """PostgreSQL's German stemmer, and on SQLite a German ending taken off each word
    and the rest matched as a prefix (cms/search/), find other forms of a word."""
    page = publish_page(
        home_de,
        title="Offene Sprechstunde",
        slug="offene-sprechstunde",
        body=[("paragraph", RichText(f"<p>{text}</p>"))],
    )
    found = results(client.get("/de/search/", {"q": query}))
    assert page.pk in [r.pk for r in found]


def test_word_stems_keep_four_letters():
    from cms.search.stems import word_stem

    assert word_stem("Beratungen") == "Beratung"
    assert word_stem("Sprachkurse") == "Sprachkurs"
    assert word_stem("Migrantinnen") == "Migrant"
    assert word_stem("Ämter") == "Ämter"  # "Ämt" would be too short to mean anything
    assert word_stem("Kita") == "Kita"


def test_promoted_results_are_shown_above_the_results_in_the_readers_language(
    client, home_de, other_site
):
    """An editor promotes the signpost for "beratung": German readers get the German page,
    Arabic readers the Arabic one, above the ordinary results; another site shows none."""
    german = services_data.signpost(home_de, ["ar"])
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    office_site.standard_page(home_de, "Beratung für alle", "beratung", "Beratung hier.")
    office_site.standard_page(other_site, "Beratung im Kreis", "beratung", "Beratung dort.")
    SearchPromotion.objects.create(
        query=Query.get("beratung"), page=german, sort_order=0, description="Beratungsstellen."
    )

    response = client.get("/de/search/", {"q": "Beratung"})
    assert [p.pk for p in response.context["promotions"]] == [german.pk]
    html = response.content.decode()
    assert html.index('class="search-promotions"') < html.index('id="search-results-heading"')
    assert f'href="{path(german)}"' in html[: html.index('id="search-results-heading"')]

    response = client.get("/ar/search/", {"q": "beratung"})
    assert [p.pk for p in response.context["promotions"]] == [arabic.pk]

    response = client.get("/de/search/", {"q": "Beratung"}, HTTP_HOST=OTHER_SITE)
    assert german.pk not in [p.pk for p in response.context["promotions"]]


def test_only_real_searches_count_as_hits(client, home_de):
    """A first results page records the query for the editors' statistics; the empty form
    and later pages of the same search do not."""
    before = Query.get("integration").hits
    client.get("/de/search/")
    assert not Query.objects.filter(query_string="").exists()
    client.get("/de/search/", {"q": "Integration"})
    assert Query.get("integration").hits == before + 1
    client.get("/de/search/", {"q": "Integration", "page": "2"})
    assert Query.get("integration").hits == before + 1
    # The day's second search of the same words counts on today's row (one UPDATE).
    client.get("/de/search/", {"q": "  INTEGRATION "})
    assert Query.get("integration").hits == before + 2
    assert Query.get("integration").daily_hits.count() == 1


def test_nothing_found_page_helps_the_reader_on(client, home_de):
    """Where nothing is found the page says so, suggests what to try, links the main sections
    in the reader's language and gives the office's contact."""
    sections = [
        office_site.standard_page(home_de, title, slug, "Ein Abschnitt.", show_in_menus=True)
        for title, slug in [("Beratung", "beratung"), ("Sprache", "sprache")]
    ]
    home = HomePage.objects.get(pk=home_de.pk)
    home.teasers = [("teaser", {"page": page, "title": "", "text": ""}) for page in sections]
    home.save_revision().publish()
    for page in sections:
        translated(page, "en")
    office_site.office(home_de)
    response = client.get("/en/search/", {"q": "Xylophonverleih"})
    assert response.status_code == 200
    assert response.context["paginator"].count == 0
    html = response.content.decode()
    help_section = html[html.index('class="search-help"') :]
    assert "Xylophonverleih" in help_section
    assert "spelling" in help_section and "fewer words" in help_section
    home_en = home_de.get_translation(Locale.objects.get(language_code="en")).specific
    sections = home_en.localized_teasers(hidden_q(None))
    assert sections
    for section in sections:
        assert f'href="{path(section["page"])}"' in help_section
    office = OfficeSettings.objects.get(site__root_page=home_de)
    assert f'href="mailto:{office.email}"' in help_section


def test_empty_search_shows_the_form_only(client, home_de):
    """Without a term there is a labelled form and nothing else: no count, no advice."""
    response = client.get("/de/search/", {"q": "   "})
    html = response.content.decode()
    assert 'for="search-page-q">' in html and 'id="search-page-q"' in html
    assert 'role="status"' not in html
    assert 'class="search-help"' not in html


def test_overly_long_queries_are_cut(client, home_de):
    """A search term is cut to MAX_QUERY_LENGTH characters rather than refused."""
    response = client.get("/de/search/", {"q": "Integration " * 40})
    assert response.status_code == 200
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize(
    "query", ['"', 'Beratung"', 'a"b"c', "\x00", "(", "*", "NEAR(", "a OR", "x -y", "&|!", "'"]
)
def test_odd_characters_in_a_search_term_do_not_fail(client, home_de, query):
    """Quotes, operators and control characters are searched as text or ignored, on SQLite's
    full-text syntax as on PostgreSQL's."""
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200


def test_results_count_is_announced_and_the_form_is_labelled(client, home_de):
    """The number of results is in a status region; headings go h1, h2, h3 in order."""
    office_site.standard_page(home_de, "Integration", "integration", "Integration hier.")
    html = client.get("/de/search/", {"q": "Integration"}).content.decode()
    assert re.search(r'<p role="status"[^>]*>\s*\d+', html)
    main = html[html.index('<main id="main"') :]
    levels = [int(n) for n in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


@pytest.fixture
def many_pages(home_de):
    """Enough pages about quokkas for three results pages."""
    for i in range(RESULTS_PER_PAGE * 2 + 5):
        StandardPageFactory(
            parent=home_de, title=f"Quokka-Treffen {i}", slug=f"quokka-{i}", intro="Quokka"
        )


def test_pagination_works_and_bad_page_numbers_do_not_fail(client, many_pages):
    """Results are split into pages; a malformed or out-of-range page number shows the
    first or last page instead of an error."""
    first = client.get("/de/search/", {"q": "Quokka"})
    second = client.get("/de/search/", {"q": "Quokka", "page": "2"})
    assert first.context["paginator"].count == RESULTS_PER_PAGE * 2 + 5
    assert len(results(first)) == RESULTS_PER_PAGE
    assert not {r.pk for r in results(first)} & {r.pk for r in results(second)}
    assert 'rel="next"' in first.content.decode()
    for bad in ("abc", "-1", "0", "1.5", "99999999999999999999", ""):
        response = client.get("/de/search/", {"q": "Quokka", "page": bad})
        assert response.status_code == 200, bad
        assert results(response)
    assert client.get("/de/search/", {"q": "Quokka", "page": "999"}).context["results"].number == 3


# The fixed part (locale, site, searches, promotions, hit, chrome) and one query per page
# type on the results page, which has at most RESULTS_PER_PAGE types.
MAX_SEARCH_QUERIES = 18 + RESULTS_PER_PAGE


def about_counselling(home):
    """More than a results page of pages of six types about counselling, and a service."""
    for i in range(4):
        StandardPageFactory(parent=home, title=f"Beratung {i}", slug=f"beratung-typ-{i}")
    news = publish(home, NewsIndexPage(title="Presse", slug="presse", intro="Beratung und mehr."))
    events = publish(
        home, EventIndexPage(title="Termine", slug="termine", intro="Beratung vor Ort.")
    )
    for i in range(2):
        NewsPageFactory(parent=news, slug=f"news-{i}", lead="Neue Beratung.")
        EventPageFactory(parent=events, slug=f"event-{i}", lead="Offene Beratung.")
    goal = make_goal(home, "Leitziel Beratung")
    add_measure(goal, "lotsen", title="Beratungslotsen", summary="Beratung für Familien.")
    services_data.signpost(home)
    services_data.service(slug="quokka-treff", name="Beratung im Quokka-Treff")


@pytest.mark.parametrize("extra_pages", [0, 40])
def test_search_queries_do_not_grow_with_the_number_of_results(
    client, home_de, django_assert_max_num_queries, extra_pages
):
    """A results page costs a bounded number of queries, whatever the number of results
    (pages of many types, services)."""
    about_counselling(home_de)
    for i in range(extra_pages):
        StandardPageFactory(
            parent=home_de, title=f"Beratung {i}", slug=f"beratung-{i}", intro="Beratung"
        )
    client.get("/de/search/", {"q": "Beratung"})  # warm per-process caches
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        response = client.get("/de/search/", {"q": "Beratung"})
    paginator = response.context["paginator"]
    assert paginator.count > RESULTS_PER_PAGE + extra_pages
    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        response = client.get("/de/search/", {"q": "Beratung", "page": paginator.num_pages})
    kinds = {type(r) for r in results(response)}
    assert CounsellingService in kinds


def test_services_are_counted_in_the_database_and_only_those_shown_are_read(
    client, home_de, other_site
):
    """The services found are counted by the database, without another site's, and a
    results page reads the rows of the services it shows only (not every match)."""
    services_data.signpost(home_de)
    ours = [
        services_data.service(slug=f"quokka-{i}", name=f"Quokka-Beratung {i}")
        for i in range(RESULTS_PER_PAGE + 3)
    ]
    theirs = services_data.service(slug="quokka-dort", name="Quokka-Beratung dort")
    theirs.site = Site.objects.get(hostname=OTHER_SITE)
    theirs.save()
    read = []

    def note(sender, instance, **kwargs):
        read.append(instance)

    post_init.connect(note, sender=CounsellingService)
    try:
        response = client.get("/de/search/", {"q": "Quokka"})
    finally:
        post_init.disconnect(note, sender=CounsellingService)
    assert response.context["paginator"].count == len(ours)
    assert len(read) == RESULTS_PER_PAGE
    found = all_results(client, "/de/search/", "Quokka")
    assert {r.pk for r in found} == {s.pk for s in ours}


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite searches its own full-text table"
)
def test_postgresql_finds_index_entries_by_object_and_by_document():
    """On PostgreSQL the search index's table has the indexes home/0023 adds: by object id
    (the join from a page to its entry) and a GIN index on `title || body` (the match)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s",
            ["wagtailsearch_indexentry"],
        )
        indexes = dict(cursor.fetchall())
    assert "(object_id)" in indexes["portal_search_object_id"]
    assert "gin (((title || body)))" in indexes["portal_search_document_gin"]


def test_the_kept_header_shows_each_visitors_own_words_escaped(client, home_de):
    """The chrome around search results is kept like a page's, with the header's search
    field a hole: each search shows its own words there, escaped, never another's."""
    for query in ("Integration", 'Quokka"><b>laut</b>', "Sprachcafé"):
        html = client.get("/de/search/", {"q": query}).content.decode()
        header = html[: html.index("</header>")]
        fields = re.findall(r'<input[^>]* name="q" value="([^"]*)"', header)
        assert fields and set(fields) == {escape(query)}, query
        assert "<b>laut</b>" not in header
        assert "kept-hole" not in html
    page_html = client.get("/de/").content.decode()
    assert re.findall(r'name="q" value="([^"]*)"', page_html) == ["", ""]


def test_kept_promotions_follow_a_new_and_a_removed_promotion(client, home_de):
    """Which words have a promotion, and what each shows, are kept for visitors per
    generation; a promotion added or deleted in the admin shows on the next search."""
    german = services_data.signpost(home_de, [])
    office_site.standard_page(home_de, "Beratung für alle", "beratung", "Beratung hier.")
    assert client.get("/de/search/", {"q": "Beratung"}).context["promotions"] == []
    promotion = SearchPromotion.objects.create(
        query=Query.get("beratung"), page=german, sort_order=0, description="Hier."
    )
    response = client.get("/de/search/", {"q": "Beratung"})
    assert [p.pk for p in response.context["promotions"]] == [german.pk]
    promotion.delete()
    assert client.get("/de/search/", {"q": "Beratung"}).context["promotions"] == []


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the window count is PostgreSQL's search backend's"
)
def test_postgresql_reads_a_results_page_and_the_count_in_one_query(client, many_pages):
    """On PostgreSQL a results page's pages and the number found come from one query (a
    window count over the ranked rows), equal to the count and slice asked separately;
    a page past the last falls back to the count and shows the last page."""
    from django.test.utils import CaptureQueriesContext

    from home.search import rows_and_total, search_pages

    locale = Locale.objects.get(language_code="de")
    root = Page.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    found = search_pages("Quokka", root, locale, restricted_q(None))
    for start in (0, RESULTS_PER_PAGE, 2 * RESULTS_PER_PAGE):
        end = start + RESULTS_PER_PAGE
        with CaptureQueriesContext(connection) as queries:
            rows, total = rows_and_total(found, start, end)
        assert len(queries) == 1
        assert [r.pk for r in rows] == [r.pk for r in found[start:end]]
        assert total == found.count() == RESULTS_PER_PAGE * 2 + 5
    assert rows_and_total(found, 100 * RESULTS_PER_PAGE, 101 * RESULTS_PER_PAGE) is None
    response = client.get("/de/search/", {"q": "Quokka", "page": "3"})
    assert len(results(response)) == 5
    assert response.context["paginator"].count == RESULTS_PER_PAGE * 2 + 5
