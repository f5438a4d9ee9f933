"""Scheduled publishing: go-live and expiry times set in the admin take effect when due.

Editors set the times in the page editor; Wagtail's `publish_scheduled` command (run
by cron in production) makes the change when the time has come. The clock is moved
with time-machine, so the tests wait for nothing.
"""

import datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, Revision

from home.models import NewsIndexPage, NewsPage
from tests.support.forum_admin import add_data

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def newsroom(home_de):
    """The German Lübeck newsroom: the demo's, or a new one where the demo has none yet."""
    existing = NewsIndexPage.objects.child_of(home_de).first()
    if existing is not None:
        return existing
    return home_de.add_child(instance=NewsIndexPage(title="Presse", slug="presse"))


@pytest.fixture
def member(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(f"{group_name.lower()}-zeit", "", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def clock():
    """Stopped at the start of the current minute: the admin's times have no seconds."""
    start = timezone.now().replace(second=0, microsecond=0)
    with time_machine.travel(start, tick=False) as traveller:
        traveller.start = start
        yield traveller


def _admin_time(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _add_release(client, user, newsroom, title, action, **times):
    client.force_login(user)
    data = add_data(
        NewsPage(slug=slugify(title), date=datetime.date(2026, 5, 4), lead="Kurz gesagt."),
        title,
        action,
    )
    data.update({name: _admin_time(moment) for name, moment in times.items()})
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "newspage", newsroom.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return NewsPage.objects.child_of(newsroom).get(slug=slugify(title))


def _public_status(client, page):
    client.logout()
    path = urlsplit(Page.objects.get(pk=page.pk).specific.get_url()).path
    return client.get(path).status_code


def _scheduled(page):
    return Revision.objects.for_instance(page).filter(approved_go_live_at__isnull=False).exists()


def test_a_release_published_for_later_goes_live_when_due(client, member, newsroom, clock):
    """Published with a go-live time in an hour: hidden until then, public after the
    scheduler has run past that time (and not before)."""
    editor = member("Redaktion")
    go_live = clock.start + HOUR
    page = _add_release(
        client, editor, newsroom, "Sommerfest angekündigt", "action-publish", go_live_at=go_live
    )
    assert not page.live
    assert _scheduled(page)
    assert _public_status(client, page) == 404

    clock.shift(HOUR / 2)
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=page.pk).live

    clock.shift(HOUR * 1.5)
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert not _scheduled(page)
    assert _public_status(client, page) == 200


def test_a_release_with_an_expiry_time_goes_offline_when_due(client, member, newsroom, clock):
    """Published now with an expiry time in an hour: public until then, afterwards
    unpublished, marked expired and gone from the site."""
    editor = member("Redaktion")
    page = _add_release(
        client,
        editor,
        newsroom,
        "Anmeldung bis heute Abend",
        "action-publish",
        expire_at=clock.start + HOUR,
    )
    assert page.live
    assert _public_status(client, page) == 200

    clock.shift(HOUR * 2)
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert _public_status(client, page) == 404


def test_a_press_release_approved_before_its_go_live_time_waits_for_it(
    client, member, newsroom, clock
):
    """Presse sets the time, Redaktion approves early: approval schedules, the time publishes."""
    press, editor = member("Presse"), member("Redaktion")
    page = _add_release(
        client,
        press,
        newsroom,
        "Preisverleihung am Freitag",
        "action-submit",
        go_live_at=clock.start + HOUR,
    )
    assert page.workflow_in_progress
    client.force_login(editor)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    page.refresh_from_db()
    assert not page.workflow_in_progress
    assert not page.live
    assert _scheduled(page)

    clock.shift(HOUR * 2)
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert _public_status(client, page) == 200
