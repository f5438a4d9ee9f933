"""The demo's process chains for Lübeck ("Erste Schritte in Lübeck"), as load_demo builds
them: six German chains, marked as examples, that can be followed, with Arabic and
Ukrainian translations imported from the translator's PO files."""

import unicodedata

import pytest
from wagtail.models import Locale

from home.demo.chains_builder import chain_data
from integration_pages.chains.graph import problems
from integration_pages.models import ProcessChainIndexPage, ProcessChainPage
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]

SLUGS = [chain["slug"] for chain in chain_data()["chains"]]


def german_index():
    return ProcessChainIndexPage.objects.get(
        locale__language_code="de", slug="erste-schritte", url_path__startswith="/luebeck/"
    )


def german_chains():
    return ProcessChainPage.objects.child_of(german_index()).filter(slug__in=SLUGS)


def chain_in(language_code, slug):
    original = german_chains().get(slug=slug)
    return original.get_translation(Locale.objects.get(language_code=language_code))


def share_of_script(texts, script):
    """Of all letters in `texts`, the share whose Unicode name starts with `script`."""
    letters = [ch for text in texts for ch in text if ch.isalpha()]
    assert letters
    return sum(unicodedata.name(ch, "").startswith(script) for ch in letters) / len(letters)


def test_six_live_example_chains_under_luebecks_index_page():
    chains = german_chains().live()
    assert sorted(chains.values_list("slug", flat=True)) == sorted(SLUGS)
    assert len(SLUGS) == 6
    assert all(chain.is_example for chain in chains)
    assert all(chain.action_field_id for chain in chains)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_chain_can_be_followed(slug):
    chain = german_chains().get(slug=slug)
    steps = chain.step_data()
    assert 4 <= len(steps) <= 8
    assert problems(steps) == []


def test_every_step_of_every_chain_has_an_actor():
    for chain in german_chains():
        for step in chain.step_data():
            assert step.get("actor"), f"{chain.slug}, step {step['number']}"


@pytest.mark.parametrize(("language_code", "script"), [("ar", "ARABIC"), ("uk", "CYRILLIC")])
def test_deutsch_lernen_is_translated_from_the_po_file(language_code, script):
    chain = chain_in(language_code, "deutsch-lernen")
    assert chain.live
    titles = [step["title"] for step in chain.step_data()]
    assert len(titles) == len(german_chains().get(slug="deutsch-lernen").step_data())
    assert share_of_script(titles, script) > 0.8
    assert share_of_script([chain.title, chain.intro], script) > 0.8


@pytest.mark.parametrize("language_code", ["ar", "uk"])
def test_every_translated_chain_is_live_and_shows_the_translation(client, language_code):
    script = {"ar": "ARABIC", "uk": "CYRILLIC"}[language_code]
    for slug in SLUGS:
        chain = chain_in(language_code, slug)
        assert chain.live and chain.is_example
        response = client.get(chain.url)
        assert response.status_code == 200
        assert chain.step_data()[0]["title"] in response.content.decode()
        what_to_do = [step["what_to_do"] for step in chain.step_data()]
        assert share_of_script(what_to_do, script) > 0.8, slug
