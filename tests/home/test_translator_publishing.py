"""Translators translate; they do not publish (issue 15, home/l10n/guards.py).

wagtail-localize lets anyone who may edit a translation publish it through "Sync
translated pages" ("Publish immediately") and "Convert to alias page". For the group
Übersetzung both are gone and a request made by hand is refused; Redaktion, who may
publish, is the control that proves each request is well formed."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.models import StandardPage
from tests.support.marks import indexed
from tests.support.translation_data import FUNDING_ENGLISH, funding_page, localize

pytestmark = [pytest.mark.django_db, indexed]

NEW_INTRO = "Eine neue Einleitung, die noch niemand übersetzt hat."


@pytest.fixture
def member(client, django_user_model):
    def make(group):
        user = django_user_model.objects.create_user(
            f"{group}-pub", f"{group.lower()}@example.org", "pw-123456789"
        )
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        return client

    return make


@pytest.fixture
def german(home_de):
    """A German funding page translated into English with wagtail-localize, and a new
    introduction published since."""
    page = funding_page(home_de)
    localize(page, "en", FUNDING_ENGLISH)
    page.intro = NEW_INTRO
    page.save_revision().publish()
    return page


def english(german):
    return StandardPage.objects.get(
        translation_key=german.translation_key, locale=Locale.objects.get(language_code="en")
    )


def sync_url(german):
    source = TranslationSource.objects.get(object_id=german.translation_key)
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def test_the_sync_form_offers_publishing_only_to_those_who_may_publish(member, german):
    box = 'type="checkbox" name="publish_translations"'
    assert box not in member("Übersetzung").get(sync_url(german)).content.decode()
    assert box in member("Redaktion").get(sync_url(german)).content.decode()


@pytest.mark.parametrize(("group", "published"), [("Übersetzung", False), ("Redaktion", True)])
def test_a_sync_that_asks_to_publish_is_refused_to_translators(
    member, german, group, published, django_capture_on_commit_callbacks
):
    client = member(group)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url(german), {"publish_translations": "on"})
    assert response.status_code == 302
    live = english(german)
    live.refresh_from_db()
    assert (live.intro == NEW_INTRO) is published  # German fallback, live only if allowed


@pytest.mark.parametrize(("group", "converted"), [("Übersetzung", False), ("Redaktion", True)])
def test_converting_a_translation_to_an_alias_is_refused_to_translators(
    member, german, group, converted
):
    page = english(german)
    client = member(group)
    client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    page.refresh_from_db()
    assert (page.alias_of_id == german.pk) is converted


def test_the_convert_to_alias_menu_item_is_shown_only_to_those_who_may_publish(member, german):
    page = english(german)
    # Wagtail's own editor, with the menu item, opens once the synced translation stops.
    Translation.objects.filter(
        source__object_id=german.translation_key, target_locale=page.locale
    ).update(enabled=False)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    item = 'name="localize-convert-to-alias"'
    translator_html = member("Übersetzung").get(url).content.decode()
    assert "Start Synced translation" in translator_html or "localize-restart" in translator_html
    assert item not in translator_html
    assert item in member("Redaktion").get(url).content.decode()
