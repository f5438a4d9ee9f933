"""Wagtail's stock workflow "Moderators approval" sits on the root page for the group
Moderators, which has no members here: a page submitted to it (a translator's draft,
say) locked even Redaktion out of editing it. The office's own workflows replace it
(Redaktionsfreigabe for the press sections, migration 0008); everywhere else those who
may publish publish directly. The stock workflow is switched off and unassigned rather
than deleted, so the history of earlier submissions stays readable; submissions still
running in it are cancelled, which returns their pages to their editors."""

from django.db import migrations

STOCK_WORKFLOW = "Moderators approval"


def retire(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    for workflow in Workflow.objects.filter(name=STOCK_WORKFLOW):
        running = WorkflowState.objects.filter(workflow=workflow, status="in_progress")
        TaskState.objects.filter(workflow_state__in=running, status="in_progress").update(
            status="cancelled"
        )
        running.update(status="cancelled", current_task_state=None)
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_verbose_plurals"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire, migrations.RunPython.noop)]
