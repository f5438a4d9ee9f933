"""Workflows that fit the office (issue 17): Wagtail's stock "Moderators approval", for a
group nobody belongs to, is switched off by migration home/0010; pages outside the press
sections are published directly by those who may publish, and nothing that was
submitted to the stock workflow keeps Redaktion out of a page."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowPage

from home.editorial_access import EDITORS, WORKFLOW
from tests.concept_data import add_measure, make_concept
from tests.factories import GoalPageFactory

pytestmark = pytest.mark.django_db
retire = importlib.import_module("home.migrations.0010_retire_stock_workflow").retire


@pytest.fixture
def measure(home_de):
    concept, _fields, _units = make_concept(home_de)
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel")
    return add_measure(goal, "sprachkurs")


def test_no_page_is_under_the_stock_workflow_and_measures_have_none(measure):
    stock = Workflow.objects.get(name="Moderators approval")
    assert not stock.active
    assert not WorkflowPage.objects.filter(workflow=stock).exists()
    assert measure.get_workflow() is None


def test_the_press_sections_keep_redaktionsfreigabe():
    newsroom = Page.objects.filter(locale__language_code="de").type(
        apps.get_model("home", "NewsIndexPage")
    )
    assert newsroom.exists()
    for page in newsroom:
        assert page.get_workflow().name == WORKFLOW


def test_a_submission_left_in_the_stock_workflow_no_longer_locks_redaktion_out(
    measure, django_user_model
):
    """As on an installation from before the migration: the stock workflow active on the
    root, a translator's draft submitted to it. After the migration the submission is
    cancelled and Redaktion edits and publishes the page."""
    stock = Workflow.objects.get(name="Moderators approval")
    stock.active = True
    stock.save()
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=stock)
    translator = django_user_model.objects.create_user("uebersetzerin", password="x")
    measure.save_revision(user=translator)
    stock.start(measure, translator)
    editor = django_user_model.objects.create_user("redakteur", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    measure.refresh_from_db()
    assert measure.workflow_in_progress
    assert measure.get_lock().for_user(editor)  # locked: only Moderators may act

    retire(apps, None)

    measure.refresh_from_db()
    assert not measure.workflow_in_progress
    assert measure.get_lock() is None
    permissions = measure.permissions_for_user(editor)
    assert permissions.can_edit() and permissions.can_publish()
    assert measure.get_workflow() is None


def test_a_press_release_submitted_for_approval_is_mailed_to_redaktion(mailoutbox):
    """The demo accounts have addresses, so Wagtail's workflow notifications reach
    someone: a release the press office submits is mailed to Redaktion."""
    import io

    from django.core.management import call_command

    from home.models import NewsPage

    call_command("ensure_demo_users", stdout=io.StringIO())
    User = apps.get_model("auth", "User")
    press = User.objects.get(username="presse")
    assert press.email == "presse@example.org"
    release = NewsPage.objects.filter(locale__language_code="de").first()
    release.save_revision(user=press)
    release.get_workflow().start(release, press)
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert "redaktion@example.org" in recipients
    assert any(release.title in mail.subject for mail in mailoutbox)
