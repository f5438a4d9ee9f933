"""The daily reminder mail (monitoring/reminders.py), run once a day like publish_scheduled.

It is queued for the background worker where Django's task framework is installed, as the
site's other background work is; `--now` sends in this process (also the plugin's way in
a project without a task queue)."""

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Send the day's reminders: quiet measures, tasks due or overdue, late figures."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Send in this process instead of queueing."
        )

    def handle(self, *args, now=False, **options):
        if not now and apps.is_installed("django_tasks"):
            from integration_pages.monitoring.tasks import send_reminders_task

            result = send_reminders_task.enqueue()
            self.stdout.write(f"Reminders queued ({result.id}).")
            return
        from integration_pages.monitoring.reminders import send_all

        self.stdout.write(f"{send_all()} reminder mail(s) sent.")
