"""The Forum board's rights: its own page subtree and its own media collection.

Wagtail's group page permissions are inherited by every page below the page they
are set on (like Plone's local roles). The group and its collection come from a
data migration; the page permissions are added whenever a Forum page is created,
in any language, because the page does not exist when migrations run.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission

from integration_pages.models import ForumPage

# The same names and rights as in migration 0005, which created the group and collection.
BOARD_GROUP = "Forum-Vorstand"
BOARD_COLLECTION = "Forum"
# Add, edit, publish (and so unpublish), lock and unlock; no bulk delete, so the
# board can delete a single meeting or news item but never the section itself.
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def grant_board_pages(page, group=None):
    group = group or Group.objects.filter(name=BOARD_GROUP).first()
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save, sender=ForumPage, dispatch_uid="forum_board_pages")
def forum_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_board_pages(instance)
