import io

import segno
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.two_factor import enrol, secret_of


class Command(BaseCommand):
    help = (
        "Set up two-factor login (TOTP) for an admin account: prints a QR code and the "
        "otpauth:// address for an authenticator app. From then on the account needs a "
        "code from the app to log in. --remove switches it off again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--remove", action="store_true", help="Remove the account's devices.")

    def handle(self, username, remove, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no account '{username}'.")
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=None)
        if remove:
            count = devices.count()
            devices.delete()
            self.stdout.write(f"Removed {count} device(s); '{username}' logs in with a password.")
            return
        if devices.exists():
            raise CommandError(f"'{username}' has a device already; remove it first with --remove.")
        device = enrol(user)
        qr = segno.make(device.config_url)
        terminal = io.StringIO()
        qr.terminal(out=terminal, compact=True)
        self.stdout.write(terminal.getvalue())
        self.stdout.write(f"Or enter this secret in the app: {secret_of(device)}")
        self.stdout.write(f"(address: {device.config_url})")
        self.stdout.write(f"'{username}' now needs the app's six-digit code at every admin login.")
