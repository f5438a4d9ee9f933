from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.page_cache import connect_signals

        from . import editorial_access  # noqa: F401  (press section rights, translators' limits)
        from .admin_dates import keep_typed_dates

        keep_typed_dates()

        connect_signals()  # purge the page cache when pages, snippets or settings change
