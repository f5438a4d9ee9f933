"""A measure's progress log and tasks: an entry that changes the status changes the measure
in every language without publishing an editor's draft; the public page shows the log as a
timeline (marked German where the reader's language differs) and the values it reported;
only those who may edit the measure write to it."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from integration_pages.concept.progress import record_update
from integration_pages.models import MeasurePage, MeasureStatus, MeasureTask, MeasureUpdate
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
)
from tests.support.site import translated

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

INDICATOR = {
    "name": "Teilnehmende",
    "unit": "Personen",
    "baseline": Decimal(10),
    "target_value": None,
    "target_date": None,
    "values": [],
}


@pytest.fixture
def measure(home_de):
    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    page = MeasurePageFactory(
        parent=GoalPageFactory(parent=concept, slug="ziel"),
        slug="sprachcafe",
        title="Sprachcafé",
        status=MeasureStatus.PLANNED,
        indicators=[("indicator", INDICATOR)],
    )
    page.save_revision().publish()
    return MeasurePage.objects.get(pk=page.pk)


def test_a_status_change_in_the_log_sets_the_status_in_every_language(measure, admin_user):
    arabic = translated(measure, "ar")
    record_update(measure, note="Gestartet.", author=admin_user, new_status="in_progress")
    for page in (measure, arabic):
        page = MeasurePage.objects.get(pk=page.pk)
        assert page.status == "in_progress"
        assert page.live_revision.content["status"] == "in_progress"
    entry = MeasureUpdate.objects.get(measure=measure)
    assert (entry.old_status, entry.new_status, entry.measure_id) == (
        "planned",
        "in_progress",
        measure.pk,
    )


def test_a_status_change_does_not_publish_the_editors_draft(measure, admin_user):
    draft = MeasurePage.objects.get(pk=measure.pk)
    draft.summary = "Entwurf, noch nicht freigegeben."
    draft.save_revision(user=admin_user)
    record_update(measure, note="Gestartet.", author=admin_user, new_status="in_progress")
    live = MeasurePage.objects.get(pk=measure.pk)
    assert live.summary != "Entwurf, noch nicht freigegeben."
    latest = live.get_latest_revision_as_object()
    assert latest.summary == "Entwurf, noch nicht freigegeben."
    assert latest.status == "in_progress"


def test_the_public_page_shows_the_timeline_and_the_reported_value(client, measure, admin_user):
    block_id = measure.indicators[0].id
    record_update(
        measure,
        note="Erste Runde mit 14 Teilnehmenden.",
        author=admin_user,
        new_status="in_progress",
        date=datetime.date(2026, 3, 1),
        indicator=block_id,
        value=Decimal(14),
    )
    html = client.get(measure.url).content.decode()
    assert "Erste Runde mit 14 Teilnehmenden." in html
    assert 'datetime="2026-03-01"' in html
    # the value is in the indicator's table beside the chart, under its date
    table = html[html.index('class="kern-table indicator"') :]
    assert '<time datetime="2026-03-01">1. März 2026</time></th><td>14</td>' in table


def test_a_reader_in_arabic_sees_the_log_marked_as_german(client, measure, admin_user):
    record_update(measure, note="Gestartet.", author=admin_user)
    arabic = translated(measure, "ar")
    html = client.get(arabic.url).content.decode()
    assert '<p lang="de" dir="ltr">Gestartet.</p>' in html


def test_an_editor_writes_an_entry_and_a_task_in_the_admin(superuser_client, measure):
    url = reverse("integration_pages_measure_progress", args=[measure.pk])
    assert superuser_client.get(url).status_code == 200
    response = superuser_client.post(
        url,
        {"action": "update", "date": "2026-04-01", "new_status": "implemented", "note": "Fertig."},
    )
    assert response.status_code == 302
    assert MeasurePage.objects.get(pk=measure.pk).status == "implemented"
    response = superuser_client.post(
        url, {"action": "task", "title": "Bericht schreiben", "due_date": "2026-05-01"}
    )
    assert response.status_code == 302
    task = MeasureTask.objects.get(measure=measure)
    superuser_client.post(url, {"action": "done", "task": task.pk})
    task.refresh_from_db()
    assert task.done_on is not None


def test_a_bad_entry_keeps_what_was_typed_and_says_why(superuser_client, measure):
    url = reverse("integration_pages_measure_progress", args=[measure.pk])
    response = superuser_client.post(
        url,
        {"action": "update", "date": "2026-04-01", "note": "Wert ohne Indikator.", "value": "5"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wert ohne Indikator." in html
    assert not MeasureUpdate.objects.filter(measure=measure).exists()


def test_someone_who_may_not_edit_the_measure_cannot_write_to_its_log(
    client, measure, django_user_model
):
    # may use the admin, but has no right on any page
    user = django_user_model.objects.create_user("leser", password="leser-pw-12345")
    group = Group.objects.create(name="Leser")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    url = reverse("integration_pages_measure_progress", args=[measure.pk])
    response = client.post(url, {"action": "update", "date": "2026-04-01", "note": "x"})
    assert response.status_code in (302, 403)
    assert not MeasureUpdate.objects.filter(measure=measure).exists()
