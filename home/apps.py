from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.images import get_image_model

        from integration_pages.core import shared_state
        from integration_pages.core.admin_forms import check_every_page_form

        from . import editorial_access  # noqa: F401  (press section rights, translators' limits)
        from .admin_dates import keep_typed_dates
        from .admin_errors import list_every_error
        from .localize_admin import localize_admin_in_admin_language
        from .models import OfficeSettings, VisitorInformation

        # What every page shows from them is kept per process (shared_state); a save of
        # the office settings, their visitor information, an image (the logo) or a search
        # promotion (search keeps which words have one) is news.
        shared_state.connect_signals(
            VisitorInformation,
            SearchPromotion,
            changes_only=(OfficeSettings, get_image_model()),
        )
        keep_typed_dates()
        localize_admin_in_admin_language()  # "4. Dezember 2026", not "4 December 2026"
        list_every_error()  # the admin's "could not be saved" lists each error, linked
        check_every_page_form()  # a slug taken by a draft says so; no negative amounts
