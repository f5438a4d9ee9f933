"""The environment variables the project reads (only the database's and Redis' timeouts and
VARNISH_PURGE are read beside their settings, in services.py). The defaults give the
embedded set-up (SQLite, local media, memory cache); setting them switches to the
production parts without touching code."""

from pathlib import Path

import environ

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

# --- Environment -------------------------------------------------------------
# No default for the secret: dev/test set their own throwaway key, production
# refuses to start without one (see production.py).
SECRET_KEY = env.str("SECRET_KEY", default="")
# Key of the hashes a prioritisation keeps of addresses and codes: another secret than
# SECRET_KEY, so rotating that one (sessions, signed links) leaves running processes whole.
PARTICIPATION_HASH_KEY = env.str("PARTICIPATION_HASH_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
# ".localhost" also admits each demo site's own host name, e.g. lueneburg.localhost.
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[".localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASE_URL = env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = env.str("REDIS_URL", default="")
# A Varnish in front (e.g. http://127.0.0.1:6081): published changes are purged there too.
VARNISH_URL = env.str("VARNISH_URL", default="")
EMAIL_URL = env.str("EMAIL_URL", default="consolemail://")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="integration@localhost")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
# Receipts and other personal uploads: outside MEDIA_ROOT, never served by URL.
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private")))
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Machine pre-translation: "offline" (nothing leaves the server), "deepl" or "libretranslate".
MACHINE_TRANSLATOR = env.str("MACHINE_TRANSLATOR", default="offline")
DEEPL_API_KEY = env.str("DEEPL_API_KEY", default="")
LIBRETRANSLATE_URL = env.str("LIBRETRANSLATE_URL", default="")
LIBRETRANSLATE_API_KEY = env.str("LIBRETRANSLATE_API_KEY", default="")
# Synced translations stay drafts until a translator or editor publishes them.
TRANSLATIONS_PUBLISH_ON_SYNC = env.bool("TRANSLATIONS_PUBLISH_ON_SYNC", default=False)
# Admin login lockout (django-axes) and the issuer shown in authenticator apps.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Integrationsportal")
# Administrators and these groups reach the admin only with a second factor (TOTP): an
# account without one is sent to set it up at its first login (cms.ops.security). Others
# may set one up under "Account".
OTP_REQUIRED = env.bool("OTP_REQUIRED", default=True)
OTP_REQUIRED_GROUPS = env.list("OTP_REQUIRED_GROUPS", default=["Redaktion"])
# Addresses or networks of the proxies in front (Varnish: 127.0.0.1,::1). Only they may
# name the visitor in X-Forwarded-For (cms.ops.client_ip); empty: the peer is the visitor.
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
# Redirect requests for a site under any other host, port or scheme to the site's root
# URL (cms.ops.canonical). Production turns it on; `make demo` serves on port 8000 instead.
CANONICAL_HOST_REDIRECT = env.bool("CANONICAL_HOST_REDIRECT", default=False)
# -----------------------------------------------------------------------------
