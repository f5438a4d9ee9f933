"""Settings shared by every deployment.

Every environment variable the project reads is read here, once, at the top.
Defaults give the embedded set-up (SQLite, local media, memory cache); setting
the variables switches to the production parts without touching code.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

# --- Environment -------------------------------------------------------------
# No default for the secret: dev/test set their own throwaway key, production
# refuses to start without one (see production.py).
SECRET_KEY = env.str("SECRET_KEY", default="")
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

INSTALLED_APPS = [
    "home",
    "integration_pages",
    "snippets",
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "cms.pagecache",  # after frontend_cache: it replaces its publish handlers
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    # First: the visitor's address behind trusted proxies (TRUSTED_PROXIES), for every
    # rate limit, lockout and log line after it.
    "cms.ops.client_ip.ClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A body over REQUEST_BODY_MAX (by its Content-Length): 413 before anything reads it.
    "cms.ops.body_limit.RequestBodyLimitMiddleware",
    "cms.ops.security.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Database unreachable: a static 503 page in German and the visitor's language.
    "cms.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Production: a foreign host, port or scheme is sent to the site's root URL before
    # anything is rendered or cached (off where CANONICAL_HOST_REDIRECT is false).
    "cms.ops.canonical.CanonicalHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin's error pages in the editor's chosen language, not the browser's.
    "cms.middleware.AdminLanguageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "cms.ops.security.RequireOTPForAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Anonymous page cache (cms.pagecache): after session, auth and OTP, so it knows who
    # is logged in; after CSP, Permissions-Policy, security and X-Frame-Options, so a
    # cached page goes out through them and carries the same headers as a fresh one.
    "cms.pagecache.middleware.PageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

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

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db_url_config(DATABASE_URL)}
# Off (0) by default: a management command creating or migrating a database must see
# every attempt. deploy/gunicorn/gunicorn.conf.py turns it on for the web workers.
DATABASE_COOL_DOWN = env.int("DATABASE_COOL_DOWN", default=0)
DATABASES["default"].setdefault("CONN_MAX_AGE", 60 if "postgres" in DATABASE_URL else 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same backend with a circuit breaker on connecting (cms/db/postgresql/base.py):
    # after a failed attempt, none for DATABASE_COOL_DOWN seconds.
    DATABASES["default"]["ENGINE"] = "cms.db.postgresql"
    # A database that does not answer must not hold a request for two minutes (libpq's
    # default): after DATABASE_CONNECT_TIMEOUT seconds the visitor gets the 503 page.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=2)
    )
    # Statements running longer are cancelled. Off by default, because migrations and
    # backups of a large database may take long; deploy/gunicorn/gunicorn.conf.py sets it
    # for the web workers.
    _statement_timeout = env.int("DATABASE_STATEMENT_TIMEOUT", default=0)
    if _statement_timeout:
        DATABASES["default"]["OPTIONS"].setdefault(
            "options", f"-c statement_timeout={_statement_timeout * 1000}"
        )
# The embedded default is written by the web server and the background worker at once.
# SQLite's default (rollback journal, deferred transactions, 5 s wait) answers "database
# is locked" at once when a transaction that has read wants to write after another
# process wrote: waiting cannot help it, so SQLite does not wait. Immediate transactions
# take the write lock when they begin, so they queue for up to `timeout` seconds instead;
# WAL lets pages be read while the worker writes.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}

if REDIS_URL:
    CACHES = {
        "default": {
            # django-redis behind a circuit breaker (cms.ops.redis_cache): after a call that
            # fails or times out, the cache is bypassed for REDIS_COOL_DOWN seconds.
            "BACKEND": "cms.ops.redis_cache.BreakerRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                # A cache outage must cost speed, never a page. Redis answers within
                # milliseconds; half a second means it is not answering.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
            "KEY_PREFIX": "portal",
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    REDIS_COOL_DOWN = env.int("REDIS_COOL_DOWN", default=30)
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # One process (runserver): a change published from another process (a cron job, the
    # worker) reaches this cache only when its entries expire; use Redis for more.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

# Anonymous page cache (cms.pagecache): seconds a page is kept here and by a proxy
# (s-maxage), seconds a browser keeps it, query variants kept per path.
PAGE_CACHE_TIMEOUT = 300
PAGE_CACHE_MAX_AGE = 60
PAGE_CACHE_MAX_VARIANTS = 30
# Publishing, unpublishing, moving or deleting a page purges every URL that shows it.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "cms.pagecache.store.DjangoCacheBackend"}}
# How Varnish is purged: "xkey", one request naming the pages a change shows on (every
# query variant and route of theirs goes; needs the vmod of Debian's varnish-modules, which
# deploy/varnish/default.vcl imports), or "urls", a PURGE per URL and a BAN per site.
# Django's cache is always purged by URL. Listed after it: Varnish must not fetch a page
# from it again before it is purged there too.
VARNISH_PURGE = env.str("VARNISH_PURGE", default="xkey")
VARNISH_BACKENDS = {
    "xkey": "cms.pagecache.store.VarnishXkeyBackend",
    "urls": "cms.pagecache.store.VarnishBackend",
}
if VARNISH_PURGE not in VARNISH_BACKENDS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"VARNISH_PURGE must be xkey or urls, not {VARNISH_PURGE!r}.")
if VARNISH_URL:
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": VARNISH_BACKENDS[VARNISH_PURGE],
        "LOCATION": VARNISH_URL,
    }
# The purge names each language's URL itself (translations may have their own slugs).
WAGTAILFRONTENDCACHE_LANGUAGES = []

# EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, … from one URL (smtp+tls://user:pw@host:587).
globals().update(env.email_url_config(EMAIL_URL))

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

# --- Languages ---------------------------------------------------------------
# German is the source language; the others are the languages of the people the
# office serves. The same list drives interface and content languages.
LANGUAGE_CODE = "de"
# Dates in the admin as German offices write them, typed and shown: 15.01.2026. Every
# admin language reads them (cms/formats); ISO (2026-01-15) is read as well.
FORMAT_MODULE_PATH = ["cms.formats"]
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# cms/admin_locale comes first, so it wins over every app's catalogue: it holds the
# admin strings Wagtail and wagtail-localize leave untranslated, English or wrong (issue
# 17). It is edited by hand; cms/locale is regenerated by makemessages --no-obsolete,
# which would drop msgids that are not in the project's own sources.
LOCALE_PATHS = [PROJECT_DIR / "admin_locale", PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_URL = "/static/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Integrationsportal"
# Most content is German: on PostgreSQL, index and queries use the German stemmer, so
# "Beratungen" finds "Beratung". SQLite's backend ignores the option. Changing it
# needs `manage.py update_index`, as the stored vectors were made with the old one.
WAGTAILSEARCH_BACKENDS = {
    # wagtail.search.backends.database, with German word forms on SQLite as well
    "default": {"BACKEND": "cms.search.backend", "SEARCH_CONFIG": "german"}
}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp4",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "webm",
    "xlsx",
    "zip",
]
# Raster formats only: an SVG can carry scripts. Wagtail checks that the content is an
# image of the named format and counts its pixels before it is decoded in full.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.ops.uploads.DocumentForm"
# Documents the public may download live here (created by a migration); the root
# collection is served to staff only.
DOCUMENTS_PUBLIC_COLLECTION = "Öffentlich"
# The admin shows initials instead of asking gravatar.com for a picture of each editor.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Open data users fetch all measures of a concept in a few requests.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Request bodies ---------------------------------------------------------------
# The fields of a body that are not files: Django's default of 2.5 MiB, stated. A long
# page edited in the admin stays far below it.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Uploads stay in memory while the whole body is at most this size (Django's default);
# larger bodies are written to temporary files, so no request holds more in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# A larger body is refused unread, with 413 (cms.ops.body_limit); gunicorn sets no limit. The
# largest body a public page needs is a refund form with receipts of 25 MiB together
# (home.forms.MAX_RECEIPTS_TOTAL) and a few fields. 40 MiB leaves room, so someone
# somewhat over that total gets the form's own message with everything typed still there;
# ten phone photos of 10 MB or a 100 MB upload never reach a worker's disk.
REQUEST_BODY_MAX = 40 * 1024 * 1024
# The admin (/admin/) uploads one document or image per request. Never less than the
# public limit; should WAGTAILDOCS_MAX_UPLOAD_SIZE be raised (videos), this follows it.
REQUEST_BODY_MAX_ADMIN = max(
    REQUEST_BODY_MAX,
    max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    + DATA_UPLOAD_MAX_MEMORY_SIZE
    + 1024 * 1024,  # multipart headers and boundaries
)

# Keep the locale middleware's guess (Accept-Language) but never a third-party
# cookie; the language cookie is first-party and only remembers the choice.
LANGUAGE_COOKIE_SAMESITE = "Lax"

# integration_pages: its section pages (concept, Forum, ECCAR plan …) sit under the home page.
INTEGRATION_PAGES_SECTION_PARENT_TYPES = ["home.HomePage"]


# wagtail-localize's machine translator, chosen by MACHINE_TRANSLATOR. The offline one
# sends nothing anywhere: it uses a glossary and otherwise keeps the German text.
MACHINE_TRANSLATORS = {
    "offline": {
        "CLASS": "home.l10n.machine.OfflineTranslator",
        "OPTIONS": {"GLOSSARY": "home.demo.translations.TRANSLATIONS"},
    },
    "deepl": {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    },
    "libretranslate": {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": LIBRETRANSLATE_URL, "API_KEY": LIBRETRANSLATE_API_KEY},
    },
}
if MACHINE_TRANSLATOR not in MACHINE_TRANSLATORS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR must be one of {', '.join(MACHINE_TRANSLATORS)}, "
        f"not {MACHINE_TRANSLATOR!r}."
    )
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATORS[MACHINE_TRANSLATOR]
# A translation started by a translator stays a draft until someone with the right to
# publish (Redaktion) publishes it, even when the German page is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# When the cache (Redis) is down the limit cannot be counted: let the form through (the
# honeypot still applies) rather than refuse everyone as "too often".
RATELIMIT_FAIL_OPEN = True

# Background work. Wagtail's own tasks (reference and search index updates) and the
# translation jobs run on a database-backed queue: `manage.py db_worker` works it off
# (`make demo` starts one). With Redis, wagtail-localize's jobs go to RQ instead
# (`manage.py rqworker`).
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
if REDIS_URL:
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    WAGTAILLOCALIZE_JOBS = {
        "BACKEND": "wagtail_localize.tasks.DjangoRQJobBackend",
        "OPTIONS": {"QUEUE": "default"},
    }
else:
    WAGTAILLOCALIZE_JOBS = {"BACKEND": "home.l10n.jobs.TasksJobBackend"}
