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
