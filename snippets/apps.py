from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class SnippetsConfig(AppConfig):
    name = "snippets"
    verbose_name = _("Shared snippets")
    default_auto_field = "django.db.models.BigAutoField"
    # Rows its migrations and reference data create: not "content" to a backup's restore.
    reference_data_models = ["Language"]

    def ready(self):
        from wagtail.models import Locale

        from .reference import after_locale_saved, after_migrate

        post_migrate.connect(after_migrate, sender=self, dispatch_uid="snippets-language-names")
        post_save.connect(after_locale_saved, sender=Locale, dispatch_uid="snippets-language-names")
