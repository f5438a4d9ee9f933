"""Public GET parameters (filters, search, page numbers, guided steps, years) fuzzed with
hypothesis: whatever a visitor or a bot puts in the address, the answer is a page or a
clear 4xx, never a server error."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]

NASTY = [
    "",
    "0",
    "-1",
    "1e9",
    "99999999999999999999999",
    "\x00",
    "a\x00b",
    "NaN",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%",
    "\u202e",
    "ﷺ",
    " " * 300,
]
VALUES = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.integers().map(str),
)

ENDPOINTS = {
    "/de/integrationskonzept/measures/": ["field", "status", "unit", "year", "q", "page"],
    "/ar/integrationskonzept/measures/": ["field", "status", "unit", "year", "q", "page"],
    "/de/wegweiser/": [
        "ground",
        "area",
        "language",
        "format",
        "region",
        "anonymous",
        "step_free",
        "page",
    ],
    "/de/wegweiser/guided/": ["ground", "area", "language", "page"],
    "/de/search/": ["q", "page"],
    "/fa/search/": ["q", "page"],
    "/de/presse/": ["year", "topic", "page"],
    "/de/veranstaltungen/": ["page"],
    "/de/beschluesse/": ["year"],
    "/de/forum-fuer-migrantinnen/mso-verzeichnis/": ["focus", "language", "district"],
    "/de/eccar/report/": ["year"],
    "/de/": ["parallel"],
}

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def no_cached_pages():
    cache.clear()


@pytest.mark.parametrize("path", list(ENDPOINTS))
def test_fuzzed_parameters_never_cause_a_server_error(client, path):
    names = ENDPOINTS[path]

    @FUZZ
    @given(st.dictionaries(st.sampled_from([*names, "x"]), VALUES, max_size=len(names) + 1))
    def check(params):
        response = client.get(path, params)
        assert response.status_code < 500, (path, params)

    check()


@FUZZ
@given(number=st.one_of(st.integers(), st.sampled_from(["0", "00", "-3", "9" * 30])))
def test_fuzzed_commitment_numbers_are_pages_or_404(client, number):
    """Any number is a page, a 404, or (written with leading zeros) a permanent redirect
    to its one spelling, which is itself a page or a 404."""
    response = client.get(f"/de/eccar/commitment/{number}/")
    if response.status_code == 301:
        assert response["Location"] == f"/de/eccar/commitment/{int(number)}/", number
        response = client.get(response["Location"])
    assert response.status_code in (200, 404), number
