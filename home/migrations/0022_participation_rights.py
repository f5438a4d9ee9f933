"""The prioritisation's rights (see 0008_editorial_roles): `Redaktion` keeps the
participation notices (consent text and retention period) and `Übersetzung` translates
them. Nobody gets rights on participants, codes, ballots or frozen results: they have no
admin views, and nothing in them is for a person to read or change."""

from django.db import migrations

EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
ALL = ["add", "change", "delete", "view"]
RIGHTS = {
    EDITORS: {("integration_pages", "participationnotice"): ALL},
    TRANSLATORS: {("integration_pages", "participationnotice"): ["change", "view"]},
}


def _permission(apps, app_label, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, models in RIGHTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for (app_label, model), actions in models.items():
            group.permissions.add(
                *(_permission(apps, app_label, model, action) for action in actions)
            )


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=RIGHTS):
        for app_label, model in RIGHTS[group.name]:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label=app_label, content_type__model=model
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0021_participation_notice_block"),
        ("integration_pages", "0021_prioritisation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
