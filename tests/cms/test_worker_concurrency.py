"""No save is lost while the background worker drains a long queue (issue 17).

After `make demo` the worker used to work through thousands of queued index updates
while the first editors published; on SQLite four of their saves answered 503
"database is locked". Here four editors publish press releases through the admin, five
each at once, while the project's worker (its own process, as in `make demo`) drains
10,000 queued index updates from a copy of the test database, on SQLite and on
PostgreSQL, whichever the suite runs on. The copy gets a small site of its own first (a
page of every type, the newsroom among them: tests.support.translation_data.every_page_type), built
by a process of its own like the demo. Every save must succeed and the worker must have
gone on working meanwhile, without a failed task.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.database_copy import copied_database
from tests.support.marks import indexed

ROOT = Path(__file__).resolve().parents[2]
TASKS, EDITORS, SAVES = 10_000, 4, 5


@pytest.fixture
def database_copy(django_db_setup, django_db_blocker, tmp_path):
    """A copy of this worker's test database that other processes can open, with a small
    site built into it (see build_site)."""
    with django_db_blocker.unblock(), copied_database(tmp_path) as url:
        yield build_site(url)


def build_site(database_url):
    """Builds a German home page with one page of every type below it (the newsroom the
    editors publish in, and the pages whose index updates are queued) into the database at
    `database_url`, in a process of its own, and returns the URL. Nothing is queued: it
    builds as the demo does, without index updates."""
    run_python(database_url, ["-c", BUILD_SITE], timeout=300)
    return database_url


def run_python(database_url, arguments, timeout):
    """Python run with `arguments` in a process of its own, with the worker's settings on
    the database at `database_url`; it must succeed within `timeout` seconds."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.support.worker_settings",
        "DATABASE_URL": database_url,
    }
    run = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return run


BUILD_SITE = """
import django
django.setup()
from django.db import transaction
from home.indexing import index_updates_deferred
from tests.support.translation_data import every_page_type
from tests.support.site import build_home
with transaction.atomic(), index_updates_deferred():
    every_page_type(build_home())
"""


def test_every_save_succeeds_while_the_worker_drains_ten_thousand_tasks(database_copy):
    arguments = ["--tasks", str(TASKS), "--editors", str(EDITORS), "--saves", str(SAVES)]
    run = run_python(
        database_copy, ["-m", "tests.support.concurrency_drive", *arguments], timeout=600
    )
    report = json.loads(run.stdout.strip().splitlines()[-1])

    seconds = sorted(save["seconds"] for save in report["saves"])
    print("saves (s):", seconds, "tasks:", report["before"], "→", report["after"])
    failed = [save for save in report["saves"] if save["status"] != 302]
    assert len(report["saves"]) == EDITORS * SAVES
    assert not failed, failed
    assert report["published"] == EDITORS * SAVES
    # The saves really overlapped with the draining: the worker finished tasks between
    # the first and the last save and still had work queued when they were done.
    assert report["after"]["SUCCESSFUL"] > report["before"]["SUCCESSFUL"]
    assert report["after"]["READY"] > 0
    assert report["after"]["FAILED"] == 0, report["worker_errors"]
    assert "locked" not in report["worker_errors"]


# Marked for the database, this test also has pytest-django build the test database when
# this module runs alone: the test above copies it without a transaction of its own.
@indexed
@pytest.mark.django_db
def test_bulk_work_queues_no_index_updates(home_de):
    """A save queues its search and reference index updates; inside bulk work (the demo,
    a sync of all translations) nothing is queued and index_in_bulk indexes it."""
    from django_tasks.signals import task_enqueued
    from wagtail.models import ReferenceIndex

    from home.indexing import index_in_bulk, index_updates_deferred
    from snippets.models import Organisation
    from tests.support.factories import (
        GoalPageFactory,
        IntegrationConceptPageFactory,
        MeasurePageFactory,
    )

    queued = []

    def count(sender, task_result, **kwargs):
        queued.append(task_result.task.name)

    concept = IntegrationConceptPageFactory(parent=home_de, slug="integrationskonzept")
    goal = GoalPageFactory(parent=concept, slug="sprache")
    unit = Organisation.objects.create(name="Amt für Bildung", locale=home_de.locale)
    measure = MeasurePageFactory(parent=goal, slug="sprachcafe", responsible_unit=unit)
    references = ReferenceIndex.objects.filter(object_id=str(measure.pk))
    task_enqueued.connect(count)
    try:
        measure.save()
        assert sorted(queued) == ["insert_or_update_object_task", "update_reference_index_task"]
        queued.clear()
        references.delete()
        with index_updates_deferred():
            measure.save()
        assert queued == []
        assert not references.exists()
    finally:
        task_enqueued.disconnect(count)
    index_in_bulk([measure])
    assert references.exists()
