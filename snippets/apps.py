from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SnippetsConfig(AppConfig):
    name = "snippets"
    verbose_name = _("Shared snippets")
    default_auto_field = "django.db.models.BigAutoField"
