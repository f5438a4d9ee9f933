"""The test settings with the real database-backed queue, for the processes that
tests/support/concurrency_drive.py starts (the unit tests run background work at once)."""

from cms.settings.test import *  # noqa: F403

TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
