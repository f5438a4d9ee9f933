"""The page cache's fast path (cms/pagecache/fast_path.py): hits answered in front of
Django, in one cache round trip, with the headers the whole stack sent.

Requests go through the WSGI application as gunicorn calls it: the fast path around
Django's own WSGIHandler, built after each test's settings. The test client goes around
cms.wsgi, so it serves here as the full stack to compare with and to log in with.
"""

import uuid
from urllib.parse import quote, unquote_to_bytes, urlsplit

import pytest
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from redis.connection import AbstractConnection

from cms.pagecache import fast_path
from tests.cms.test_hanging_services import SilentListener
from tests.support.commit import committed
from tests.support.factories import StandardPageFactory
from tests.support.forms_data import settings_module_with
from tests.support.marks import indexed
from tests.support.ports import redis_available

pytestmark = [pytest.mark.django_db, indexed]

HOST = "testserver"  # home_de's site


@pytest.fixture
def served():
    """Calls the fast path around a fresh WSGIHandler (made on the first call, after the
    test's settings); returns (status, headers, body). The handler's signals would close
    the test's transaction, as the test client's handler knows: they are off meanwhile."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    made = {}

    def call(path, method="GET", host=HOST, **headers):
        if "app" not in made:
            made["django"] = WSGIHandler()
            made["app"] = fast_path.wrap(made["django"])
        parts = urlsplit(path)
        environ = RequestFactory()._base_environ(
            # As a WSGI server passes it: the path's UTF-8 bytes as ISO-8859-1 characters.
            PATH_INFO=unquote_to_bytes(parts.path).decode("iso-8859-1"),
            QUERY_STRING=parts.query,
            REQUEST_METHOD=method,
            HTTP_HOST=host,
            **headers,
        )
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"], answer["headers"] = status, response_headers

        result = made["app"](environ, start_response)
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
        return answer["status"], dict(answer["headers"]), body

    call.made = made
    yield call
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def path_of(page):
    return page.get_url_parts()[2]


def entered_django(served):
    """Counts the requests that reached Django's handler behind the fast path."""
    served("/robots.txt")  # builds the application
    handler, calls = served.made["django"], []
    app = served.made["app"]
    app.application = lambda environ, start: (
        calls.append(environ["PATH_INFO"]) or handler(environ, start)
    )
    return calls


def test_a_hit_is_answered_without_django_and_without_the_database(
    served, measure, django_assert_num_queries
):
    calls = entered_django(served)
    status, first, _body = served(path_of(measure))
    assert status == "200 OK" and first["X-Cache"] == "MISS"
    assert calls == [path_of(measure)]
    with django_assert_num_queries(0):
        status, second, _body = served(path_of(measure))
    assert status == "200 OK" and second["X-Cache"] == "HIT"
    assert calls == [path_of(measure)], "the hit went through Django"


def test_a_page_whose_address_is_not_ascii_is_found_then_served_from_the_cache(served, home_de):
    """Wagtail allows slugs like 'integrationsbüro': the fast path's look at the request
    must leave the path as the WSGI server gave it, or Django would not find the page."""
    page = StandardPageFactory(parent=home_de, slug="integrationsbüro", title="Integrationsbüro")
    address = quote(path_of(page), safe="/%")
    status, first, _body = served(address)
    assert status == "200 OK" and first["X-Cache"] == "MISS"
    status, second, body = served(address)
    assert status == "200 OK" and second["X-Cache"] == "HIT"
    assert "Integrationsbüro" in body.decode()


def test_the_hit_has_the_body_and_every_header_of_the_full_response(served, measure, settings):
    """With the production headers on: HSTS (the request came over https by the proxy's
    header), CSP, Permissions-Policy, X-Frame-Options, Referrer-Policy, nosniff, Vary."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_REFERRER_POLICY = "same-origin"
    settings.X_FRAME_OPTIONS = "DENY"
    measure.get_site().__class__.objects.filter(hostname=HOST).update(port=443)
    https = {"HTTP_X_FORWARDED_PROTO": "https"}
    _status, first, body = served(path_of(measure), **https)
    status, second, replayed = served(path_of(measure), **https)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert status == "200 OK" and replayed == body
    for name in ("Strict-Transport-Security", "Content-Security-Policy", "Permissions-Policy"):
        assert name in second, name
    first.pop("X-Cache"), second.pop("X-Cache")
    assert second == first


def test_head_is_answered_by_the_fast_path_with_the_length_of_the_page(served, measure):
    calls = entered_django(served)
    _status, _headers, body = served(path_of(measure))
    status, headers, empty = served(path_of(measure), method="HEAD")
    assert status == "200 OK" and headers["X-Cache"] == "HIT" and empty == b""
    assert headers["Content-Length"] == str(len(body))
    assert len(calls) == 1


def test_a_conditional_get_is_answered_as_the_full_stack_answers_it(served, client, measure):
    """No middleware answers 304 today: a conditional GET gets the page, hit or not."""
    _status, first, body = served(path_of(measure))
    condition = {"HTTP_IF_NONE_MATCH": first.get("ETag", '"x"'), "HTTP_IF_MODIFIED_SINCE": ""}
    full = client.get(path_of(measure), HTTP_HOST=HOST, **condition)
    status, headers, replayed = served(path_of(measure), **condition)
    assert headers["X-Cache"] == "HIT"
    assert int(status.split()[0]) == full.status_code == 200
    assert replayed == body


def test_a_publish_purges_what_the_fast_path_serves(served, measure):
    served(path_of(measure))
    assert served(path_of(measure))[1]["X-Cache"] == "HIT"
    page = measure.specific
    page.title = "Neuer Titel der Maßnahme"
    with committed():
        page.save_revision().publish()
    _status, headers, body = served(path_of(measure))
    assert headers["X-Cache"] == "MISS"
    assert "Neuer Titel der Maßnahme" in body.decode()
    _status, headers, body = served(path_of(measure))
    assert headers["X-Cache"] == "HIT" and "Neuer Titel der Maßnahme" in body.decode()


def test_logged_in_users_never_get_the_cached_page(served, client, measure, django_user_model):
    served(path_of(measure))
    assert served(path_of(measure))[1]["X-Cache"] == "HIT"
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    session = client.cookies["sessionid"].value
    for _ in range(2):
        _status, headers, _body = served(path_of(measure), HTTP_COOKIE=f"sessionid={session}")
        assert "X-Cache" not in headers
        assert "private" in headers["Cache-Control"]


@pytest.mark.parametrize(
    "what",
    ["foreign port", "body over the limit", "https required", "refused agent"],
)
def test_what_a_middleware_in_front_would_answer_it_still_answers(served, measure, settings, what):
    """A hit is stored for the site's own address only; the middlewares in front of the
    page cache (canonical host, body limit, https redirect, CommonMiddleware's refused
    agents) answer as before for anything else, cached or not."""
    settings.CANONICAL_HOST_REDIRECT = True
    served(path_of(measure))
    assert served(path_of(measure))[1]["X-Cache"] == "HIT"
    request, expected = {}, None
    if what == "foreign port":
        request, expected = {"host": f"{HOST}:8080"}, "301"
    elif what == "body over the limit":
        settings.REQUEST_BODY_MAX = 10
        request, expected = {"CONTENT_LENGTH": "11"}, "413"
    elif what == "https required":
        settings.SECURE_SSL_REDIRECT = True
        expected = "301"
    else:
        import re

        settings.DISALLOWED_USER_AGENTS = [re.compile("BadBot")]
        request, expected = {"HTTP_USER_AGENT": "BadBot/1.0"}, "403"
    served.made.clear()  # the handler and fast path read these settings when made
    status, headers, _body = served(path_of(measure), **request)
    assert status.split()[0] == expected
    assert headers.get("X-Cache") != "HIT"


def test_without_the_page_cache_middleware_there_is_no_fast_path(settings):
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != fast_path.MIDDLEWARE_PATH]
    handler = WSGIHandler()
    assert fast_path.wrap(handler) is handler


@pytest.fixture
def redis_cache(settings):
    """The production cache class on the real Redis, database 7, a prefix of its own."""
    if not redis_available():
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.ops.redis_cache.BreakerRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/7",
            "KEY_PREFIX": f"portal-test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    cache = caches["default"]
    yield cache
    cache.delete_pattern("*")


@pytest.fixture
def redis_commands(monkeypatch):
    """The commands sent to Redis, by name, as they leave for the server."""
    sent = []
    real = AbstractConnection.send_packed_command

    def counting(self, command, check_health=True):
        packed = b"".join(command) if isinstance(command, list) else command
        sent.append(packed.split(b"\r\n")[2].decode().upper())
        return real(self, command, check_health)

    monkeypatch.setattr(AbstractConnection, "send_packed_command", counting)
    return sent


def test_a_hit_costs_one_round_trip_to_redis(served, measure, redis_cache, redis_commands):
    served(path_of(measure))
    redis_commands.clear()
    _status, headers, _body = served(path_of(measure))
    assert headers["X-Cache"] == "HIT"
    assert redis_commands == ["MGET"]


def test_a_miss_asks_redis_once_before_rendering(served, measure, redis_cache, redis_commands):
    """The fast path hands its lookup on: the middleware does not ask again."""
    served("/robots.txt")  # the site lookup, which keeps its answer in the process
    redis_commands.clear()
    _status, headers, _body = served(path_of(measure))
    assert headers["X-Cache"] == "MISS"
    assert redis_commands.count("MGET") == 1


def test_a_hanging_redis_costs_one_call_and_the_page_is_rendered(
    served, measure, settings, monkeypatch
):
    silent = SilentListener()
    try:
        configured = settings_module_with(
            monkeypatch, REDIS_URL=f"redis://127.0.0.1:{silent.port}/0"
        )
        settings.CACHES = configured.CACHES
        settings.REDIS_COOL_DOWN = 30
        status, headers, body = served(path_of(measure))
        tried = silent.seen()
        assert status == "200 OK" and measure.title in body.decode()
        assert headers.get("X-Cache") != "HIT"
        assert served(path_of(measure))[0] == "200 OK"
        assert silent.seen() == tried, "Redis was asked again within the cool-down"
    finally:
        silent.close()
