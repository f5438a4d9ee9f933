"""The editorial roles: groups `Redaktion`, `Presse` and `Übersetzung`, and the press workflow.

- `Redaktion` (the editorial office) edits, publishes and deletes every page, manages
  snippets, images, documents, redirects, the office settings and translations, and sees
  form submissions and the volunteers' receipts. Wagtail shows a form's submissions to
  whoever may edit the form page, so the edit right on the root covers them.
- `Presse` (press office) adds and edits pages in the newsroom, the event calendar and
  the resolutions archive, never publishes: its changes go through the workflow
  `Redaktionsfreigabe`, whose single task is approved by `Redaktion`.
- `Übersetzung` (translators) translates, and neither creates nor deletes pages.
  wagtail-localize's "Translate" view checks nothing but
  `wagtail_localize.submit_translation`: it creates the translated page or snippet
  itself, without the page "add" right, so translators get no "add". Editing a
  translation in wagtail-localize's editor is Wagtail's page edit view, which needs
  "change" on that page; translations live in each language's own tree, so "change" is
  granted on the root. Snippet translations need the snippet's "change" (and "view" for
  its listing). Publishing stays with `Redaktion` (no "publish"). Wagtail lets "change"
  delete unpublished leaf pages and open form submissions; `home.editorial_access`
  withdraws both from rights held only through this group.

Press section pages created later (by `load_demo` or an editor) get Presse's rights and
the workflow from `home.editorial_access`; existing ones get them here.
"""

from django.conf import settings
from django.db import migrations

# The same names as in home.editorial_access (migrations must not import app code).
EDITORS = "Redaktion"
PRESS = "Presse"
TRANSLATORS = "Übersetzung"
WORKFLOW = "Redaktionsfreigabe"
TASK = "Freigabe durch die Redaktion"

PRESS_SECTIONS = [
    ("home", "newsindexpage"),
    ("home", "eventindexpage"),
    ("integration_pages", "resolutionarchivepage"),
]
# Every snippet model editors manage; all of them are translatable.
SNIPPETS = [
    ("snippets", "contact"),
    ("snippets", "organisation"),
    ("snippets", "counsellingservice"),
    ("snippets", "discriminationground"),
    ("snippets", "lifearea"),
    ("snippets", "language"),
    ("snippets", "committee"),
    ("snippets", "topic"),
    ("integration_pages", "actionfield"),
    ("integration_pages", "eccarcommitment"),
]

EDITORS_PAGES = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
PRESS_PAGES = ["add_page", "change_page"]
TRANSLATORS_PAGES = ["change_page"]

EDITORS_MEDIA = {
    ("wagtailimages", "image"): ["add_image", "change_image", "delete_image", "choose_image"],
    ("wagtaildocs", "document"): [
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
}
PRESS_MEDIA = {
    ("wagtailimages", "image"): ["add_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "choose_document"],
}

EDITORS_MODELS = {
    **{key: ["add", "change", "delete", "view"] for key in SNIPPETS},
    ("wagtailadmin", "admin"): ["access_admin"],
    ("wagtail_localize", "translation"): ["submit_translation"],
    ("home", "officesettings"): ["change"],
    ("home", "receipt"): ["view"],
    ("wagtailredirects", "redirect"): ["add", "change", "delete"],
}
SEARCH_PROMOTIONS_APP = "wagtail.contrib.search_promotions"
EDITORS_SEARCH_PROMOTIONS = {
    ("wagtailsearchpromotions", "searchpromotion"): ["add", "change", "delete"],
}
PRESS_MODELS = {
    ("wagtailadmin", "admin"): ["access_admin"],
    ("snippets", "topic"): ["add", "change", "view"],
}
TRANSLATORS_MODELS = {
    **{key: ["change", "view"] for key in SNIPPETS},
    ("wagtailadmin", "admin"): ["access_admin"],
    ("wagtail_localize", "translation"): ["submit_translation"],
}


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


def _model_permissions(apps, models):
    """`{(app, model): ["add", "access_admin"]}`: actions, or whole codenames with "_"."""
    permissions = []
    for (app_label, model), actions in models.items():
        codenames = [a if "_" in a else f"{a}_{model}" for a in actions]
        permissions += _permissions(apps, app_label, model, codenames)
    return permissions


def _group(apps, name, models, media, page_codenames, pages):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(*_model_permissions(apps, models))
    root_collection = Collection.objects.get(depth=1)
    for (app_label, model), codenames in media.items():
        for permission in _permissions(apps, app_label, model, codenames):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    page_permissions = _permissions(apps, "wagtailcore", "page", page_codenames)
    for page in pages:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )
    return group


def _press_sections(apps):
    return [
        page
        for app_label, model in PRESS_SECTIONS
        for page in apps.get_model(app_label, model).objects.all()
    ]


def _workflow(apps, approvers, pages):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        # Tasks are polymorphic like pages: the base row records the specific type.
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=content_type, active=True)
    task.groups.add(approvers)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


def create_roles(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    root = Page.objects.filter(depth=1)
    editors_models = dict(EDITORS_MODELS)
    # Another part of the project may add Wagtail's search promotions; editors manage them.
    if SEARCH_PROMOTIONS_APP in settings.INSTALLED_APPS:
        editors_models.update(EDITORS_SEARCH_PROMOTIONS)
    editors = _group(apps, EDITORS, editors_models, EDITORS_MEDIA, EDITORS_PAGES, root)
    sections = _press_sections(apps)
    _group(apps, PRESS, PRESS_MODELS, PRESS_MEDIA, PRESS_PAGES, sections)
    _group(apps, TRANSLATORS, TRANSLATORS_MODELS, {}, TRANSLATORS_PAGES, root)
    _workflow(apps, editors, sections)


def remove_roles(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "GroupApprovalTask").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, PRESS, TRANSLATORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_newsroom_relations"),
        ("integration_pages", "0007_resolutions_funding_networks"),
        ("snippets", "0006_committee_topic"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
