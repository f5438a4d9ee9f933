from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Listed after wagtail.contrib.frontend_cache: its publish handlers are replaced here."""

    name = "cms.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from .purge import connect_signals

        connect_signals()
