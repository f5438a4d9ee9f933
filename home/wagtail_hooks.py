from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.l10n.review import review_button, review_header_button, submit_for_review
from home.l10n.views import start_sync, translation_status
from home.models import VisitorInformation
from home.parallel import parallel_response
from home.submissions import receipt_file
from home.two_factor import two_factor_setup


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
        path(
            "translations/review/<int:page_id>/",
            submit_for_review,
            name="submit_translation_for_review",
        ),
    ]


hooks.register("register_page_listing_more_buttons", review_button)
hooks.register("register_page_header_buttons", review_header_button)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("two-factor/", two_factor_setup, name="two_factor_setup")]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-factor login"),
        "help_text": _("A code from an authenticator app at every login, besides the password."),
    }


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=700
    )


@hooks.register("register_admin_urls")
def receipt_urls():
    return [path("receipts/<int:receipt_id>/", receipt_file, name="receipt_file")]


@hooks.register("register_permissions")
def receipt_permissions():
    # Lets administrators grant "view receipt" to a group in the group editor.
    return Permission.objects.filter(content_type__app_label="home", codename="view_receipt")


@hooks.register("register_admin_urls", order=-1)
def document_upload_urls():
    from home import document_uploads

    return document_uploads.urls()


@hooks.register("register_admin_urls", order=-1)
def guarded_translation_urls():
    # Before wagtail-localize's URLs: its PO upload and machine translation, guarded
    # against bad files and failing services (home/l10n/guards.py).
    from home.l10n import guards

    return guards.urls()


# The list of errors at the top of admin forms (home/admin_errors.py): what makes its links
# select the tab their field is on, and its look on Wagtail's red message. On every admin
# page, as any create or edit view of a model can show the list; both files are small.
@hooks.register("insert_global_admin_js")
def error_summary_js():
    return format_html(
        '<script src="{}" defer></script>', versioned_static("home/admin/error-summary.js")
    )


@hooks.register("insert_global_admin_css")
def error_summary_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', versioned_static("home/admin/error-summary.css")
    )


@hooks.register("insert_editor_js")
def translation_heading_js():
    # wagtail-localize's translation editor calls this hook too; see the script for why.
    return format_html(
        '<script src="{}" defer></script>', versioned_static("home/admin/translation-heading.js")
    )


@hooks.register("insert_editor_js")
def rich_text_label_js():
    # Names the rich text editors for screen readers; see the script for why.
    return format_html(
        '<script src="{}" defer></script>', versioned_static("home/admin/rich-text-label.js")
    )


# The page cache (cms.pagecache) learns from these what the site's own pages read and show.
@hooks.register("page_cache_query_parameters")
def site_query_parameters():
    return ["topic", "year", "parallel"]  # newsroom filters; parallel reading


@hooks.register("page_cache_dependents")
def site_pages_showing(obj):
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q

    from home.models import NewsIndexPage, NewsPage
    from snippets.models import Topic

    if isinstance(obj, Topic):  # the newsroom's filter and each release's topics
        types = ContentType.objects.get_for_models(NewsIndexPage, NewsPage).values()
        return Q(content_type__in=list(types))
    return None


class VisitorInformationViewSet(SnippetViewSet):
    """Opening hours, directions and accessibility of the office (home.models.office),
    chosen in the office settings."""

    model = VisitorInformation
    icon = "time"
    menu_label = _("Visitor information")
    list_display = ["name", "locale"]


register_snippet(VisitorInformationViewSet)
