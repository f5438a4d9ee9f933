"""Editors' daily screens render: page editors, the snippet listing, settings, translation."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from snippets.models import Contact
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redakteurin", "r@example.org", "pw-123456")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [HomePage, StandardPage])
def test_page_editor_opens_for_each_page_type(editor_client, model):
    page = model.objects.filter(locale__language_code="de").first()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_contact_snippets_are_listed_and_editable(editor_client):
    contact = Contact.objects.get(locale__language_code="de", name="Stabsstelle Integration")
    listing = editor_client.get(reverse("wagtailsnippets_snippets_contact:list"))
    assert listing.status_code == 200
    assert "Stabsstelle Integration" in listing.content.decode()
    edit = editor_client.get(reverse("wagtailsnippets_snippets_contact:edit", args=[contact.pk]))
    assert edit.status_code == 200


def test_office_settings_form_opens_with_the_stored_office(editor_client):
    response = editor_client.get(
        reverse("wagtailsettings:edit", args=["home", "officesettings"]), follow=True
    )
    assert response.status_code == 200
    assert "integration@luebeck.de" in response.content.decode()


def test_translation_editor_opens_for_a_translated_page(editor_client):
    arabic = StandardPage.objects.get(
        slug="foerderung", locale=Locale.objects.get(language_code="ar")
    )
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert response.status_code == 200
    # wagtail-localize replaces the ordinary editor of a translation with its own.
    assert "wagtail_localize/js/wagtail-localize.js" in response.content.decode()


def test_concept_snippet_listings_and_measure_editor_open(editor_client, home_de):
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
        assert editor_client.get(reverse(f"{name}:list")).status_code == 200
    for page in (concept, measure):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
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
def test_page_editor_opens_for_the_section_page_types(editor_client, model_name):
    from integration_pages import models

    page = getattr(models, model_name).objects.filter(locale__language_code="de").first()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "model_name", ["counsellingservice", "discriminationground", "lifearea", "language"]
)
def test_counselling_snippets_are_listed_and_editable(editor_client, model_name):
    from django.apps import apps

    model = apps.get_model("snippets", model_name)
    item = model.objects.filter(locale__language_code="de").first()
    listing = editor_client.get(reverse(f"wagtailsnippets_snippets_{model_name}:list"))
    assert listing.status_code == 200
    assert str(item.name) in listing.content.decode()
    edit = editor_client.get(reverse(f"wagtailsnippets_snippets_{model_name}:edit", args=[item.pk]))
    assert edit.status_code == 200


def test_a_counselling_service_saved_in_the_admin_keeps_its_lists(editor_client):
    from snippets.models import CounsellingService, DiscriminationGround

    service = CounsellingService.objects.filter(locale__language_code="de").first()
    grounds = list(DiscriminationGround.objects.filter(locale__language_code="de")[:2])
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
    response = editor_client.post(url, data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert set(service.grounds.all()) == set(grounds)
    assert service.anonymous and not service.by_phone
