"""Home and standard pages: content blocks, search, bounded queries."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_factories import ImageFactory

from home.models import StandardPage
from integration_pages.core.blocks import ContentStreamBlock, ImageBlock
from tests.support.factories import StandardPageFactory
from tests.support.marks import indexed
from tests.support.newsroom_data import contact as make_contact
from tests.support.office_site import standard_page
from tests.support.site import translated

pytestmark = [pytest.mark.django_db, indexed]


def test_every_content_block_renders_on_a_standard_page(client, home_de):
    image = ImageFactory(file=get_test_image_file(), title="Workshop")
    document = Document.objects.create(
        title="Integrationskonzept 2021", file=ContentFile(b"%PDF-1.4 test", name="konzept.pdf")
    )
    contact = make_contact(email="integration@beispielstadt.example.org")
    page = StandardPageFactory(
        parent=home_de,
        slug="alle-bausteine",
        body=[
            ("heading", {"text": "Überschrift Zwei", "level": "h2"}),
            ("paragraph", RichText("<p>Ein Absatz.</p>")),
            ("image", {"image": image, "alt_text": "Menschen im Workshop", "caption": "Foto"}),
            ("document", {"document": document, "title": ""}),
            ("contact", {"contact": contact, "heading": "Ansprechpartnerin"}),
            ("callout", {"kind": "important", "title": "Wichtig", "text": RichText("<p>!</p>")}),
            (
                "table",
                {
                    "caption": "Termine",
                    "table": {
                        "data": [["Jahr", "Anzahl"], ["2019", "3"]],
                        "first_row_is_table_header": True,
                    },
                },
            ),
            ("faq", {"question": "Wer darf kommen?", "answer": RichText("<p>Alle.</p>")}),
        ],
    )
    page.save_revision().publish()
    html = client.get("/de/alle-bausteine/").content.decode()
    assert "<h2>Überschrift Zwei</h2>" in html
    assert "<p>Ein Absatz.</p>" in html
    assert 'alt="Menschen im Workshop"' in html
    assert "Integrationskonzept 2021" in html and "(PDF" in html
    assert "integration@beispielstadt.example.org" in html and "Ansprechpartnerin" in html
    assert 'class="callout callout--important kern-alert kern-alert--danger"' in html
    assert "<caption>Termine</caption>" in html and '<th scope="col">Jahr</th>' in html
    assert '<span class="kern-title">Wer darf kommen?</span></summary>' in html


def test_image_block_refuses_an_image_without_alternative_text():
    image = ImageFactory(file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_standard_page_body_offers_the_shared_blocks():
    names = set(ContentStreamBlock().child_blocks)
    assert names == {
        "heading",
        "paragraph",
        "image",
        "document",
        "contact",
        "callout",
        "table",
        "faq",
        "participation_notice",
    }


def _result_paths(response):
    return [page.url_path for page in response.context["results"]]


def test_search_finds_pages_only_in_the_readers_language(client, home_de):
    """Pages about the forum exist in German and English: each search lists its own."""
    forum = standard_page(home_de, "Forum für Migration", "forum", "Das Forum berät die Stadt.")
    translated(home_de, "en")
    translated(forum, "en", title="Forum for migration", intro="The Forum advises the city.")
    german = client.get("/de/search/", {"q": "Forum"})
    english = client.get("/en/search/", {"q": "Forum"})
    assert german.status_code == english.status_code == 200
    german_locales = {p.locale_id for p in german.context["results"]}
    english_locales = {p.locale_id for p in english.context["results"]}
    assert forum.pk in {p.pk for p in german.context["results"]}
    assert german_locales == {Locale.objects.get(language_code="de").pk}
    assert english_locales == {Locale.objects.get(language_code="en").pk}


def test_search_without_a_term_shows_the_form_and_no_results(client, home_de):
    response = client.get("/de/search/")
    assert response.status_code == 200
    assert list(response.context["results"]) == []
    assert 'name="q"' in response.content.decode()


def test_search_with_a_page_number_out_of_range_shows_the_last_page(client, home_de):
    for i in range(12):
        StandardPageFactory(parent=home_de, slug=f"integration-{i}", intro="Integration")
    response = client.get("/de/search/", {"q": "Integration", "page": "999"})
    assert response.status_code == 200
    assert response.context["results"].number == response.context["paginator"].num_pages == 2


def _add_sections(parent, count):
    for i in range(count):
        StandardPageFactory(parent=parent, title=f"Abschnitt {i}", slug=f"abschnitt-{i}")


@pytest.mark.parametrize("extra_sections", [0, 40])
def test_home_page_queries_are_bounded_whatever_the_number_of_sections(
    client, home_de, page_cache_off, django_assert_max_num_queries, extra_sections
):
    _add_sections(home_de, extra_sections)
    client.get("/de/")  # warm per-process caches (site root paths)
    with django_assert_max_num_queries(20):
        response = client.get("/de/")
    assert response.status_code == 200
    assert response.content.decode().count("Abschnitt ") >= extra_sections


@pytest.mark.parametrize("extra_sections", [0, 40])
def test_standard_page_queries_are_bounded(
    client, home_de, django_assert_max_num_queries, extra_sections
):
    page = standard_page(home_de, "Förderung", "foerderung", "Geld für Projekte.")
    translated(page, "ar")
    _add_sections(home_de, extra_sections)
    client.get("/ar/foerderung/")
    with django_assert_max_num_queries(22):
        response = client.get("/ar/foerderung/")
    assert response.status_code == 200


def test_standard_page_can_only_live_under_home_or_standard_pages():
    assert StandardPage.parent_page_types == ["home.HomePage", "home.StandardPage"]
