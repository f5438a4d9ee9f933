import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
INTEGRATION_PAGES_PARTICIPATION_KEY = "test-only-participation-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-private-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests run background work at once; the queue itself is tested on the "database" backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Unit tests log staff in with force_login and no second factor; the tests of two-factor
# login (tests/home/test_two_factor.py) and the browser tests switch it on again.
OTP_REQUIRED = False
# Test databases are thrown away: no waiting for the disk at each commit. The demo's load
# commits once per language copy, some 1,400 times (on PostgreSQL 94 s instead of 100).
if DATABASES["default"]["ENGINE"] == "cms.db.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
