"""The Forum board's group, its media collection and what it may do there.

Page rights on the Forum subtree follow in forum_access when a Forum page is
created; existing Forum pages get them here.
"""

from django.db import migrations

GROUP = "Forum-Vorstand"
COLLECTION = "Forum"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, as Wagtail configures it
STEPLEN = 4


def _next_step(last_path):
    number = int(last_path[-STEPLEN:], 36) + 1 if last_path else 1
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def collection(apps):
    """The Forum collection under the root; historical models lack treebeard's helpers."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    existing = Collection.objects.filter(depth=2, name=COLLECTION, path__startswith=root.path)
    if existing.exists():
        return existing.get()
    siblings = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path")
    last = siblings.values_list("path", flat=True).first()
    created = Collection.objects.create(
        name=COLLECTION, depth=2, numchild=0, path=root.path + _next_step(last)
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return created


def _permissions(apps, app_label, model, codenames):
    """Get or create, as Wagtail's own migrations do: Django adds permissions only
    after all migrations, and this one needs them now."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )[0]
        for codename in codenames
    ]


def create_board(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    ForumPage = apps.get_model("integration_pages", "ForumPage")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*_permissions(apps, "wagtailadmin", "admin", ["access_admin"]))
    forum = collection(apps)
    for (app_label, model), codenames in MEDIA_PERMISSIONS.items():
        for permission in _permissions(apps, app_label, model, codenames):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=forum, permission=permission
            )
    page_permissions = _permissions(apps, "wagtailcore", "page", PAGE_PERMISSIONS)
    for page in ForumPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def remove_board(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("integration_pages", "0004_forum"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_board, remove_board)]
