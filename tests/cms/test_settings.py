"""Environment-driven settings: the real Redis cache, and production's refusal without a secret."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
REDIS_ADDRESS = ("127.0.0.1", 6379)


def _settings_for(env):
    """Load cms.settings.base in a clean interpreter with the given environment."""
    code = (
        "import json, cms.settings.base as s;"
        "print(json.dumps({'cache': s.CACHES['default'], 'db': s.DATABASES['default']['ENGINE'],"
        "'email': s.EMAIL_BACKEND}))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_embedded_default_is_sqlite_memory_cache_and_console_mail():
    settings = _settings_for({})
    assert settings["db"] == "django.db.backends.sqlite3"
    assert settings["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert settings["email"] == "django.core.mail.backends.console.EmailBackend"


def test_environment_switches_to_postgresql_redis_and_smtp():
    settings = _settings_for(
        {
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "EMAIL_URL": "smtp+tls://user:pw@mail.example.de:587",
        }
    )
    # Django's PostgreSQL backend with a circuit breaker on connecting.
    assert settings["db"] == "cms.db.postgresql"
    assert settings["cache"]["BACKEND"] == "cms.ops.redis_cache.BreakerRedisCache"
    assert settings["cache"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert settings["email"] == "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize("secret", ["SECRET_KEY", "PARTICIPATION_HASH_KEY"])
def test_production_settings_refuse_to_start_without_a_secret(secret):
    env = {k: v for k, v in os.environ.items() if k != secret}
    if secret != "SECRET_KEY":
        env["SECRET_KEY"] = "a-production-secret"  # so the check reaches the other secret
    result = subprocess.run(
        [sys.executable, "-c", "import cms.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"{secret} must be set" in result.stderr


def _redis_answers():
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(REDIS_ADDRESS) == 0


def _redis_cache(location):
    return {
        "redis": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        }
    }


@pytest.fixture
def real_redis():
    if not _redis_answers():
        if os.environ.get("CI"):
            pytest.fail("CI machines run Redis on 127.0.0.1:6379; it did not answer")
        pytest.skip("no Redis on 127.0.0.1:6379 on this machine")


def test_redis_cache_stores_and_reads_values(real_redis):
    with override_settings(CACHES=_redis_cache("redis://127.0.0.1:6379/9")):
        cache = caches["redis"]
        cache.set("portal-test-key", {"ok": "ü"}, 30)
        assert cache.get("portal-test-key") == {"ok": "ü"}
        cache.delete("portal-test-key")
        assert cache.get("portal-test-key") is None


def test_unreachable_redis_costs_a_cache_miss_not_an_error():
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    with override_settings(
        CACHES=_redis_cache("redis://127.0.0.1:1/0"), DJANGO_REDIS_IGNORE_EXCEPTIONS=True
    ):
        cache = caches["redis"]
        cache.set("k", "v")
        assert cache.get("k", default="fallback") == "fallback"


def _load_base(env):
    code = "import cms.settings.base as s; print(s.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    clean = {k: v for k, v in os.environ.items() if k != "MACHINE_TRANSLATOR"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "value,translator",
    [
        ("offline", "OfflineTranslator"),
        ("deepl", "DeepLTranslator"),
        ("libretranslate", "LibreTranslator"),
    ],
)
def test_the_machine_translator_is_chosen_by_environment(value, translator):
    result = _load_base({"MACHINE_TRANSLATOR": value})
    assert result.stdout.strip().endswith(translator), result.stderr


def test_nothing_is_sent_anywhere_unless_a_translator_is_configured():
    assert _load_base({}).stdout.strip().endswith("OfflineTranslator")


def test_an_unknown_machine_translator_is_refused_with_a_clear_message():
    result = _load_base({"MACHINE_TRANSLATOR": "babelfish"})
    assert result.returncode != 0
    assert "MACHINE_TRANSLATOR must be one of offline, deepl, libretranslate" in result.stderr


def _frontend_caches(env):
    code = (
        "import json, cms.settings.base as s;"
        "print(json.dumps({k: v['BACKEND'] for k, v in s.WAGTAILFRONTENDCACHE.items()}))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VARNISH_")}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "env,varnish",
    [
        ({}, None),
        ({"VARNISH_URL": "http://127.0.0.1:80"}, "cms.pagecache.store.VarnishXkeyBackend"),
        (
            {"VARNISH_URL": "http://127.0.0.1:80", "VARNISH_PURGE": "urls"},
            "cms.pagecache.store.VarnishBackend",
        ),
    ],
)
def test_varnish_is_purged_by_key_unless_told_urls(env, varnish):
    result = _frontend_caches(env)
    backends = json.loads(result.stdout)
    assert backends["pages"] == "cms.pagecache.store.DjangoCacheBackend"
    assert backends.get("varnish") == varnish


def test_an_unknown_way_of_purging_varnish_is_refused_with_a_clear_message():
    result = _frontend_caches({"VARNISH_URL": "http://127.0.0.1:80", "VARNISH_PURGE": "ban"})
    assert result.returncode != 0
    assert "VARNISH_PURGE must be xkey or urls, not 'ban'" in result.stderr
