"""What a worker keeps between page views (integration_pages.core.shared_state): the site,
locales, office settings, routes and the kept chrome ({% keep %}) are never stale. A
change made through the models shows on the next view; a change another process made
shows once its new generation token is in the shared cache; without a cache nothing is
kept."""

import pytest
from django.core.cache import cache

from home.models import OfficeSettings, StandardPage
from integration_pages.core import shared_state
from tests.support.factories import StandardPageFactory
from tests.support.site import publish, site_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def _menu_page(home, title, slug):
    return publish(home, StandardPage(title=title, slug=slug, intro="Kurz.", show_in_menus=True))


def test_a_page_published_after_a_view_shows_in_the_kept_menu_at_once(client, home_de):
    page = StandardPageFactory(parent=home_de, slug="ueber-uns", title="Über uns")
    assert "Beratung vor Ort" not in client.get(page.url).content.decode()
    _menu_page(home_de, "Beratung vor Ort", "beratung")
    assert "Beratung vor Ort" in client.get(page.url).content.decode()


def test_a_moved_page_is_found_at_its_new_address_not_its_old_one(client, home_de):
    page = StandardPageFactory(parent=home_de, slug="alt", title="Umzug")
    old = page.url
    assert client.get(old).status_code == 200
    page.slug = "neu"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url.endswith("/neu/")
    assert client.get(old).status_code == 404
    assert client.get(page.url).status_code == 200


def test_another_process_change_shows_once_its_token_is_in_the_cache(client, home_de):
    """A change written without this process' signals (another worker or node) is not seen
    while the generation stands, and is seen as soon as the shared token changes."""
    page = StandardPageFactory(parent=home_de, slug="seite", title="Seite")
    OfficeSettings.objects.update_or_create(
        site=site_of(home_de), defaults={"office_name": "Stabsstelle Integration"}
    )
    assert "Stabsstelle Integration" in client.get(page.url).content.decode()
    OfficeSettings.objects.filter(site=site_of(home_de)).update(office_name="Neues Amt")
    assert "Neues Amt" not in client.get(page.url).content.decode()
    cache.set(shared_state.TOKEN_KEY, "a token another process wrote", None)
    assert "Neues Amt" in client.get(page.url).content.decode()


def test_without_a_shared_cache_every_view_reads_afresh(client, home_de, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    page = StandardPageFactory(parent=home_de, slug="seite", title="Seite")
    OfficeSettings.objects.update_or_create(
        site=site_of(home_de), defaults={"office_name": "Stabsstelle Integration"}
    )
    assert "Stabsstelle Integration" in client.get(page.url).content.decode()
    OfficeSettings.objects.filter(site=site_of(home_de)).update(office_name="Neues Amt")
    assert "Neues Amt" in client.get(page.url).content.decode()


def test_a_worker_drops_what_it_kept_after_max_age_whatever_the_token(client, home_de, monkeypatch):
    """With the embedded memory cache the token lives in each process: a change another
    process made (the scheduler publishing a page) reaches this one at the latest when the
    generation is MAX_AGE old."""
    page = StandardPageFactory(parent=home_de, slug="seite", title="Seite")
    OfficeSettings.objects.update_or_create(
        site=site_of(home_de), defaults={"office_name": "Stabsstelle Integration"}
    )
    assert "Stabsstelle Integration" in client.get(page.url).content.decode()
    OfficeSettings.objects.filter(site=site_of(home_de)).update(office_name="Neues Amt")
    assert "Neues Amt" not in client.get(page.url).content.decode()
    # The generation began MAX_AGE seconds ago (as if that much time had passed).
    monkeypatch.setitem(
        shared_state._generation,
        "since",
        shared_state._generation["since"] - shared_state.MAX_AGE - 1,
    )
    assert "Neues Amt" in client.get(page.url).content.decode()


def test_a_language_without_its_own_home_page_is_routed_through_the_sites_home(client, home_de):
    """As Wagtail routes it (`localized` falls back to the site's own home page): a page
    asked for under a language whose home page is missing is found, not a server error."""
    page = StandardPageFactory(parent=home_de, slug="seite", title="Seite")
    assert client.get(page.url).status_code == 200
    assert client.get("/ar/seite/").status_code == 200
    assert client.get("/ar/keine-seite/").status_code == 404


def test_what_is_kept_for_visitors_is_computed_afresh_for_editors(rf, django_user_model):
    """kept_for_visitors keeps an answer for anonymous requests of one generation and
    computes it again for a logged-in user (who may see restricted pages)."""
    from django.contrib.auth.models import AnonymousUser

    from integration_pages.core.privacy import kept_for_visitors

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    def request(user):
        made = rf.get("/")
        made.user = user
        return made

    visitor_first = request(AnonymousUser())
    assert kept_for_visitors(visitor_first, ("test-kept",), compute) == 1
    assert kept_for_visitors(request(AnonymousUser()), ("test-kept",), compute) == 1
    editor = django_user_model.objects.create_user("redakteurin", password="x")
    assert kept_for_visitors(request(editor), ("test-kept",), compute) == 2
    assert len(calls) == 2
