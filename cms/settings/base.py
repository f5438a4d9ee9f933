"""Settings shared by every deployment: the apps, the middleware, languages, static files,
Wagtail and wagtail-localize. What the environment says is read in environment.py; the
browser and login policies are in security.py, the database, caches and queues in
services.py, both imported at the end."""

from django.utils.translation import gettext_lazy as _

from cms.settings.environment import *  # noqa: F403
from cms.settings.environment import (
    DEEPL_API_KEY,
    LIBRETRANSLATE_API_KEY,
    LIBRETRANSLATE_URL,
    MACHINE_TRANSLATOR,
    PROJECT_DIR,
)
from cms.settings.storage import FILE_STORAGES, MEDIA_URL, WAGTAILDOCS_SERVE_METHOD  # noqa: F401

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
    # What every page reads and editors seldom change (sites, locales, office settings,
    # view restrictions, routes), kept per process while a token in the cache stands.
    "integration_pages.core.shared_state.SharedStateMiddleware",
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
# Media and receipts: local folders, or S3-compatible buckets (cms/settings/storage.py).
STORAGES = {
    **FILE_STORAGES,
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
# Reminders nobody else is responsible for go to the editorial office (home/0008).
INTEGRATION_PAGES_REMINDER_GROUP = "Redaktion"
# The key of the keyed hashes under which a prioritisation keeps addresses and codes.
INTEGRATION_PAGES_PARTICIPATION_KEY = PARTICIPATION_HASH_KEY  # noqa: F405


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

# Who may log in and how (CSP, permissions policy, lockout, second factor, passwords), and
# what the site runs on (database, cache, page cache and Varnish, mail, background work).
from cms.settings.security import *  # noqa: E402, F403
from cms.settings.services import *  # noqa: E402, F403
