import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

# Django's handler behind the page cache's fast path: a hit is answered before Django's
# request handling and middleware (cms/pagecache/fast_path.py).
django_application = get_wsgi_application()

from cms.pagecache.fast_path import wrap  # noqa: E402 - needs the settings set up

application = wrap(django_application)
