"""Production settings as they are, plus one trivial view: the cached pass of `make bench`.

The issue measures a page-cache hit against what the application server can do at all:
a view that returns a few bytes through the whole middleware stack, served by the same
gunicorn with the same settings. Its URL exists only here (bench/trivial_view.py), never
in production, and the page cache leaves it alone, so it measures Django, not Redis.
"""

from cms.pagecache.store import DEFAULT_EXCLUDED
from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.trivial_view"
TRIVIAL_VIEW_PATH = "/bench/trivial/"
PAGE_CACHE_EXCLUDED = rf"{DEFAULT_EXCLUDED}|^/bench/"
