"""A translator submits a finished page translation to its review workflow.

wagtail-localize's translation editor saves drafts and, for those who may, publishes; it
offers no workflow. A translator, who may not publish, therefore had no way in the admin to
hand a finished translation to Redaktion. This view does it: the page's draft (saved in the
translation editor) goes to the workflow of its tree, "Übersetzung prüfen", and Redaktion
approves and publishes it. It is offered in the page explorer's menu of a translated page.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import widgets
from wagtail.models import Page


def can_submit(page, user):
    """A translated page with an active workflow, none running, that `user` may edit."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return False
    workflow = page.get_workflow()
    return (
        workflow is not None
        and workflow.active
        and not page.workflow_in_progress
        and page.permissions_for_user(user).can_edit()
    )


def submit_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    done = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    if not can_submit(page, request.user):
        if page.workflow_in_progress:
            messages.warning(
                request, _("“%(title)s” is already awaiting review.") % {"title": page}
            )
        else:
            messages.error(
                request, _("“%(title)s” cannot be submitted for review.") % {"title": page}
            )
        return redirect(done)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "home/admin/submit_for_review.html",
            {"page": page, "workflow": workflow, "cancel_url": done},
        )
    if page.latest_revision is None:
        page.save_revision(user=request.user)
    workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” was submitted to “%(workflow)s”. Redaktion reviews and publishes it.")
        % {"title": page, "workflow": workflow.name},
    )
    return redirect(done)


def review_button(page, user, next_url=None):
    if can_submit(page, user):
        yield widgets.ListingButton(
            _("Submit for review"),
            reverse("submit_translation_for_review", args=[page.pk]),
            priority=45,
        )


def review_header_button(page, user, view_name, next_url=None):
    yield from review_button(page, user, next_url)
