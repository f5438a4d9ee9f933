"""The MSO directory: filters without JavaScript, the printable brochure, bounded queries.

Each test builds the Forum section with its directory below its own home page, and a few
MSOs shared by every site (tests.support.forum_data). The directory lists those of its
site and the shared ones, so where a worker's database also holds the demo, the demo's
MSOs are listed too: the expectations below are worked out from the same set
(`_msos`), never from a count of the whole table.
"""

from html import escape

import pytest
from wagtail.models import Page, Site

from home.models import HomePage
from snippets.models import Language, Organisation, OrganisationKind
from tests.support.forum_data import build_forum, build_msos, translate_forum, visible_msos
from tests.support.site import in_bulk

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_de):
    return build_forum(home_de)


@pytest.fixture
def msos():
    return build_msos()


@pytest.fixture
def directory(section, msos):
    return section.directory


@pytest.fixture
def english(section, msos):
    return translate_forum(section, "en")[section.directory.pk]


def _msos():
    """The German MSOs the test's directory lists (served on the test client's host)."""
    return visible_msos(Site.objects.get(is_default_site=True))


def _english_msos():
    keys = _msos().values("translation_key")
    return Organisation.objects.filter(locale__language_code="en", translation_key__in=keys)


def test_the_directory_lists_every_mso_and_no_other_organisation(client, directory, msos):
    html = client.get(directory.url).content.decode()
    assert msos and set(msos) <= set(_msos())
    for org in _msos():
        assert org.name in html
    assert "Jobcenter" not in html  # a partner in measures, not an MSO
    assert f"{_msos().count()} Organisationen gefunden" in html


@pytest.mark.parametrize(
    "field,value_of",
    [
        ("focus", lambda org: org.focus),
        ("district", lambda org: org.district),
        ("language", lambda org: org.languages.first().code),
    ],
)
def test_each_filter_narrows_the_list_to_matching_msos(client, directory, msos, field, value_of):
    chosen = msos[0]
    assert chosen.district
    value = value_of(chosen)
    html = client.get(directory.url, {field: value}).content.decode()
    if field == "language":
        expected = _msos().filter(languages__code=value)
    else:
        expected = _msos().filter(**{field: value})
    for org in _msos():
        assert (org.name in html) == (org in expected), (field, value, org.name)


def test_a_bad_filter_value_gets_a_message_and_the_others_still_apply(client, directory):
    arabic = _msos().filter(languages__code="ar")
    assert arabic.exists() and _msos().exclude(pk__in=arabic).exists()
    response = client.get(directory.url, {"language": "ar", "focus": "<kein>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Schwerpunkt" in html
    for org in _msos():
        assert (org.name in html) == (org in arabic)
    # The bad value is shown back escaped, never as markup.
    assert "<kein>" not in html


def test_the_english_directory_shows_english_names(client, english):
    html = client.get(english.url).content.decode()
    assert _english_msos().exists()
    for org in _english_msos():
        assert escape(org.name) in html


def test_the_brochure_has_a_table_of_contents_and_every_mso_once(client, directory):
    response = client.get(f"{directory.url}print/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "integration_pages/css/brochure.css" in html
    toc = html[html.index('id="toc-heading"') : html.index("brochure__section")]
    for org in _msos():
        # A name keeps its own direction: a German one ended ".Nord e. V" on Arabic pages.
        assert f'href="#mso-{org.pk}" dir="auto"' in toc
        assert html.count(f'id="mso-{org.pk}" translate="no" dir="auto"') == 1


def test_the_english_brochure_lists_english_names_under_english_headings(client, english):
    html = client.get(f"{english.url}print/").content.decode()
    assert "Contents" in html and "Culture and language" in html
    assert _english_msos().exists()
    for org in _english_msos():
        assert escape(org.name) in html


def test_the_brochure_is_current_as_soon_as_an_mso_is_added(client, directory):
    Organisation.objects.create(
        name="Neuer Verein e. V.", kind=OrganisationKind.MSO, focus="sport", district="Moisling"
    )
    assert "Neuer Verein e. V." in client.get(f"{directory.url}print/").content.decode()


def test_an_mso_of_another_site_is_not_listed(client, directory):
    other_home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Andere Stadt", slug="andere-stadt", locale=directory.locale)
    )
    other = Site.objects.create(hostname="andere-stadt.localhost", root_page=other_home)
    Organisation.objects.create(name="Verein aus Lüneburg", kind=OrganisationKind.MSO, site=other)
    assert "Verein aus Lüneburg" not in client.get(directory.url).content.decode()


@in_bulk()  # no search index entries, no purges one by one
def _add_msos(count):
    languages = list(Language.objects.filter(locale__language_code="de"))
    for n in range(count):
        org = Organisation.objects.create(
            name=f"Verein {n} e. V.",
            kind=OrganisationKind.MSO,
            focus=["culture", "sport", "women"][n % 3],
            district=f"Stadtteil {n % 7}",
        )
        org.languages.set(languages[n % 5 : n % 5 + 3])
        org.save()


@pytest.mark.parametrize("extra", [0, 150])
@pytest.mark.parametrize("suffix", ["", "print/", "?focus=culture&language=ar"])
def test_directory_queries_do_not_grow_with_the_number_of_msos(
    client, directory, django_assert_max_num_queries, extra, suffix
):
    _add_msos(extra)
    client.get(directory.url + suffix)
    with django_assert_max_num_queries(20):
        response = client.get(directory.url + suffix)
    assert response.status_code == 200


FORUM_PAGE_QUERIES = {"de": 20, "en": 24}


@pytest.mark.parametrize("extra", [0, 60])
@pytest.mark.parametrize("language", ["de", "en"])
def test_forum_page_queries_do_not_grow_with_the_number_of_meetings(
    client, section, django_assert_max_num_queries, extra, language
):
    import datetime

    from django.utils import timezone

    from integration_pages.models import ForumMeetingPage

    forum = section.page
    # The English page is measured with its meetings, news, directory and contact
    # translated: it looks up each one's English copy.
    page = forum if language == "de" else translate_forum(section, "en")[forum.pk]
    with in_bulk():  # no search index entries, no purges one by one
        for n in range(extra):
            forum.add_child(
                instance=ForumMeetingPage(
                    title=f"Sitzung {n}",
                    slug=f"sitzung-{n}",
                    starts_at=timezone.now() + datetime.timedelta(days=n - extra // 2),
                    place="Rathaus",
                )
            ).save_revision().publish()
    client.get(page.url)
    # A translated page also looks up the German original and the translations of
    # each list (meetings, news, directory) and of the office contact.
    with django_assert_max_num_queries(FORUM_PAGE_QUERIES[language]):
        response = client.get(page.url)
    assert response.status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(f"{page.url}calendar.ics").status_code == 200
