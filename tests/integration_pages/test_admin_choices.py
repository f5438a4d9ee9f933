"""Lists in the admin's page and snippet editors offer what belongs to the object (issues
15, 17): its own language and site, and a page's fields of action of its own concept,
instead of every language copy of every snippet of both sites. What is chosen already
stays offered.

Each test builds the pages and snippets it chooses from, on two sites
(tests.support.admin_data)."""

import re

import pytest
from django.db.models import Q
from django.urls import reverse

from integration_pages.core.admin_forms import _chosen_pks
from integration_pages.models import ActionField
from snippets.models import Organisation
from tests.support.admin_data import build_admin_choices
from tests.support.marks import indexed
from tests.support.signpost_data import build_services, translate_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(home_de):
    return build_admin_choices(home_de)


def edit_form(page):
    form_class = page.specific_class.get_edit_handler().get_form_class()
    return form_class(instance=page, parent_page=page.get_parent())


def of_site(page):
    return Q(site__isnull=True) | Q(site=page.get_site())


def concept_of(page):
    from integration_pages.models import IntegrationConceptPage

    return IntegrationConceptPage.objects.ancestor_of(page).get()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_measure_offers_its_language_and_its_concepts_fields_of_action(built, language):
    measure = built.measure if language == "de" else built.measure_ar
    assert measure.locale.language_code == language
    form = edit_form(measure)
    # Besides what the page has chosen already (kept, whatever its language):
    fields = form.fields["action_fields"].queryset.exclude(measures=measure)
    assert fields.exists()
    assert set(fields.values_list("locale__language_code", flat=True)) == {language}
    concepts = set(fields.values_list("concept__translation_key", flat=True))
    assert concepts == {concept_of(measure).translation_key}
    assert fields.count() < ActionField.objects.count()
    partners = form.fields["partners"].queryset.exclude(partner_in=measure)
    assert set(partners.values_list("locale__language_code", flat=True)) <= {language}
    own_language = Organisation.objects.filter(of_site(measure), locale=measure.locale).exclude(
        partner_in=measure
    )
    assert own_language.exists()
    assert partners.count() == own_language.count()
    assert form.fields["partners"].queryset.count() < Organisation.objects.count()


def test_a_goal_offers_its_concepts_fields_of_action_only(built):
    goal = built.goal
    fields = edit_form(goal).fields["action_fields"].queryset.exclude(goals=goal)
    assert fields.exists()
    concepts = set(fields.values_list("concept__translation_key", flat=True))
    assert concepts == {concept_of(goal).translation_key}


def test_an_item_chosen_before_stays_offered_so_saving_keeps_it(built):
    measure, english = built.measure, built.english
    assert english.locale.language_code == "en"
    measure.partners.add(english)
    measure.save()
    partners = edit_form(measure).fields["partners"].queryset
    assert english in partners


@indexed
def test_the_editor_renders_only_the_pages_options(admin_client, built):
    measure = built.measure
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[measure.pk])).content
    offered = {
        int(pk)
        for pk in re.findall(r'<input type="checkbox" name="partners" value="(\d+)"', html.decode())
    }
    assert offered
    expected = (
        Organisation.objects.filter(of_site(measure), locale=measure.locale)
        | measure.partners.all()
    )
    assert offered == set(expected.values_list("pk", flat=True))


def test_a_measure_does_not_offer_another_sites_organisations(built):
    measure = built.other_measure  # on the second site, not the test client's
    assert measure.get_site() == built.other_site
    first_site_only = Organisation.objects.create(
        name="Nur in Beispielstadt e. V.", locale=measure.locale, site=built.site
    )
    everywhere = Organisation.objects.create(name="Überall e. V.", locale=measure.locale)
    partners = edit_form(measure).fields["partners"].queryset
    assert everywhere in partners
    assert first_site_only not in partners


def test_a_press_release_offers_topics_in_its_own_language(built):
    release = built.release_ar
    assert release.locale.language_code == "ar"
    form = edit_form(release)
    topics = form.fields["topics"].queryset.exclude(pk__in=_chosen_pks(form.initial["topics"]))
    assert topics.exists()
    assert set(topics.values_list("locale__language_code", flat=True)) == {"ar"}


@pytest.mark.parametrize("language", ["de", "uk"])
def test_a_counselling_service_offers_grounds_areas_languages_and_providers_of_its_language(
    language,
):
    from snippets.models import CounsellingService

    services = build_services()
    ukrainian = translate_services(services, "uk")
    # The second service: two grounds, one life area, three languages, so there are others.
    service = (services if language == "de" else ukrainian).services[1]
    assert service.locale.language_code == language
    form_class = CounsellingService.snippet_viewset.get_form_class()
    form = form_class(instance=service)
    for name in ("grounds", "life_areas", "languages", "provider"):
        others = form.fields[name].queryset.exclude(pk__in=_chosen_pks(form.initial.get(name)))
        assert others.exists(), name
        assert set(others.values_list("locale__language_code", flat=True)) == {language}, name


@indexed
def test_long_lists_are_checkboxes_with_a_filter_box_short_ones_plain_checkboxes(
    admin_client, built
):
    """A multiple select box hides what is chosen and needs Ctrl-clicks: the editor lists
    the items as checkboxes, and a list of more than 15 (the partners) gets a filter box,
    which its script shows and which hides the unchecked items not matching."""
    measure = built.measure
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[measure.pk])).content.decode()
    assert "<select" not in html.split('name="partners"')[0][-300:]

    def choice_list(name):
        start = html.index(f'<div id="id_{name}"')
        return html[html.rindex('<div class="choice-list"', 0, start) : start]

    assert "data-choice-list-searchable" in choice_list("partners")
    assert 'class="choice-list__filter"' in choice_list("partners")
    assert 'aria-label="Liste filtern"' in choice_list("partners")  # the admin speaks German
    assert "data-choice-list-searchable" not in choice_list("action_fields")
    assert "integration_pages/admin/choice-list.js" in html
