"""The collection for documents the public may download ("Öffentlich").

A document in the root collection is not served to the public any more (a guessed
address used to download whatever an editor had uploaded there); the upload forms offer
"Öffentlich" first. Documents already in the root collection move there, so an existing
site's published downloads keep working."""

import importlib

from django.db import migrations

private_collections = importlib.import_module("home.migrations.0012_private_collections")

PUBLIC = "Öffentlich"


def create(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Document = apps.get_model("wagtaildocs", "Document")
    root = Collection.objects.get(depth=1)
    public = private_collections._child(apps, root, PUBLIC)
    Document.objects.filter(collection=root).update(collection=public)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_private_collections"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
