"""The Forum board's rights: its own page subtree and its own media collection.

Wagtail's group page permissions are inherited by every page below the page they
are set on (like Plone's local roles). The group and its collection come from a
data migration; the page permissions are added whenever a Forum page is created,
in any language, because the page does not exist when migrations run.

By default the board publishes itself. `manage.py forum_approval on` switches on
approval by the office: the board loses the right to publish and its changes go
through a workflow on the Forum subtree; `off` switches back.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from integration_pages.models import ForumPage

# The same names and rights as in migration 0005, which created the group and collection.
BOARD_GROUP = "Forum-Vorstand"
BOARD_COLLECTION = "Forum"
# Add, edit, publish (and so unpublish), lock and unlock; no bulk delete, so the
# board can delete a single meeting or news item but never the section itself.
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
APPROVAL_WORKFLOW = "Forum-Freigabe"
APPROVAL_TASK = "Freigabe von Forum-Seiten durch die Geschäftsstelle"


def approval_required():
    return WorkflowPage.objects.filter(workflow__name=APPROVAL_WORKFLOW).exists()


def grant_board_pages(page, group=None):
    group = group or Group.objects.filter(name=BOARD_GROUP).first()
    if group is None:
        return
    codenames = list(PAGE_PERMISSIONS)
    if approval_required():
        codenames.remove("publish_page")
        workflow = Workflow.objects.get(name=APPROVAL_WORKFLOW)
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save, sender=ForumPage, dispatch_uid="forum_board_pages")
def forum_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_board_pages(instance)


@transaction.atomic
def require_approval(approvers):
    """Board changes to Forum pages need approval by the `approvers` group to go live."""
    workflow, _ = Workflow.objects.get_or_create(name=APPROVAL_WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK)
    task.groups.set([approvers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in ForumPage.objects.all():
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    GroupPagePermission.objects.filter(
        group__name=BOARD_GROUP, permission__codename="publish_page"
    ).delete()


@transaction.atomic
def allow_self_publishing():
    """The default: the board publishes its own pages."""
    WorkflowPage.objects.filter(workflow__name=APPROVAL_WORKFLOW).delete()
    for page in ForumPage.objects.all():
        grant_board_pages(page)


def _rights_only_as_board(user, page):
    """True if `user` may publish `page` only as a member of the board."""
    if user.is_superuser or not user.groups.filter(name=BOARD_GROUP).exists():
        return False
    other_paths = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exclude(group__name=BOARD_GROUP)
    return not any(
        page.path.startswith(path) for path in other_paths.values_list("page__path", flat=True)
    )


def keeps_section_whole(user, page):
    """The board publishes and unpublishes single pages of its section, but may not take
    the section root or a whole subtree offline, move it or delete it: only the office
    may. True when `user` is refused that for `page`."""
    if not _rights_only_as_board(user, page):
        return False
    return page.specific_class is ForumPage or page.numchild > 0
