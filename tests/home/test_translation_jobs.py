"""Heavy translation work runs on a real queue, not in the web request that asks for it."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page

from home.l10n import jobs
from home.l10n.sync import status_rows
from home.models import StandardPage
from integration_pages.core.translation_states import MISSING, SYNCED
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]


@pytest.fixture
def queued(monkeypatch):
    """wagtail-localize's job backend on the database queue (tests otherwise run jobs at once)."""
    from wagtail_localize import tasks as localize_tasks
    from wagtail_localize.views import submit_translations

    backend = jobs.TasksJobBackend({"TASK_BACKEND": "database"})
    # wagtail-localize binds the backend at import, in its module and in the view.
    monkeypatch.setattr(localize_tasks, "background", backend)
    monkeypatch.setattr(submit_translations, "background", backend)
    return backend


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "pw"))
    return client


def _work_off_the_queue():
    # The worker closes stale connections between tasks; inside a test that would close
    # the test's own transaction on PostgreSQL, so it is left open here.
    from unittest import mock

    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        _run_worker()


def _run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--backend", "database", verbosity=0)


def test_the_admin_s_bulk_sync_is_queued_and_done_by_the_worker(admin_client, queued, home_de):
    page = home_de.add_child(instance=StandardPage(title="Warteschlange", slug="warteschlange"))
    page.save_revision().publish()
    response = admin_client.post(reverse("translation_status_sync"))
    assert response.status_code == 302
    # The request only queued the work …
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert set(status_rows(objects=[page])[0].statuses.values()) == {MISSING}
    # … which the worker does.
    _work_off_the_queue()
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1
    assert set(status_rows(objects=[page])[0].statuses.values()) <= set(SYNCED)
    assert jobs.progress()["finished"]
    html = admin_client.get(reverse("translation_status")).content.decode()
    assert "translation-status__progress" in html


def test_translating_a_subtree_in_the_admin_queues_the_subtree(admin_client, queued, home_de):
    parent = home_de.add_child(instance=StandardPage(title="Eltern", slug="eltern-seite"))
    parent.save_revision().publish()
    child = parent.add_child(instance=StandardPage(title="Kind", slug="kind-seite"))
    child.save_revision().publish()
    turkish = Locale.objects.get(language_code="tr")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[parent.pk]),
        {"locales": [turkish.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    assert parent.has_translation(turkish)  # the page itself, at once
    assert not Page.objects.filter(translation_key=child.translation_key, locale=turkish).exists()
    _work_off_the_queue()
    assert Page.objects.filter(translation_key=child.translation_key, locale=turkish).exists()


def test_with_redis_the_jobs_go_to_rq(settings, home_de, django_capture_on_commit_callbacks):
    import django_rq
    from wagtail_localize.tasks import DjangoRQJobBackend

    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:6379/14"}}
    queue = django_rq.get_queue("default")
    queue.empty()
    page = home_de.add_child(instance=StandardPage(title="Per RQ", slug="per-rq"))
    page.save_revision().publish()
    # django-rq enqueues when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        DjangoRQJobBackend({"QUEUE": "default"}).enqueue(jobs.sync_translations_job, [], {})
    assert queue.count == 1
    assert set(status_rows(objects=[page])[0].statuses.values()) == {MISSING}
    # A worker that runs jobs in this process, so it sees this test's transaction.
    django_rq.get_worker("default", worker_class="rq.worker.SimpleWorker").work(burst=True)
    assert set(status_rows(objects=[page])[0].statuses.values()) <= set(SYNCED)
