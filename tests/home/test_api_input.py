"""API input never answers 500: Wagtail's API v2 and the JSON/CSV exports.

Bad parameters get a 400 with a JSON `{"message": …}`; good ones still give data. The
three cases of the audit (NUL in `search` and `locale`, a 400-digit `offset`), the other
checks of home.api, then hypothesis fuzzing of every parameter of the listing, the
detail and the find endpoint, and of measures.json, measures.csv and chain.json.
"""

import datetime
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from home.api import MAX_OFFSET
from tests.cms.test_fuzz_get_params import FUZZ, NASTY
from tests.support import office_site, services_data
from tests.support.concept_data import add_measure, make_concept
from tests.support.factories import GoalPageFactory
from tests.support.marks import indexed
from tests.support.site import translated

pytestmark = [pytest.mark.django_db, indexed]

PAGES = "/api/v2/pages/"


@pytest.fixture(autouse=True)
def site(home_de):
    """Every request goes to the test's own site (a German home page)."""
    return home_de


@pytest.fixture
def content(home_de):
    """Pages of several types for the API to list and filter: the home page in Arabic, a
    concept with a measure that has a cost and a start date, and a process chain."""
    concept, fields, units = make_concept(home_de)
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel Sprache")
    measure = add_measure(
        goal,
        "sprachcafe",
        [fields["I"]],
        units["Amt für Bildung"],
        title="Sprachcafé",
        start_date=datetime.date(2021, 1, 1),
        annual_cost=Decimal("30000"),
    )
    chain = services_data.process_chain(home_de)
    translated(home_de, "ar")
    return {"concept": concept, "measure": measure, "chain": chain}


def assert_json_400(response, *words):
    """A 400 whose body is Wagtail's JSON error, naming `words`."""
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["message"]
    assert isinstance(message, str)
    for word in words:
        assert word in message


# --- The audit's cases ----------------------------------------------------------------


def test_nul_byte_in_search_is_a_400_not_a_500(client):
    """A NUL byte in `search` (PostgreSQL refuses it in a string, SQLite's full-text
    search stops at it) is refused before it reaches the database."""
    assert_json_400(client.get(PAGES, {"search": "Sprach\x00kurs"}), "search", "control")


def test_nul_byte_in_locale_is_a_400_not_a_500(client):
    """A NUL byte in `locale` is refused before Wagtail looks the locale up."""
    assert_json_400(client.get(PAGES, {"locale": "d\x00e"}), "locale", "control")


def test_400_digit_offset_is_a_400_not_a_500(client):
    """An offset beyond any database integer is refused with the allowed range."""
    assert_json_400(client.get(PAGES, {"offset": "9" * 400}), "offset", str(MAX_OFFSET))


# --- The other checks -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["search", "type", "fields", "order", "child_of", "title"])
@pytest.mark.parametrize("character", ["\x01", "\x1b", "\x7f", "\x85"])
def test_control_characters_in_any_parameter_are_refused(client, name, character):
    """Every control character (C0, DEL, C1), in any parameter value or name."""
    assert_json_400(client.get(PAGES, {name: f"a{character}b"}), name)
    assert_json_400(client.get(PAGES, {f"a{character}": "1"}), "parameter names")


@pytest.mark.parametrize(
    "value", ["-1", "+1", " 1", "1.0", "1e3", "٣", "1_0", "", "9" * 20, "9" * 5000]
)
@pytest.mark.parametrize("name", ["offset", "limit"])
def test_offset_and_limit_must_be_plain_non_negative_numbers_of_sane_size(client, name, value):
    """Signs, spaces, exponents, other scripts' digits, underscores and huge numbers are
    refused; Wagtail's int() alone took some of them and overflowed on others."""
    assert_json_400(client.get(PAGES, {name: value}), name)


def test_offset_past_the_last_page_is_an_empty_page(client):
    """A large offset within the allowed range answers with no items, not an error."""
    response = client.get(PAGES, {"offset": MAX_OFFSET})
    assert response.status_code == 200
    data = response.json()
    assert data["items"] == [] and data["meta"]["total_count"] > 0


def test_limit_above_the_maximum_is_still_wagtails_400(client):
    """WAGTAILAPI_LIMIT_MAX (100) still holds."""
    assert_json_400(client.get(PAGES, {"limit": "101"}), "limit", "100")


def test_unknown_locale_is_a_400_naming_the_languages_and_known_ones_filter(client, content):
    """`locale` must be one of the site's languages (before: a 404 turned into a
    redirect); a known one still returns only pages in that language."""
    assert_json_400(client.get(PAGES, {"locale": "xx"}), "de, en, ar, fa")
    response = client.get(PAGES, {"locale": "ar", "limit": 100})
    assert response.status_code == 200
    locales = {item["meta"]["locale"] for item in response.json()["items"]}
    assert locales == {"ar"}


def test_search_with_a_double_quote_answers_like_without_it(client, home_de):
    """An unbalanced double quote was a syntax error to SQLite's full-text search; it is
    dropped as the site search drops it, so `Sprach"kurs` searches Sprach kurs."""
    page = office_site.standard_page(
        home_de, "Deutsch im Kurs", "deutsch", "Deutsch lernen im Kurs für Eltern."
    )
    quoted = client.get(PAGES, {"search": 'Deutsch"kurs'})
    assert quoted.status_code == 200
    plain = client.get(PAGES, {"search": "Deutsch kurs"})
    assert quoted.json() == plain.json()
    assert [item["id"] for item in plain.json()["items"]] == [page.pk]
    assert client.get(PAGES, {"search": '"'}).status_code == 200


def test_search_operator_and_search_length_are_checked(client):
    """`search_operator` is "and" or "or" (anything else was a 500); a search longer
    than the site search takes is refused; a valid one still answers."""
    assert_json_400(client.get(PAGES, {"search": "a", "search_operator": "xor"}), "and, or")
    assert_json_400(client.get(PAGES, {"search": "a" * 201}), "200")
    assert client.get(PAGES, {"search": "Deutsch", "search_operator": "or"}).status_code == 200


def test_deeply_nested_fields_are_refused_before_the_parser_recurses(client):
    """`fields=a(a(a(…` thousands deep exhausted the parser's recursion (a 500)."""
    assert_json_400(client.get(PAGES, {"fields": "a(" * 2000}), "fields")
    assert client.get(PAGES, {"fields": "title,slug"}).status_code == 200


def test_format_must_be_one_the_api_renders(client):
    """An unknown `format` is a 400, not REST framework's 404 (redirected to an HTML
    page by the language middleware)."""
    assert_json_400(client.get(PAGES, {"format": "xml"}), "api, json")
    assert client.get(PAGES, {"format": "json"}).status_code == 200


MEASURE = "integration_pages.MeasurePage"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("annual_cost", "abc"),
        ("annual_cost", "NaN"),
        ("annual_cost", "1e400"),
        ("start_date", "abc"),
        ("start_date", "2024-13-45"),
        ("first_published_at", "gestern"),
        ("action_fields", "abc"),
        ("partners", "9" * 30),
        ("responsible_unit", "9" * 30),
        ("priority", "9" * 30),
    ],
)
def test_field_filters_must_be_values_of_the_fields_type(client, name, value):
    """Dates, amounts and many-to-many keys went to the database unchecked (500s);
    out-of-range integers overflowed SQLite's."""
    assert_json_400(client.get(PAGES, {"type": MEASURE, name: value}), name)


def test_valid_field_filters_still_filter(client, content):
    """A measure's own cost and start date find it."""
    measure = content["measure"]
    response = client.get(
        PAGES,
        {
            "type": MEASURE,
            "annual_cost": str(measure.annual_cost),
            "start_date": measure.start_date.isoformat(),
            "limit": 100,
        },
    )
    assert response.status_code == 200
    assert measure.pk in {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize("value", ["abc", "-1", "9" * 30, "9" * 5000])
def test_find_needs_a_numeric_id_a_database_can_hold(client, value):
    """`/find/?id=abc` was a 500 (the id went straight into the query), as were ids
    beyond the database's integers and beyond what int() converts (4300 digits)."""
    assert_json_400(client.get(f"{PAGES}find/", {"id": value}), "id")


def test_find_still_finds_a_page_by_id(client, home_de):
    """A valid id redirects to the page's detail URL, as Wagtail does."""
    response = client.get(f"{PAGES}find/", {"id": home_de.pk})
    assert response.status_code == 302
    assert response["Location"].endswith(f"{PAGES}{home_de.pk}/?")


def test_detail_view_checks_its_parameters_too(client, home_de):
    """The detail endpoint, which Wagtail does not check for unknown parameters, still
    refuses control characters and answers a valid request."""
    url = f"{PAGES}{home_de.pk}/"
    assert_json_400(client.get(url, {"fields": "title\x00"}), "fields")
    response = client.get(url, {"fields": "title"})
    assert response.status_code == 200 and response.json()["id"] == home_de.pk


# --- Fuzzing --------------------------------------------------------------------------

API_VALUES = st.one_of(
    st.sampled_from(NASTY),
    st.sampled_from(
        [
            "root",
            "de",
            "ar",
            "wagtailcore.Page",
            MEASURE,
            "home.HomePage,home.StandardPage",
            "title",
            "-title",
            "random",
            "*",
            "_,title",
            "title(x)",
            "and",
            "or",
            '"',
            '"a',
            "9" * 400,
            "9" * 5000,
            "true",
        ]
    ),
    st.text(max_size=40),
    st.integers().map(str),
)
LISTING_PARAMETERS = [
    "search",
    "search_operator",
    "locale",
    "offset",
    "limit",
    "type",
    "fields",
    "order",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "site",
    "title",
    "slug",
    "x",
]
MEASURE_FIELDS = ["annual_cost", "start_date", "status", "ongoing", "priority", "action_fields"]


def assert_no_server_error(response, context):
    """Below 500, and a 400 is Wagtail's JSON error."""
    assert response.status_code < 500, context
    if response.status_code == 400:
        assert response["Content-Type"].startswith("application/json"), context
        assert isinstance(response.json()["message"], str), context


def test_fuzzed_listing_parameters_never_cause_a_server_error(client, content):
    """Any combination of listing parameters, any values: a list or a JSON 400."""

    @FUZZ
    @given(st.dictionaries(st.sampled_from(LISTING_PARAMETERS), API_VALUES, max_size=5))
    def check(params):
        assert_no_server_error(client.get(PAGES, params), params)

    check()


def test_fuzzed_field_filters_of_measures_never_cause_a_server_error(client, content):
    """Field filters of a page type with dates, amounts, choices and relations."""

    @FUZZ
    @given(st.dictionaries(st.sampled_from(MEASURE_FIELDS), API_VALUES, min_size=1, max_size=3))
    def check(params):
        params = {"type": MEASURE, **params}
        assert_no_server_error(client.get(PAGES, params), params)

    check()


def test_fuzzed_detail_and_find_requests_never_cause_a_server_error(client, home_de, content):
    """Any page number in the detail URL, any parameters on it and on find/."""

    @FUZZ
    @given(
        st.one_of(st.just(home_de.pk), st.integers(min_value=0)),
        st.dictionaries(
            st.sampled_from(["fields", "id", "html_path", "search", "offset", "x"]),
            API_VALUES,
            max_size=3,
        ),
    )
    def check(pk, params):
        assert_no_server_error(client.get(f"{PAGES}{pk}/", params), (pk, params))
        assert_no_server_error(client.get(f"{PAGES}find/", params), params)

    check()


def export_urls(content):
    """measures.json and .csv of the test's concept, chain.json of its process chain."""
    concept, chain = (urlsplit(content[name].url).path for name in ("concept", "chain"))
    return [f"{concept}measures.json", f"{concept}measures.csv", f"{chain}chain.json"]


def test_fuzzed_parameters_on_json_and_csv_exports_never_cause_a_server_error(client, content):
    """measures.json, measures.csv and chain.json take no parameters; whatever is added
    (page numbers, NUL bytes, huge numbers), the export still answers."""
    urls = export_urls(content)
    for url in urls:
        assert client.get(url).status_code == 200, url

    @FUZZ
    @given(
        st.sampled_from(urls),
        st.dictionaries(
            st.sampled_from(["page", "offset", "limit", "locale", "format", "q", "\x00"]),
            API_VALUES,
            max_size=3,
        ),
    )
    def check(url, params):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)

    check()


def test_an_unknown_page_id_is_a_json_404_not_a_redirect_to_a_page(client):
    """LocaleMiddleware used to send an API 404 to /de/api/v2/pages/…/, an HTML page."""
    response = client.get("/api/v2/pages/999999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "message" in response.json()
    assert client.get("/de/gibt-es-nicht/").status_code == 404
    # Elsewhere the language redirect of an address without a prefix is unchanged.
    assert client.get("/integrationskonzept/").status_code == 302
