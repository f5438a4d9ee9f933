from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class ReusableApp:
    """Mixed into the AppConfig of an app host projects install: it fixes its own key type,
    so a host's DEFAULT_AUTO_FIELD cannot change its migrations. Not an AppConfig itself,
    so Django still finds the one config in each apps module."""

    default_auto_field = "django.db.models.BigAutoField"


class SnippetsConfig(ReusableApp, AppConfig):
    name = "snippets"
    verbose_name = _("Shared snippets")
    # Rows its migrations and reference data create: not "content" to a backup's restore.
    reference_data_models = ["Language"]

    def ready(self):
        from wagtail.models import Locale

        from .reference import after_locale_saved, after_migrate

        post_migrate.connect(after_migrate, sender=self, dispatch_uid="snippets-language-names")
        post_save.connect(after_locale_saved, sender=Locale, dispatch_uid="snippets-language-names")
