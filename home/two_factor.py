"""Setting up two-factor login (TOTP) in the admin: the QR code and secret for an
authenticator app, confirmed by one code from it. An account that must have a second
factor (cms.ops.security.second_factor_required) is sent here at its first login; anyone else
finds it under Account. The management commands enrol accounts with `enrol`."""

from base64 import b32encode

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator"


def enrol(user, key: str | None = None) -> TOTPDevice:
    """A confirmed device for `user`, replacing any other; `key` (hex) fixes the secret."""
    TOTPDevice.objects.devices_for_user(user, confirmed=None).delete()
    fields = {"key": key} if key else {}
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True, **fields)


def secret_of(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it when typed: base32 in groups of four."""
    text = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


class ConfirmCodeForm(forms.Form):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].replace(" ", "")
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("This code is not valid. Enter the current code from your app."),
                code="otp_invalid",
            )
        return token


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and target.startswith("/") else "/admin/"


def two_factor_setup(request):
    """Shows the account's state, or sets up a device; `?renew=1` replaces a confirmed
    one (a new phone), which stays valid until the new one is confirmed."""
    user = request.user
    confirmed = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if confirmed is not None and not request.GET.get("renew"):
        return TemplateResponse(request, "home/admin/two_factor_setup.html", {"confirmed": True})
    # The pending device keeps its secret across reloads and wrong codes, so a QR code
    # already scanned stays valid.
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=DEVICE_NAME).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    form = ConfirmCodeForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.devices_for_user(user, confirmed=True).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor login is set up for your account."))
        return redirect(_next_url(request))
    context = {
        "confirmed": False,
        "form": form,
        "qr_svg": segno.make(device.config_url).svg_inline(scale=4, title=_("QR code")),
        "secret": secret_of(device),
        "next": _next_url(request),
    }
    return TemplateResponse(request, "home/admin/two_factor_setup.html", context)
