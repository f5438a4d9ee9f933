"""The monitoring's and the reports' rights (see 0008_editorial_roles): `Redaktion` manages
datasets (and uploads their figures), measures' tasks and progress entries, and freezes
and annotates reports; `Übersetzung` translates datasets like every snippet (change and
view, no add or delete)."""

from django.db import migrations

EDITORS = "Redaktion"
TRANSLATORS = "Übersetzung"
ALL = ["add", "change", "delete", "view"]
RIGHTS = {
    EDITORS: {
        ("integration_pages", "dataset"): ALL,
        ("integration_pages", "measuretask"): ALL,
        ("integration_pages", "measureupdate"): ALL,
        # Frozen is frozen: editors annotate, an administrator deletes a mistake.
        ("integration_pages", "frozenreport"): ["add", "change", "view"],
    },
    TRANSLATORS: {("integration_pages", "dataset"): ["change", "view"]},
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
        ("home", "0019_visitor_information_rights"),
        ("integration_pages", "0020_frozen_reports"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
