"""Production settings for the application nodes tests/cms/test_two_nodes.py starts: as
cms.settings.production, but the templates name the static files without the manifest
that `collectstatic` writes, and WhiteNoise finds them in the apps' folders (the health
probe of deploy/varnish/cluster.py asks for one). A test has no time to collect them."""

from cms.settings.production import *  # noqa: F403

STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
