"""The visitor information snippet (opening hours, directions, accessibility of the office)
gets the rights every snippet has (see 0008_editorial_roles): `Redaktion` manages it,
`Übersetzung` translates it (change and view, no add or delete)."""

from django.db import migrations

EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
MODEL = ("home", "visitorinformation")
RIGHTS = {EDITORS: ["add", "change", "delete", "view"], TRANSLATORS: ["change", "view"]}


def _permission(apps, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, model = MODEL
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} visitor information"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, actions in RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, action) for action in actions))


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, model = MODEL
    for group in Group.objects.filter(name__in=RIGHTS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label=app_label, content_type__model=model
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0018_teaser_and_event_images"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
