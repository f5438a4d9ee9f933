"""The editorial roles `Redaktion` and `Presse`, proven over HTTP, and the rights of all
three groups with the press workflow (`Übersetzung` is proven in test_translator_role.py).

Each user is a plain account in one group, as migration home/0008 created it (the
fixtures in tests/home/conftest.py). Where a
request is denied, the same request by a user who may make it is sent as the control,
so a denial proves the missing right and not a malformed request. Pages and snippets
are built by each test below its own home page (`home_de`).
"""

import datetime
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import (
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)
from wagtail.snippets.models import get_snippet_models

from home.models import (
    EventIndexPage,
    FormField,
    FormPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from integration_pages.models import IntegrationConceptPage, ResolutionArchivePage
from snippets.models import Contact
from tests.support.factories import IntegrationConceptPageFactory, StandardPageFactory
from tests.support.forum_admin import add_data, edit_data
from tests.support.forum_data import counselling_service, office_contact
from tests.support.marks import indexed
from tests.support.roles import EDITORS, PRESS, TASK, TRANSLATORS, WORKFLOW, denied

pytestmark = [pytest.mark.django_db, indexed]


@pytest.fixture
def newsroom(home_de):
    """A German newsroom below the test's home page."""
    return home_de.add_child(instance=NewsIndexPage(title="Presse", slug="presse"))


@pytest.fixture
def fresh_home():
    """A home page of its own (no Site), so new section pages meet no other sections."""
    root = Page.get_first_root_node()
    return root.add_child(instance=HomePage(title="Teststadt", slug="teststadt"))


def _public_path(page):
    return urlsplit(Page.objects.get(pk=page.pk).specific.get_url()).path


def _add_release(client, user, newsroom, title, action, **fields):
    client.force_login(user)
    slug = slugify(title)
    page = NewsPage(slug=slug, date=datetime.date(2026, 5, 4), lead="Kurz gesagt.")
    data = add_data(page, title, action)
    data.update(fields)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "newspage", newsroom.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return NewsPage.objects.child_of(newsroom).get(slug=slug)


# --- The groups, their rights and the workflow -------------------------------------


def test_the_migration_creates_the_three_groups_and_the_press_workflow():
    """Groups, the workflow and its single task (approved by Redaktion) exist after migrate."""
    assert Group.objects.filter(name__in=[EDITORS, PRESS, TRANSLATORS]).count() == 3
    workflow = Workflow.objects.get(name=WORKFLOW)
    assert workflow.active
    tasks = [wt.task.specific for wt in workflow.workflow_tasks.all()]
    assert [t.name for t in tasks] == [TASK]
    assert list(tasks[0].groups.values_list("name", flat=True)) == [EDITORS]


def _page_codenames(group_name, page):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_page_rights_on_the_root_editors_everything_translators_only_edit():
    root = Page.get_first_root_node()
    assert _page_codenames(EDITORS, root) == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    assert _page_codenames(TRANSLATORS, root) == {"change_page"}
    assert _page_codenames(PRESS, root) == set()


@pytest.mark.parametrize("model", get_snippet_models(), ids=lambda m: m._meta.label)
def test_editors_manage_and_translators_edit_every_snippet_model(editor, translator, model):
    """A snippet model added later without rights for the two groups fails here."""
    opts = model._meta
    for action in ("add", "change", "delete", "view"):
        assert editor.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
    assert translator.has_perm(f"{opts.app_label}.change_{opts.model_name}")
    assert not translator.has_perm(f"{opts.app_label}.add_{opts.model_name}")
    assert not translator.has_perm(f"{opts.app_label}.delete_{opts.model_name}")


def test_model_rights_of_each_group(editor, press, translator):
    for perm in (
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.change_officesettings",
        "home.view_receipt",
        "wagtailredirects.change_redirect",
        "integration_pages.add_measuretask",
        "integration_pages.add_measureupdate",
        "integration_pages.add_frozenreport",
        "integration_pages.change_frozenreport",
    ):
        assert editor.has_perm(perm), perm
    # a frozen report is annotated, never deleted by the editorial office
    assert not editor.has_perm("integration_pages.delete_frozenreport")
    # what people sent in a prioritisation is for no one in the office to read or change
    for model in ("participant", "participationcode", "ballot", "prioritisationresult"):
        for user in (editor, press, translator):
            assert not user.has_perm(f"integration_pages.view_{model}"), (user, model)
            assert not user.has_perm(f"integration_pages.change_{model}"), (user, model)
    assert press.has_perm("wagtailadmin.access_admin")
    assert press.has_perm("snippets.change_topic")
    assert not press.has_perm("snippets.change_contact")
    assert not press.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert not translator.has_perm("home.view_receipt")
    assert not translator.has_perm("home.change_officesettings")


@pytest.mark.parametrize("model", [NewsIndexPage, EventIndexPage, ResolutionArchivePage])
def test_a_new_press_section_gets_press_rights_and_the_workflow(fresh_home, model):
    """The post_save signal gives every newly created press section, in any language,
    Presse's add/edit rights (no publishing) and the approval workflow."""
    section = fresh_home.add_child(instance=model(title="Bereich", slug="bereich"))
    assert _page_codenames(PRESS, section) == {"add_page", "change_page"}
    assert WorkflowPage.objects.get(page=section).workflow.name == WORKFLOW


# --- Presse submits, Redaktion approves ---------------------------------------------


def test_press_submits_a_release_cannot_publish_it_and_editors_approve_it(
    client, press, editor, newsroom
):
    page = _add_release(client, press, newsroom, "Neue Beratungszeiten", "action-submit")
    assert not page.live
    assert page.workflow_in_progress
    assert page.current_workflow_state.workflow.name == WORKFLOW
    assert client.get(_public_path(page)).status_code == 404

    # The editor offers Presse no "Publish" …
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.get(edit_url)
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    # … and a forged "Publish" does not publish.
    client.post(edit_url, edit_data(page, "Eigenmächtig veröffentlicht", publish=True))
    page.refresh_from_db()
    assert not page.live

    client.force_login(editor)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    assert task_state.task.name == TASK
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Neue Beratungszeiten"
    response = client.get(_public_path(page))
    assert response.status_code == 200
    assert "Neue Beratungszeiten" in response.content.decode()


def test_press_cannot_add_under_the_home_page_or_edit_the_concept(client, press, editor, home_de):
    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    assert isinstance(concept, IntegrationConceptPage)
    urls = [
        reverse("wagtailadmin_pages:add_subpage", args=[home_de.pk]),
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_de.pk]),
        reverse("wagtailadmin_pages:edit", args=[concept.pk]),
    ]
    client.force_login(press)
    for url in urls:
        assert denied(client.get(url)), url
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_press_cannot_open_counselling_services_but_manages_news_topics(client, press, editor):
    counselling_service()  # something in the listing to protect
    services = reverse("wagtailsnippets_snippets_counsellingservice:list")
    topics = reverse("wagtailsnippets_snippets_topic:list")
    client.force_login(press)
    assert denied(client.get(services))
    assert client.get(topics).status_code == 200
    client.force_login(editor)
    assert client.get(services).status_code == 200


# --- Redaktion ------------------------------------------------------------------------


def test_editors_edit_and_publish_a_standard_page(client, editor, home_de):
    page = StandardPageFactory(parent=home_de, slug="foerderung")
    page.save_revision().publish()
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, "Von der Redaktion veröffentlicht", publish=True),
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).title == "Von der Redaktion veröffentlicht"


def test_editors_edit_a_contact_snippet(client, editor, home_de):
    contact = office_contact("Stabsstelle Integration")
    assert contact.locale == home_de.locale
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_snippets_contact:edit", args=[contact.pk]),
        {
            "name": "Geänderter Name",
            "role": contact.role,
            "organisation": contact.organisation,
            "email": contact.email,
            "phone": contact.phone,
            "address": contact.address,
            "opening_hours": contact.opening_hours,
        },
    )
    assert response.status_code == 302
    assert Contact.objects.get(pk=contact.pk).name == "Geänderter Name"


@pytest.fixture
def form_submission(home_de):
    form = home_de.add_child(
        instance=FormPage(title="Testformular", slug="testformular", to_address="")
    )
    FormField.objects.create(
        page=form, locale=form.locale, label="Name", field_type="singleline", clean_name="name"
    )
    FormSubmission.objects.create(page=form, form_data={"name": "Ada Lovelace"})
    return form


def test_editors_read_form_submissions_press_and_translators_do_not(
    client, editor, press, translator, form_submission
):
    """Translators may edit every page (for translations), yet not read what people sent."""
    url = reverse("wagtailforms:list_submissions", args=[form_submission.pk])
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Ada Lovelace" in response.content.decode()
    for user in (press, translator):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Ada Lovelace" not in response.content.decode()
        listing = client.get(reverse("wagtailforms:index"))
        assert "Testformular" not in listing.content.decode()
