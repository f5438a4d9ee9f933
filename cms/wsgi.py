import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

# Django's handler behind the page cache's fast path: a hit is answered before Django's
# request handling and middleware (cms/pagecache/fast_path.py).
django_application = get_wsgi_application()

from cms.pagecache.fast_path import wrap  # noqa: E402 - needs the settings set up

application = wrap(django_application)

# What the import made (modules, templates, URL patterns: some 270,000 objects) lives as
# long as the process. Frozen, the collector no longer walks it on every full collection,
# which took 9 ms of a concept page's 60 in a warm process; with gunicorn's preload
# (deploy/gunicorn) it is frozen in the master, so the workers also leave those pages
# unwritten and shared.
gc.freeze()
