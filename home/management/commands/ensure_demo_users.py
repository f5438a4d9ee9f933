import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from home.demo_accounts import ensure_demo_device
from home.editorial_access import EDITORS, PRESS, TRANSLATORS

# username, group, prefix of the environment variables (…_USER, …_PASSWORD), password.
# The passwords are only for the local demo (bound to 127.0.0.1); set
# DEMO_<ROLE>_PASSWORD anywhere else.
ACCOUNTS = [
    ("redaktion", EDITORS, "DEMO_REDAKTION", "demo-redaktion-2026"),
    ("presse", PRESS, "DEMO_PRESSE", "demo-presse-2026"),
    ("uebersetzung", TRANSLATORS, "DEMO_UEBERSETZUNG", "demo-uebersetzung-2026"),
]


class Command(BaseCommand):
    help = (
        "Create one demo account per editorial role (Redaktion, Presse, Übersetzung), each "
        "in its group, and list them. Leaves the password of an existing account alone."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        for username, group_name, env_prefix, password in ACCOUNTS:
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                raise CommandError(f"Group '{group_name}' is missing: run `manage.py migrate`.")
            username = os.environ.get(f"{env_prefix}_USER", username)
            password = os.environ.get(f"{env_prefix}_PASSWORD", password)
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": group_name, "last_name": "(Demo)"}
            )
            if not user.email:
                # Workflow notifications go to addresses; `make demo` prints them.
                user.email = f"{username}@example.org"
                user.save(update_fields=["email"])
            if created:
                user.set_password(password)
                user.save()
            user.groups.add(group)
            shown = f"password '{password}'" if created else "password unchanged"
            state = "created" if created else "exists"
            second = ensure_demo_device(user, env_prefix)
            self.stdout.write(
                f"{group_name}: user '{username}' <{user.email}>, {shown} ({state}); {second}."
            )
