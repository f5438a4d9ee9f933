import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEFAULT_USERNAME = "admin"
# Only for the local demo (bound to 127.0.0.1); set DEMO_ADMIN_PASSWORD anywhere else.
DEFAULT_PASSWORD = "demo-admin-2026"


class Command(BaseCommand):
    help = "Create the demo admin account without asking anything; leaves an existing one alone."

    def handle(self, *args, **options):
        username = os.environ.get("DEMO_ADMIN_USER", DEFAULT_USERNAME)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account '{username}' exists (password unchanged).")
            return
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(f"Admin account created: user '{username}', password '{password}'.")
