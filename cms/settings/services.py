"""What the site runs on: the database, the cache, the page cache and a Varnish in front,
mail and the background work; each chosen by the environment (cms.settings.environment)."""

from django.core.exceptions import ImproperlyConfigured

from cms.settings.environment import DATABASE_URL, EMAIL_URL, REDIS_URL, VARNISH_URL, env

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
