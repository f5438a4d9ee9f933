import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.demo_accounts import ensure_demo_device

DEFAULT_USERNAME = "admin"
# Only for the local demo (bound to 127.0.0.1); set DEMO_ADMIN_PASSWORD anywhere else.
DEFAULT_PASSWORD = "demo-admin-2026"


class Command(BaseCommand):
    help = "Create the demo admin account without asking anything; leaves an existing one alone."

    def handle(self, *args, **options):
        username = os.environ.get("DEMO_ADMIN_USER", DEFAULT_USERNAME)
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is not None:
            shown = "exists (password unchanged)"
        else:
            user = User.objects.create_superuser(
                username=username, email=f"{username}@example.org", password=password
            )
            shown = f"created: password '{password}'"
        second = ensure_demo_device(user, "DEMO_ADMIN")
        self.stdout.write(f"Admin account '{username}' {shown}; {second}.")
