"""Wagtail's page for uploading documents, opened on the public collection.

Wagtail preselects the collection named in the address and otherwise the first one, the
root, whose documents are not served to the public: an editor who uploads a flyer
without looking at the collection would link a download nobody can open.
"""

from django.shortcuts import redirect
from django.urls import path
from wagtail.documents import get_document_model
from wagtail.documents.views.multiple import AddView
from wagtail.permissions import policy_registry

from cms.ops.uploads import public_collection

wagtail_add_view = AddView.as_view()


def add_documents(request):
    if request.method == "GET" and "collection_id" not in request.GET:
        policy = policy_registry.get_by_type(get_document_model())
        allowed = policy.collections_user_has_permission_for(request.user, "add")
        public = public_collection(allowed)
        if public is not None:
            query = request.GET.copy()
            query["collection_id"] = str(public.pk)
            return redirect(f"{request.path}?{query.urlencode()}")
    return wagtail_add_view(request)


def urls():
    """Placed before Wagtail's own documents URLs, so this view answers their address."""
    return [path("documents/multiple/add/", add_documents, name="add_documents_public_first")]
