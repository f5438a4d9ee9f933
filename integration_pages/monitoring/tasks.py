"""The reminder mail as a background task, for projects with Django's task framework
(imported only there: see the send_reminders command)."""

from django_tasks import task

from integration_pages.monitoring.reminders import send_all


@task()
def send_reminders_task():
    return send_all()
