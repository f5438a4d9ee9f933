"""Browser policies (CSP, Permissions-Policy), admin logins (lockout, second factor) and
passwords."""

from urllib.parse import urlsplit

from cms.settings.storage import MEDIA_URL

# --- Security -------------------------------------------------------------------
# Public pages run no inline script or style and load nothing from another host
# (cms.ops.security loosens script and style for the admin only).
_SELF, _NONE = "'self'", "'none'"
# Media on another host (S3-compatible storage) is the one exception, named by MEDIA_URL.
_MEDIA_URL = urlsplit(MEDIA_URL)
_MEDIA_HOSTS = [f"{_MEDIA_URL.scheme}://{_MEDIA_URL.netloc}"] if _MEDIA_URL.netloc else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:", *_MEDIA_HOSTS],
        "media-src": [_SELF, *_MEDIA_HOSTS],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "frame-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# Powerful browser features nobody on this site needs; fullscreen for the sign-language videos.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}
# Admin logins: AXES_FAILURE_LIMIT failures for one account from one address lock it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
# Two-factor login (TOTP): set up in the admin (Account → Two-factor login) or with
# `manage.py otp_device`; required for OTP_REQUIRED_GROUPS and administrators.
WAGTAILADMIN_USER_LOGIN_FORM = "cms.ops.security.OTPLoginForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Twelve characters at least (BSI's recommendation for passwords without other rules).
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
