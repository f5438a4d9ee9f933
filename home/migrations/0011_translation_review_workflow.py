"""The workflow "Übersetzung prüfen": translators submit a translated page, Redaktion
reviews and publishes it. Assigned to the home page of every language but German, so it
covers each translated tree; the press sections inside keep Redaktionsfreigabe (the
nearest assignment wins). Redaktion is the reviewer, so it is never locked out of a page
in review. Home pages of languages added later get it when they are created
(home/editorial_access.py)."""

from django.conf import settings
from django.db import migrations

WORKFLOW = "Übersetzung prüfen"
TASK = "Prüfung der Übersetzung durch die Redaktion"
EDITORS = "Redaktion"


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    HomePage = apps.get_model("home", "HomePage")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=content_type, active=True)
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None:
        task.groups.add(editors)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    source = settings.LANGUAGE_CODE
    for page in HomePage.objects.exclude(locale__language_code=source):
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "GroupApprovalTask").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0010_retire_stock_workflow")]

    operations = [migrations.RunPython(create, remove)]
