from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.l10n.views import start_sync, translation_status
from home.parallel import parallel_response


# After Wagtail's own hooks, so a private page's view restriction is checked first.
@hooks.register("before_serve_page", order=100)
def parallel_reading(page, request, serve_args, serve_kwargs):
    code = request.GET.get("parallel")
    if code:
        return parallel_response(request, page, code)
    return None


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [
        path("reports/translations/", translation_status, name="translation_status"),
        path("reports/translations/sync/", start_sync, name="translation_status_sync"),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=700
    )
