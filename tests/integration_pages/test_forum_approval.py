"""Approval of the Forum board's changes by the office: off by default, switched by a command."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, WorkflowPage

from integration_pages.models import ForumMeetingPage, ForumPage
from tests.support.forum_admin import edit_data
from tests.support.forum_data import build_forum

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(client, django_user_model):
    user = django_user_model.objects.create_user("vorstand", "v@example.org", "pw")
    user.groups.add(Group.objects.get(name="Forum-Vorstand"))
    return user


@pytest.fixture
def meeting(home_de):
    forum = build_forum(home_de)
    return ForumMeetingPage.objects.child_of(forum.page).first()


def _edit(client, user, page, title, action):
    client.force_login(user)
    data = edit_data(page, title)
    data[action] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_by_default_the_board_publishes_itself(client, board, meeting):
    assert not WorkflowPage.objects.filter(page__in=ForumPage.objects.all()).exists()
    _edit(client, board, meeting, "Direkt veröffentlicht", "action-publish")
    assert Page.objects.get(pk=meeting.pk).title == "Direkt veröffentlicht"


def test_with_approval_on_the_office_must_approve_before_a_change_goes_live(
    client, board, meeting, django_user_model
):
    call_command("forum_approval", "on", verbosity=0)
    # Publishing is no longer the board's to do …
    _edit(client, board, meeting, "Ohne Freigabe", "action-publish")
    assert Page.objects.get(pk=meeting.pk).title != "Ohne Freigabe"
    # … it submits the change to the office instead.
    _edit(client, board, meeting, "Mit Freigabe", "action-submit")
    page = Page.objects.get(pk=meeting.pk)
    assert page.workflow_in_progress
    assert page.title != "Mit Freigabe"
    office = django_user_model.objects.create_user("geschaeftsstelle", "g@example.org", "pw")
    office.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(office)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=meeting.pk).title == "Mit Freigabe"


def test_switching_approval_off_gives_the_board_its_publishing_back(client, board, meeting):
    call_command("forum_approval", "on", verbosity=0)
    call_command("forum_approval", "off", verbosity=0)
    assert not WorkflowPage.objects.filter(workflow__name="Forum-Freigabe").exists()
    _edit(client, board, meeting, "Wieder direkt", "action-publish")
    assert Page.objects.get(pk=meeting.pk).title == "Wieder direkt"


def test_approval_needs_an_existing_group():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("forum_approval", "on", approvers="Gibt es nicht", verbosity=0)
