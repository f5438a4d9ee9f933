"""Two-factor login for the demo accounts: fixed secrets, like the demo passwords, so
that `make demo` can print them and the browser tests can compute the codes. Only for the
local demo (bound to 127.0.0.1); set DEMO_<ROLE>_TOTP_KEY (40 hex digits) anywhere else."""

import os

from django_otp.plugins.otp_totp.models import TOTPDevice

from home.two_factor import enrol, secret_of

# Environment prefix → the demo secret (hex), one per account.
DEMO_TOTP_KEYS = {
    "DEMO_ADMIN": "3132333435363738393031323334353637383930",
    "DEMO_REDAKTION": "526564616b74696f6e2d64656d6f2d7365637265",
    "DEMO_PRESSE": "5072657373652d64656d6f2d7365637265742121",
    "DEMO_UEBERSETZUNG": "5472616e736c61746f722d64656d6f2d73656321",
}


def demo_key(env_prefix: str) -> str:
    return os.environ.get(f"{env_prefix}_TOTP_KEY", DEMO_TOTP_KEYS[env_prefix])


def ensure_demo_device(user, env_prefix: str) -> str:
    """Enrols `user` with the demo secret unless it has a device; describes the result."""
    key = demo_key(env_prefix)
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is None:
        device = enrol(user, key)
    elif device.key != key:
        return "two-factor login set up earlier (secret not shown)"
    return f"two-factor secret '{secret_of(device)}' ({device.config_url})"
