"""Collections for what is not for the public: internal papers of the office and drafts
("Intern – Redaktion", seen by Redaktion) and the Forum board's internal minutes
("Forum – intern", inside the Forum collection, so the board uploads there with the
rights it has on "Forum"; seen by the board and Redaktion). Each carries Wagtail's
collection view restriction for those groups; integration_pages answers 404 to everyone
else, so a guessed address reveals nothing."""

import importlib

from django.db import migrations

forum_board = importlib.import_module("integration_pages.migrations.0005_forum_board")

OFFICE_INTERNAL = "Intern – Redaktion"
FORUM_INTERNAL = "Forum – intern"
EDITORS = "Redaktion"
BOARD = "Forum-Vorstand"


def _child(apps, parent, name):
    """`name` under `parent`; historical models lack treebeard's helpers."""
    Collection = apps.get_model("wagtailcore", "Collection")
    below = Collection.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
    existing = below.filter(name=name).first()
    if existing:
        return existing
    last = below.order_by("-path").values_list("path", flat=True).first()
    created = Collection.objects.create(
        name=name,
        depth=parent.depth + 1,
        numchild=0,
        path=parent.path + forum_board._next_step(last),
    )
    parent.numchild += 1
    parent.save(update_fields=["numchild"])
    return created


def _restrict(apps, collection, group_names):
    Group = apps.get_model("auth", "Group")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": "groups"}
    )
    restriction.restriction_type = "groups"
    restriction.save()
    restriction.groups.set(Group.objects.filter(name__in=group_names))


def create(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    _restrict(apps, _child(apps, root, OFFICE_INTERNAL), [EDITORS])
    forum = forum_board.collection(apps)
    _restrict(apps, _child(apps, forum, FORUM_INTERNAL), [BOARD, EDITORS])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_translation_review_workflow"),
        ("integration_pages", "0005_forum_board"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
