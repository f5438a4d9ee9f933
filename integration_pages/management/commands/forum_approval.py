from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from integration_pages.forum import access as forum_access


class Command(BaseCommand):
    help = (
        "Switch approval of the Forum board's changes by the office on or off "
        "(default: off, the board publishes itself)."
    )

    def add_arguments(self, parser):
        parser.add_argument("mode", choices=["on", "off", "status"])
        parser.add_argument(
            "--approvers",
            default="Moderators",
            help="The group that approves the board's changes (default: Moderators).",
        )

    def handle(self, *args, mode, approvers, **options):
        if mode == "on":
            group = Group.objects.filter(name=approvers).first()
            if group is None:
                raise CommandError(f"There is no group '{approvers}'.")
            forum_access.require_approval(group)
        elif mode == "off":
            forum_access.allow_self_publishing()
        if forum_access.approval_required():
            self.stdout.write("Forum pages go live after approval by the office.")
        else:
            self.stdout.write("The Forum board publishes its pages itself.")
