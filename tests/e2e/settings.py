"""Settings of the site the browser tests serve: the test settings, with the database and
media folders the harness chooses (shared by the process that builds the demo and the
server that serves it)."""

import os

from cms.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["E2E_MEDIA_ROOT"]
PRIVATE_MEDIA_ROOT = os.environ["E2E_PRIVATE_MEDIA_ROOT"]
ROOT_URLCONF = "tests.e2e.urls"
# The Forum board and press journeys log in through the real admin over plain http.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The browser tests log in as a real editor does: password, then the authenticator code.
OTP_REQUIRED = True
# Mails are files beside the server's own database copy (tests/support/demo_site.py gives
# each server a folder of its own), where a journey reads the link it was sent; an
# in-memory outbox would be the server process's, out of the tests' reach.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.path.join(os.path.dirname(DATABASES["default"]["NAME"]), "mail")  # noqa: F405
