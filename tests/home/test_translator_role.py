"""The editorial role `Übersetzung`, proven over HTTP: translators open the translation
report, translate pages and edit snippet translations, but add, delete and change no
German page or snippet.

Each user is a plain account in one group, as migration home/0008 created it (the
fixtures in tests/home/conftest.py). Where a request is denied, the same request by an
editor (`Redaktion`) is sent as the control, so a denial proves the missing right and not
a malformed request. Pages and snippets are built by each test below its own home page
(`home_de`).
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import StandardPage
from snippets.models import CounsellingService
from tests.support.forum_admin import add_data, edit_data
from tests.support.forum_data import counselling_service, office_contact
from tests.support.marks import indexed
from tests.support.roles import denied
from tests.support.translation_data import localize

pytestmark = [pytest.mark.django_db, indexed]


def test_translators_open_the_translation_report_press_does_not(client, translator, press):
    url = reverse("translation_status")
    client.force_login(translator)
    assert client.get(url).status_code == 200
    client.force_login(press)
    assert denied(client.get(url))


@pytest.fixture
def untranslated_page(home_de):
    """A German page that exists in no other language yet."""
    return home_de.add_child(
        instance=StandardPage(title="Neu und unübersetzt", slug="neu-unuebersetzt")
    )


def test_translators_translate_a_page_and_open_its_translation(
    client, translator, untranslated_page
):
    english = Locale.objects.get(language_code="en")
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[untranslated_page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    translation = untranslated_page.get_translation(english)
    assert translation.get_parent().specific.locale == english
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert editor_html.status_code == 200
    assert "wagtail_localize/js/wagtail-localize.js" in editor_html.content.decode()


def test_translators_edit_snippet_translations_but_add_none(client, translator):
    english_contact = localize(office_contact("Stabsstelle Integration"), "en")
    assert english_contact.locale.language_code == "en"
    counselling_service()
    client.force_login(translator)
    edit = client.get(reverse("wagtailsnippets_snippets_contact:edit", args=[english_contact.pk]))
    assert edit.status_code == 200
    assert denied(client.get(reverse("wagtailsnippets_snippets_contact:add")))
    assert denied(client.get(reverse("wagtailsnippets_snippets_counsellingservice:add")))
    assert CounsellingService.objects.exists()  # the listings above had something to protect


def test_translators_cannot_add_pages(client, translator, editor, home_de):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_de.pk])
    data = add_data(StandardPage(slug="vom-uebersetzer"), "Vom Übersetzer")
    client.force_login(translator)
    assert denied(client.get(reverse("wagtailadmin_pages:add_subpage", args=[home_de.pk])))
    assert denied(client.post(url, data))
    assert not StandardPage.objects.filter(slug="vom-uebersetzer").exists()
    client.force_login(editor)
    assert client.post(url, data).status_code == 302
    assert StandardPage.objects.filter(slug="vom-uebersetzer").exists()


def assert_deleted_by_the_editor_alone(client, url, page, editor):
    """The logged-in translator's POST to `url` is denied and `page` stays; the editor's
    same POST deletes it."""
    assert denied(client.post(url))
    assert Page.objects.filter(pk=page.pk).exists()
    client.force_login(editor)
    client.post(url)
    assert not Page.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize("live", [True, False], ids=["published", "draft"])
def test_translators_cannot_delete_pages(client, translator, editor, home_de, live):
    """Not even a draft, which Wagtail's edit right alone would let them delete."""
    page = home_de.add_child(instance=StandardPage(title="Zum Löschen", slug="zum-loeschen"))
    if not live:
        page.unpublish()
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    client.force_login(translator)
    assert denied(client.get(url))
    assert_deleted_by_the_editor_alone(client, url, page, editor)


def test_translators_cannot_bulk_delete_a_draft(client, translator, editor, home_de):
    page = home_de.add_child(
        instance=StandardPage(title="Entwurf", slug="entwurf-zum-loeschen", live=False)
    )
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    url += f"?id={page.pk}"
    client.force_login(translator)
    assert_deleted_by_the_editor_alone(client, url, page, editor)


def test_translators_cannot_open_or_change_german_pages(client, translator, editor, home_de):
    """They translate; the German originals are Redaktion's (their "change" right on the
    tree is there only for the translations)."""
    page = home_de.add_child(instance=StandardPage(title="Original", slug="original-de"))
    page.save_revision().publish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_data(page, "Vom Übersetzer geändert")
    client.force_login(translator)
    assert denied(client.get(url))
    assert denied(client.post(url, data))
    page.refresh_from_db()
    assert page.title == "Original" and page.get_latest_revision().content["title"] == "Original"
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_translators_cannot_open_or_change_german_snippets(client, translator, editor):
    german = office_contact("Stabsstelle Integration")
    url = reverse("wagtailsnippets_snippets_contact:edit", args=[german.pk])
    client.force_login(translator)
    assert denied(client.get(url))
    assert denied(client.post(url, {"name": "Geändert", "email": german.email}))
    german.refresh_from_db()
    assert german.name != "Geändert"
    client.force_login(editor)
    assert client.get(url).status_code == 200
