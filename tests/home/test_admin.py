"""Editors' daily screens render: page editors, the snippet listing, settings, translation.

Each test builds the pages and snippets it opens, below its own home page (`home_de`)."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from home.models import HomePage, OfficeSettings, StandardPage
from tests.support.factories import StandardPageFactory
from tests.support.forum_data import (
    build_forum,
    counselling_service,
    office_contact,
)
from tests.support.marks import indexed
from tests.support.site import translate
from tests.support.translation_data import localize

pytestmark = [pytest.mark.django_db, indexed]


@pytest.mark.parametrize("model", [HomePage, StandardPage])
def test_page_editor_opens_for_each_page_type(superuser_client, home_de, model):
    page = home_de if model is HomePage else StandardPageFactory(parent=home_de, slug="seite")
    assert isinstance(page, model)
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_contact_snippets_are_listed_and_editable(superuser_client):
    contact = office_contact("Stabsstelle Integration")
    listing = superuser_client.get(reverse("wagtailsnippets_snippets_contact:list"))
    assert listing.status_code == 200
    assert "Stabsstelle Integration" in listing.content.decode()
    edit = superuser_client.get(reverse("wagtailsnippets_snippets_contact:edit", args=[contact.pk]))
    assert edit.status_code == 200


def test_office_settings_form_opens_with_the_stored_office(superuser_client, home_de):
    OfficeSettings.objects.create(
        site=Site.objects.get(root_page=home_de),
        office_name="Stabsstelle Integration",
        municipality="Beispielstadt",
        email="integration@luebeck.de",
    )
    response = superuser_client.get(
        reverse("wagtailsettings:edit", args=["home", "officesettings"]), follow=True
    )
    assert response.status_code == 200
    assert "integration@luebeck.de" in response.content.decode()


def test_translation_editor_opens_for_a_translated_page(superuser_client, home_de):
    german = StandardPageFactory(parent=home_de, title="Förderung", slug="foerderung")
    german.save_revision().publish()
    translate(home_de, "ar")
    arabic = localize(german, "ar", {"Förderung": "التمويل"})
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert response.status_code == 200
    # wagtail-localize replaces the ordinary editor of a translation with its own.
    assert "wagtail_localize/js/wagtail-localize.js" in response.content.decode()


def test_concept_snippet_listings_and_measure_editor_open(superuser_client, home_de):
    from tests.support.factories import (
        GoalPageFactory,
        IntegrationConceptPageFactory,
        MeasurePageFactory,
    )

    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    measure = MeasurePageFactory(parent=GoalPageFactory(parent=concept, slug="ziel"), slug="m")
    for name in [
        "wagtailsnippets_integration_pages_actionfield",
        "wagtailsnippets_snippets_organisation",
    ]:
        assert superuser_client.get(reverse(f"{name}:list")).status_code == 200
    for page in (concept, measure):
        response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200


@pytest.mark.parametrize(
    "model_name",
    [
        "ForumPage",
        "ForumMeetingPage",
        "ForumNewsPage",
        "MsoDirectoryPage",
        "ActionPlanPage",
        "SignpostPage",
    ],
)
def test_page_editor_opens_for_the_section_page_types(superuser_client, home_de, model_name):
    from integration_pages import models

    section = build_forum(home_de)
    pages = {
        "ForumPage": section.page,
        "ForumMeetingPage": section.held,
        "ForumNewsPage": section.news[0],
        "MsoDirectoryPage": section.directory,
    }
    if model_name == "ActionPlanPage":
        pages[model_name] = home_de.add_child(
            instance=models.ActionPlanPage(title="Aktionsplan", slug="aktionsplan")
        )
    if model_name == "SignpostPage":
        pages[model_name] = home_de.add_child(
            instance=models.SignpostPage(title="Wegweiser", slug="wegweiser")
        )
    page = pages[model_name]
    assert isinstance(page, getattr(models, model_name))
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "model_name", ["counsellingservice", "discriminationground", "lifearea", "language"]
)
def test_counselling_snippets_are_listed_and_editable(superuser_client, model_name):
    service = counselling_service()
    item = {
        "counsellingservice": service,
        "discriminationground": service.grounds.first(),
        "lifearea": service.life_areas.first(),
        "language": service.languages.first(),
    }[model_name]
    listing = superuser_client.get(reverse(f"wagtailsnippets_snippets_{model_name}:list"))
    assert listing.status_code == 200
    assert str(item.name) in listing.content.decode()
    edit = superuser_client.get(
        reverse(f"wagtailsnippets_snippets_{model_name}:edit", args=[item.pk])
    )
    assert edit.status_code == 200


def test_a_counselling_service_saved_in_the_admin_keeps_its_lists(superuser_client):
    from snippets.models import DiscriminationGround

    service = counselling_service()
    # Two grounds of the test's own, one of which the service had not before.
    grounds = list(
        DiscriminationGround.objects.filter(code__startswith=f"{service.slug}-").order_by(
            "sort_order"
        )[:2]
    )
    assert len(grounds) == 2 and set(service.grounds.all()) != set(grounds)
    data = {
        field: getattr(service, field)
        for field in ("name", "slug", "description", "region", "address", "opening_hours")
    }
    data.update(
        provider=service.provider_id or "",
        email=service.email,
        phone=service.phone,
        website=service.website,
        grounds=[g.pk for g in grounds],
        life_areas=[a.pk for a in service.life_areas.all()],
        languages=[lang.pk for lang in service.languages.all()],
        anonymous="on",
    )
    url = reverse("wagtailsnippets_snippets_counsellingservice:edit", args=[service.pk])
    # The test client sends a list as repeated values, as a form's checkboxes do.
    response = superuser_client.post(url, data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert set(service.grounds.all()) == set(grounds)
    assert service.anonymous and not service.by_phone


def test_every_admin_menu_entry_has_a_place_of_its_own(rf, django_user_model, home_de):
    """No two entries share an order: Wagtail keeps such a tie in the order the apps happen
    to register, not where anyone meant them. The concept's entries follow Pages."""
    from wagtail.admin.menu import admin_menu

    from tests.support.small_site import build_concept

    build_concept(home_de)  # "Measures" is shown to whoever can reach a measure
    request = rf.get("/admin/")
    request.user = django_user_model.objects.create_superuser("menu", "m@example.org", "pw")
    items = admin_menu.menu_items_for_request(request)
    orders = [item.order for item in items]
    assert len(orders) == len(set(orders)), sorted((i.order, i.name) for i in items)
    urls = [item.url for item in sorted(items, key=lambda item: item.order)]
    assert urls[1:3] == [
        reverse("measures:index"),
        reverse("wagtailsnippets_integration_pages_actionfield:list"),
    ], urls
