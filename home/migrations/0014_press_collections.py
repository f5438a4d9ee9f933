"""Presse's document and image rights move from the root collection to "Öffentlich".

Rights on the root collection cover every collection below it, "Intern – Redaktion"
included: a press officer saw the office's internal papers and images in the admin's
listings and choosers (though the files themselves were not served to them). Presse
uploads to "Öffentlich", where the upload forms put new files anyway, and chooses from it;
the internal collections are their groups' alone."""

import importlib

from django.db import migrations

private_collections = importlib.import_module("home.migrations.0012_private_collections")

PRESS = "Presse"
PUBLIC = "Öffentlich"


def _move(apps, source, target):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    press = Group.objects.filter(name=PRESS).first()
    if press is None:
        return
    for right in Permission.objects.filter(group=press, collection=source):
        Permission.objects.get_or_create(
            group=press, collection=target, permission_id=right.permission_id
        )
        right.delete()


def _collections(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    return root, private_collections._child(apps, root, PUBLIC)


def forwards(apps, schema_editor):
    root, public = _collections(apps)
    _move(apps, root, public)


def backwards(apps, schema_editor):
    root, public = _collections(apps)
    _move(apps, public, root)


class Migration(migrations.Migration):
    dependencies = [("home", "0013_public_documents")]

    operations = [migrations.RunPython(forwards, backwards)]
