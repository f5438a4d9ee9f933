"""What protects the site beyond Django's defaults: the Content-Security-Policy per area,
and TOTP two-factor login to the admin (django-otp), required for administrators and
OTP_REQUIRED_GROUPS, optional for everyone else.

Settings name the classes here; the signal receiver is connected when the middleware
module is imported, which Django does before it serves the first request."""

from csp.middleware import CSPMiddleware
from django import forms
from django.conf import settings
from django.contrib.auth import logout, user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from wagtail.admin.forms.auth import LoginForm

ADMIN_PREFIX = "/admin/"
# Wagtail's admin still writes inline scripts and styles (wagtail/wagtail#1288): the date
# and time widgets, inline panels and choosers of Wagtail 8, and wagtail-localize's editor,
# print `<script>` blocks without a nonce. Only the admin, behind a login, gets
# 'unsafe-inline'; everything else of the strict public policy stays (no other host, no
# eval, no plugins, forms only to this site). Public pages never get it.
ADMIN_POLICY_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}
# Directives whose public value ('none') cannot be widened by adding to it: replaced.
ADMIN_POLICY_REPLACE = {
    "frame-ancestors": ["'self'"],
    # Live preview shows the page in a frame of the admin itself.
    "frame-src": ["'self'"],
}


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.update = parts.update or ADMIN_POLICY_UPDATE
            parts.replace = parts.replace or ADMIN_POLICY_REPLACE
        return parts


class OTPLoginForm(LoginForm):
    """Wagtail's login form with a field for the code of an authenticator app. Accounts
    without a TOTP device log in as before; accounts with one need a valid code."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Only if two-factor authentication is set up for your account."),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    error_messages = {
        **LoginForm.error_messages,
        "otp_required": _("Please enter the code from your authenticator app."),
        "otp_invalid": _("This code is not valid. Enter the current code from your app."),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not user_has_device(user):
            return
        token = (self.cleaned_data.get("otp_token") or "").replace(" ", "")
        if not token:
            raise forms.ValidationError(self.error_messages["otp_required"], code="otp_required")
        device = match_token(user, token)
        if device is None:
            raise forms.ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")
        # Picked up by the receiver below once Django has logged the user in.
        user.otp_device = device


@receiver(user_logged_in)
def remember_verified_device(sender, request, user, **kwargs):
    device = getattr(user, "otp_device", None)
    if device is not None and request is not None:
        otp_login(request, device)


def second_factor_required(user) -> bool:
    if not settings.OTP_REQUIRED:
        return False
    return user.is_superuser or user.groups.filter(name__in=settings.OTP_REQUIRED_GROUPS).exists()


class RequireOTPForAdminMiddleware:
    """An account with a TOTP device reaches the admin only from a session verified with a
    code (django-otp's OTPMiddleware marks it); any other session is logged out. An account
    that must have a second factor and has none is sent to set one up before anything
    else of the admin opens."""

    # Besides the set-up itself, what the set-up page needs or offers.
    OPEN_URL_NAMES = ("two_factor_setup", "wagtailadmin_logout", "wagtailadmin_login")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            not request.path_info.startswith(ADMIN_PREFIX)
            or user is None
            or not user.is_authenticated
            or user.is_verified()
        ):
            return self.get_response(request)
        if user_has_device(user):
            logout(request)
            return redirect(f"{ADMIN_PREFIX}login/?{urlencode({'next': request.path})}")
        if second_factor_required(user) and not self._is_open(request):
            setup = reverse("two_factor_setup")
            return redirect(f"{setup}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _is_open(self, request):
        return request.path_info in {reverse(name) for name in self.OPEN_URL_NAMES} or (
            request.path_info.startswith(f"{ADMIN_PREFIX}jsi18n/")
        )
