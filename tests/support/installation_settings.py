"""Settings of a second installation the backup tests restore into: the test settings with
the media folders the test names (the test settings make fresh ones in every process)."""

import os

from cms.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["INSTALLATION_MEDIA_ROOT"]
PRIVATE_MEDIA_ROOT = os.environ["INSTALLATION_PRIVATE_MEDIA_ROOT"]
