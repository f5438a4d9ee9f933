"""Editors publish while the background worker drains a long queue (issue 17).

Run as a program against a copy of the test database with a small site built into it
(tests/cms/test_worker_concurrency.py makes the copy and reads the JSON this prints):

    DJANGO_SETTINGS_MODULE=tests.support.worker_settings DATABASE_URL=… \
        python -m tests.support.concurrency_drive

It queues `--tasks` real index updates (search and reference index of the site's
pages), starts the project's worker as its own process, and once the worker is busy has
`--editors` threads publish new press releases through the admin at the same time, as
editors in several browser tabs would. A save that fails (503, "database is locked")
is recorded, not raised: the test decides.
"""

import argparse
import itertools
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]


def queue_index_updates(count):
    from django.db import transaction
    from modelsearch.tasks import insert_or_update_object_task
    from wagtail.models import Page
    from wagtail.tasks import update_reference_index_task

    pages = [
        (page.specific_class._meta.app_label, page.specific_class._meta.model_name, str(page.pk))
        for page in Page.objects.filter(depth__gt=1).order_by("pk")[:500]
    ]
    tasks = itertools.cycle([insert_or_update_object_task, update_reference_index_task])
    targets = itertools.cycle(pages)
    for start in range(0, count, 1000):
        with transaction.atomic():
            for _ in range(min(1000, count - start)):
                next(tasks).enqueue(*next(targets))


def task_counts():
    from django_tasks_db.models import DBTaskResult

    return {
        status: DBTaskResult.objects.filter(status=status).count()
        for status in ("READY", "RUNNING", "SUCCESSFUL", "FAILED")
    }


def start_worker():
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.2"],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_busy(worker, done_at_least, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise SystemExit(f"the worker stopped: {worker.stderr.read()[-2000:]}")
        if task_counts()["SUCCESSFUL"] >= done_at_least:
            return
        time.sleep(0.2)
    raise SystemExit("the worker did not start working off the queue")


def editor_account():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="gleichzeitig", defaults={"is_superuser": True, "is_staff": True}
    )
    return user


def publish_releases(user, editor_number, saves, outcomes):
    from django.db import close_old_connections
    from django.test import Client
    from django.urls import reverse
    from django.utils.text import slugify
    from wagtail.models import Locale

    from home.models import HomePage, NewsIndexPage, NewsPage
    from tests.support.forum_admin import add_data

    client = Client(raise_request_exception=False)
    client.force_login(user)
    home = HomePage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    newsroom = NewsIndexPage.objects.child_of(home).first()
    url = reverse("wagtailadmin_pages:add", args=["home", "newspage", newsroom.pk])
    for number in range(saves):
        title = f"Gleichzeitig gespeichert {editor_number}-{number}"
        page = NewsPage(slug=slugify(title), lead="Kurz gesagt.")
        started = time.monotonic()
        try:
            response = client.post(url, add_data(page, title, "action-publish"))
            status, error = response.status_code, ""
            if status != 302:
                error = response.content.decode(errors="replace")[:300]
        except Exception as exception:  # noqa: BLE001 - the test reports every failure
            status, error = 0, repr(exception)
        outcomes.append(
            {"status": status, "error": error, "seconds": round(time.monotonic() - started, 3)}
        )
    close_old_connections()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--editors", type=int, default=4)
    parser.add_argument("--saves", type=int, default=5)
    options = parser.parse_args()

    django.setup()
    user = editor_account()
    queued_at = time.monotonic()
    queue_index_updates(options.tasks)
    queued_seconds = time.monotonic() - queued_at
    worker = start_worker()
    try:
        wait_until_busy(worker, done_at_least=20)
        before = task_counts()
        outcomes = []
        editors = [
            threading.Thread(target=publish_releases, args=(user, number, options.saves, outcomes))
            for number in range(options.editors)
        ]
        for editor in editors:
            editor.start()
        for editor in editors:
            editor.join()
        after = task_counts()
    finally:
        worker.terminate()
        try:
            _, worker_errors = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            _, worker_errors = worker.communicate()

    from home.models import NewsPage

    print(
        json.dumps(
            {
                "queued_seconds": round(queued_seconds, 1),
                "before": before,
                "after": after,
                "saves": outcomes,
                "published": NewsPage.objects.filter(
                    title__startswith="Gleichzeitig gespeichert", live=True
                ).count(),
                "worker_errors": worker_errors[-3000:],
            }
        )
    )


if __name__ == "__main__":
    main()
