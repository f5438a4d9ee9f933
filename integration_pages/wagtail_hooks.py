from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from integration_pages.cache_dependents import shown_elsewhere
from integration_pages.concept import progress_admin
from integration_pages.concept.admin_views import MeasureListingViewSet
from integration_pages.core.admin_panels import YourSectionsPanel
from integration_pages.core.cache import QUERY_PARAMETERS
from integration_pages.core.privacy import document_hidden
from integration_pages.forum.access import keeps_section_whole
from integration_pages.models import ActionField, Dataset, EccarCommitment, ParticipationNotice
from integration_pages.monitoring.admin_views import DatasetUploadViewSetMixin
from snippets.declarations import in_admin_menu


class ActionFieldViewSet(SnippetViewSet):
    model = ActionField
    icon = "tag"
    menu_label = _("Fields of action")
    list_display = ["code", "title", "concept"]
    list_filter = ["concept"]
    search_fields = ["code", "title"]


register_snippet(in_admin_menu(ActionFieldViewSet, 210))


class EccarCommitmentViewSet(SnippetViewSet):
    model = EccarCommitment
    icon = "list-ol"
    menu_label = _("ECCAR commitments")
    list_display = ["number", "title"]


register_snippet(EccarCommitmentViewSet)


class DatasetViewSet(DatasetUploadViewSetMixin, SnippetViewSet):
    """Datasets, with the upload of their figures (monitoring/admin_views.py)."""

    model = Dataset
    icon = "table"
    menu_label = _("Datasets")
    list_display = ["title", "source", "unit"]
    search_fields = ["title", "source"]


register_snippet(in_admin_menu(DatasetViewSet, 220))


class ParticipationNoticeViewSet(SnippetViewSet):
    """The consent text and retention period of online participation."""

    model = ParticipationNotice
    icon = "lock"
    menu_label = _("Participation notices")
    list_display = ["title", "retention_days"]


register_snippet(ParticipationNoticeViewSet)


@hooks.register("register_admin_viewset")
def register_measure_listing():
    return MeasureListingViewSet("measures")


@hooks.register("construct_homepage_panels")
def add_your_sections_panel(request, panels):
    panel = YourSectionsPanel.for_user(request.user)
    if panel:
        panels.insert(0, panel)


@hooks.register("before_serve_document")
def keep_documents_of_restricted_pages_private(document, request):
    if document_hidden(document, request):
        raise Http404


# Before Wagtail's own check, which would send a visitor to the login form and so tell
# that the address exists. A password restriction keeps Wagtail's password form.
@hooks.register("before_serve_document", order=-1)
def keep_private_collections_unseen(document, request):
    # The root collection is where an upload lands when nobody chose a collection: what
    # is meant for the public goes into a collection below it, so the root is for staff
    # who may manage its documents.
    policy = policy_registry.get_by_type(type(document))
    if document.collection.is_root() and not (
        policy.user_has_any_permission_for_instance(request.user, ["change", "choose"], document)
    ):
        raise Http404
    for restriction in document.collection.get_view_restrictions():
        if restriction.restriction_type == restriction.PASSWORD:
            continue
        if not restriction.accept_request(request):
            raise Http404


SECTION_WHOLE = _(
    "The Forum section and pages with subpages stay in place: only the office may take "
    "them offline, move or delete them. Single pages you may publish and unpublish."
)


def _refuse_section_change(request, page):
    messages.error(request, SECTION_WHOLE)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


# Wagtail passes the move hook the destination too; where a page would go does not matter.
def keep_forum_section_whole(request, page, *destination):
    if keeps_section_whole(request.user, page):
        return _refuse_section_change(request, page)
    return None


for hook_name in ("before_unpublish_page", "before_move_page", "before_delete_page"):
    hooks.register(hook_name, keep_forum_section_whole)


@hooks.register("before_bulk_action")
def keep_forum_section_in_bulk(request, action_type, objects, action_class_instance):
    if action_type not in {"unpublish", "move", "delete"}:
        return None
    for page in objects:
        if hasattr(page, "numchild") and keeps_section_whole(request.user, page):
            return _refuse_section_change(request, page)
    return None


# A page cache in front (this project's cms.pagecache) learns from these what the plugin's
# pages read and show; the pages' own routes are their get_cached_paths() (cache.py).
@hooks.register("page_cache_query_parameters")
def plugin_query_parameters():
    return QUERY_PARAMETERS


@hooks.register("page_cache_dependents")
def plugin_pages_showing(obj):
    return shown_elsewhere(obj)


# The progress log and tasks of measures (concept/progress_admin.py).
progress_admin.register()


@hooks.register("register_admin_viewset")
def register_frozen_reports():
    from integration_pages.reports.admin import FrozenReportViewSet

    return FrozenReportViewSet()
