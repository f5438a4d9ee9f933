"""The "example" mark of invented data, on data each test builds: the badge on a page,
its list entry and its print view, and `example_data` / a vCard NOTE in the exports.
(That the demo marks what it invents: tests/home/test_demo_examples.py.)"""

import csv
import io
from types import SimpleNamespace

import pytest
import vobject
from django.template.loader import render_to_string
from django.utils import translation

from tests.support.concept_data import add_measure, make_concept
from tests.support.factories import GoalPageFactory
from tests.support.services_data import service, signpost

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

BADGE = 'class="kern-badge kern-badge--warning example-badge"'
LABELS = {
    "de": "Beispiel",
    "en": "Example",
    "ar": "مثال",
    "uk": "Приклад",
    "ru": "Пример",
    "tr": "Örnek",
    "fa": "نمونه",
}


def badges(html):
    """The badges in the page's main content: the footer's contact box carries its own
    when the office's contact is invented."""
    if "<main" in html:
        html = html[html.index("<main") : html.index("</main>")]
    return html.count(BADGE)


def entry(html, name):
    """The list entry of the service called `name`."""
    start = html.index(name)
    return html[start : html.index("</li>", start)]


@pytest.mark.parametrize("language", sorted(LABELS))
def test_the_badge_names_an_example_and_explains_it_in_every_language(language):
    with translation.override(language):
        html = render_to_string(
            "snippets/example_badge.html", {"item": SimpleNamespace(is_example=True)}
        )
        real = render_to_string(
            "snippets/example_badge.html", {"item": SimpleNamespace(is_example=False)}
        )
    assert badges(html) == 1 and f'<span class="kern-label">{LABELS[language]}</span>' in html
    hidden = html.split('class="visually-hidden">')[1]
    assert len(hidden) > 20, "screen readers hear why, not only the word"
    assert language == "en" or "Invented for the demonstration" not in html
    assert real.strip() == ""


def test_an_invented_service_has_the_badge_on_its_page_list_entry_and_print_view(client, home_de):
    page = signpost(home_de)
    service(slug="erfundene-beratung", name="Erfundene Beratung", is_example=True)
    service(slug="echte-beratung", name="Echte Beratung", english="Real counselling")
    base = page.url
    listing = client.get(base).content.decode()
    assert BADGE in entry(listing, "Erfundene Beratung"), "the badge is in the invented entry"
    assert BADGE not in entry(listing, "Echte Beratung")
    for path in ("services/erfundene-beratung/", "services/erfundene-beratung/print/"):
        assert badges(client.get(base + path).content.decode()) == 1, path
    for path in ("services/echte-beratung/", "services/echte-beratung/print/"):
        assert badges(client.get(base + path).content.decode()) == 0, path


def test_the_vcard_of_an_invented_service_says_so_in_a_note(client, home_de):
    page = signpost(home_de)
    service(
        slug="erfundene-beratung",
        name="Erfundene Beratung",
        is_example=True,
        phone="0451 000 1234",
        opening_hours="Mo 9–12 Uhr",
    )
    service(slug="echte-beratung", name="Echte Beratung", english="Real counselling")
    invented = vobject.readOne(
        client.get(page.url + "services/erfundene-beratung/contact.vcf").content.decode()
    )
    assert invented.note.value.splitlines() == [
        "Mo 9–12 Uhr",
        "Beispiel: für die Demonstration erfunden, kein echtes Angebot und keine echte Person.",
    ]
    real = vobject.readOne(
        client.get(page.url + "services/echte-beratung/contact.vcf").content.decode()
    )
    assert "note" not in real.contents


@pytest.fixture
def two_measures(home_de):
    concept, _fields, _units = make_concept(home_de)
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel")
    add_measure(goal, "erfunden", title="Erfundene Maßnahme", is_example=True)
    add_measure(goal, "echt", title="Echte Maßnahme")
    return concept, goal


def test_an_invented_measure_has_the_badge_on_its_page_and_in_its_goals_list(client, two_measures):
    _concept, goal = two_measures
    assert badges(client.get(goal.url + "erfunden/").content.decode()) == 1
    assert badges(client.get(goal.url + "echt/").content.decode()) == 0
    listing = client.get(goal.url).content.decode()
    assert badges(listing) == 1
    entry = listing[listing.index("Erfundene Maßnahme") :]
    assert entry.index(BADGE) < entry.index("</li>")


def test_the_measure_exports_carry_example_data(client, two_measures):
    concept, _goal = two_measures
    records = client.get(concept.url + "measures.json").json()["measures"]
    assert {r["title"]: r["example_data"] for r in records} == {
        "Erfundene Maßnahme": True,
        "Echte Maßnahme": False,
    }
    text = client.get(concept.url + "measures.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    column = rows[0].index("Beispieldaten")
    assert {row[1]: row[column] for row in rows[1:]} == {
        "Erfundene Maßnahme": "ja",
        "Echte Maßnahme": "nein",
    }
