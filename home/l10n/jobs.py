"""Translation work that is too long for a web request runs on a queue.

wagtail-localize hands its heavy jobs (translating a page with its subtree, syncing a
locale) to `WAGTAILLOCALIZE_JOBS`: RQ on Redis when `REDIS_URL` is set, otherwise the
`TasksJobBackend` below on Django's task framework with a database-backed worker. The
bulk sync of the translation status report goes the same way.
"""

import base64
import pickle

from django.core.cache import cache
from django_tasks import task
from wagtail_localize.tasks import BaseJobBackend

PROGRESS_KEY = "translation-sync-progress"


@task()
def run_job(payload):
    func, args, kwargs = pickle.loads(base64.b64decode(payload))  # noqa: S301 (see below)
    func(*args, **kwargs)


class TasksJobBackend(BaseJobBackend):
    """wagtail-localize's jobs as Django tasks.

    Their arguments include model instances (locales, the user), which the task
    framework's JSON cannot carry, so they are pickled; the payload is written and
    read only by this site's own processes through its own database.
    """

    def __init__(self, options):
        self.task_backend = options.get("TASK_BACKEND", "default")

    def enqueue(self, func, args, kwargs):
        payload = base64.b64encode(pickle.dumps((func, list(args), dict(kwargs)))).decode()
        return run_job.using(backend=self.task_backend).enqueue(payload)


def sync_translations_job(publish=None):
    """The bulk sync, reporting its progress where the status report can show it."""
    from .sync import sync_all

    cache.set(PROGRESS_KEY, {"done": 0, "total": None, "finished": False}, 3600)
    report = sync_all(publish=publish, progress=_progress)
    cache.set(
        PROGRESS_KEY,
        {
            "done": report.created + report.updated + report.unchanged + len(report.failed),
            "total": report.created + report.updated + report.unchanged + len(report.failed),
            "finished": True,
            "created": report.created,
            "updated": report.updated,
            "failed": len(report.failed),
        },
        3600,
    )


def _progress(done, total):
    if done == total or done % 20 == 0:
        cache.set(PROGRESS_KEY, {"done": done, "total": total, "finished": False}, 3600)


def progress():
    return cache.get(PROGRESS_KEY)
