"""Services that hang do not hang the site.

A Redis or PostgreSQL that accepts connections and never answers is simulated for real:
a listener on a free port that takes every connection, reads what is sent and says
nothing. Nothing here is timed; the tests count what reached the listener and check that
a process facing a hanging database finishes at all."""

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from wagtail.models import Site

import cms.ops.redis_cache
from integration_pages.models import SignpostPage
from tests.support.factories import IntegrationConceptPageFactory
from tests.support.forms_data import (
    CONTACT,
    build_office_forms,
    default_host,
    own_host,
    send_contact,
    settings_module_with,
    submissions,
)
from tests.support.marks import database_independent
from tests.support.ports import free_port
from tests.support.site import translate


class SilentListener:
    """Accepts connections on 127.0.0.1, reads everything, never answers."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.received = 0
        self.lock = threading.Lock()
        self.open = []
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                self.open.append(connection)
            threading.Thread(target=self._read, args=(connection,), daemon=True).start()

    def _read(self, connection):
        while True:
            try:
                data = connection.recv(65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.received += len(data)

    def seen(self):
        with self.lock:
            return self.connections, self.received

    def close(self):
        self.running = False
        self.server.close()
        for connection in self.open:
            connection.close()


@pytest.fixture
def silent():
    listener = SilentListener()
    yield listener
    listener.close()


@pytest.fixture
def site_pages(home_de):
    """What the tests below visit, as in the demo, below a fresh German home page that the
    default site serves: the home page (also in Arabic), the integration concept, the
    signpost and the contact form."""
    translate(home_de, "ar")
    IntegrationConceptPageFactory(parent=home_de, slug="integrationskonzept")
    signpost = SignpostPage(title="Wegweiser", slug="wegweiser", intro="<p>Hilfe finden.</p>")
    home_de.add_child(instance=signpost)
    signpost.save_revision().publish()
    build_office_forms(home_de, languages=())
    return home_de


@pytest.fixture
def redis_hangs(settings, monkeypatch, silent):
    configured = settings_module_with(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{silent.port}/0")
    settings.CACHES = configured.CACHES
    settings.REDIS_COOL_DOWN = 30
    return silent


@pytest.mark.django_db
def test_a_hanging_redis_is_asked_once_per_cool_down_not_once_per_call(
    site_pages, redis_hangs, client
):
    """The first cache call waits for the socket timeout and opens the breaker; the pages,
    the form and its rate limit after it do not touch Redis again until the cool-down has
    passed, and every answer is the page itself."""
    host = default_host()
    assert client.get("/de/", HTTP_HOST=host).status_code == 200
    tried = redis_hangs.seen()
    assert tried[1] > 0, "Redis was never asked, so nothing was proven"
    for path in ["/de/", "/ar/", "/de/integrationskonzept/", "/de/wegweiser/", "/robots.txt"]:
        assert client.get(path, HTTP_HOST=host).status_code == 200
    response = send_contact(client, host)
    assert response.status_code == 200
    assert submissions(CONTACT.format("de")).count() == 1
    assert redis_hangs.seen() == tried

    later = cms.ops.redis_cache.clock() + 31
    original = cms.ops.redis_cache.clock
    try:
        cms.ops.redis_cache.clock = lambda: later
        assert client.get("/de/", HTTP_HOST=host).status_code == 200
    finally:
        cms.ops.redis_cache.clock = original
    assert redis_hangs.seen()[1] > tried[1], "after the cool-down Redis is tried again"


@database_independent
def test_the_breaker_is_shared_by_every_cache_object_of_the_process(redis_hangs):
    """Django makes a cache object per thread; the second thread must not wait again."""
    caches["default"].get("first")
    tried = redis_hangs.seen()
    other = []
    thread = threading.Thread(target=lambda: other.append(caches["default"].get("second", "x")))
    thread.start()
    thread.join()
    assert other == ["x"]
    assert redis_hangs.seen() == tried


def probe_with_a_silent_database(silent, requests, cool_down="5"):
    """Statuses and log of a process with production settings whose PostgreSQL accepts
    connections and never answers."""
    environment = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    environment.update(
        # As deploy/gunicorn/gunicorn.conf.py sets it for the web workers.
        DATABASE_COOL_DOWN=cool_down,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="test-only",
        PARTICIPATION_HASH_KEY="test-only",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{silent.port}/portal",
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.wsgi_probe", json.dumps(requests)],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return [answer["status"] for answer in json.loads(done.stdout)], done.stderr


@database_independent
def test_a_hanging_database_gives_the_503_page_instead_of_hanging(silent):
    """A process with production settings whose PostgreSQL accepts the connection and never
    answers: libpq's connect_timeout ends the wait, and each page answers 503. Before, each
    request waited about 130 s; the probe's limit of 60 s for three requests fails that."""
    requests = [["/de/", "de"], ["/ar/", "ar"], ["/en/integrationskonzept/", "en"]]
    # Every attempt is made (no circuit breaker), so each one must end by the timeout.
    statuses, log = probe_with_a_silent_database(silent, requests, cool_down="0")
    assert statuses == [503, 503, 503]
    assert silent.seen()[0] >= 1, "the database was never asked"
    assert "timeout" in log.lower()


@database_independent
def test_after_one_failed_connection_the_database_is_not_tried_again_at_once(silent):
    """Each attempt at a hanging database waits for the connect timeout. After the first
    one fails, the circuit breaker of the database backend (cms/db/postgresql) answers the
    next requests' attempts at once: five pages cost the connections one page costs, and
    each gets the outage page. Without the setting (management commands), every attempt
    is made."""
    assert probe_with_a_silent_database(silent, [["/de/", "de"]])[0] == [503]
    one_page = silent.seen()[0]
    five = [["/de/", "de"], ["/ar/", "ar"], ["/en/", "en"], ["/de/wegweiser/", "de"], ["/", "de"]]
    assert probe_with_a_silent_database(silent, five)[0] == [503] * 5
    assert silent.seen()[0] - one_page == one_page
    before = silent.seen()[0]
    assert probe_with_a_silent_database(silent, five[:2], cool_down="0")[0] == [503] * 2
    assert silent.seen()[0] - before > one_page


@pytest.mark.django_db
def test_while_the_database_fails_the_pages_the_cache_holds_are_still_served(site_pages, client):
    """The page cache's host-to-site lookup is kept for a minute in the process, and also
    in the shared cache. Once the minute is over while the database is down, the shared
    answer is used: a cached page is still served, where before every visitor got the 503
    page after about 60 s. A page that is not cached gets the 503 page, which shows the
    database really was failing."""
    from django.db import OperationalError, connection

    from cms.pagecache.store import forget_sites

    host = own_host(Site.objects.get(root_page=site_pages))
    assert client.get("/de/", HTTP_HOST=host)["X-Cache"] == "MISS"
    cached = client.get("/de/", HTTP_HOST=host)
    assert cached["X-Cache"] == "HIT"
    forget_sites()  # as when the process's minute is over

    attempts = []

    def unreachable(execute, sql, params, many, context):
        attempts.append(sql)
        raise OperationalError("could not connect to server: Connection refused")

    with connection.execute_wrapper(unreachable):
        served = client.get("/de/", HTTP_HOST=host)
        tried = len(attempts)
        # Each attempt would wait for the connect timeout: after the first failure the
        # next visitors of cached pages get them without one.
        again = client.get("/de/", HTTP_HOST=host)
        tried_again = len(attempts)
        # This client does not re-raise the error the 503 page answered.
        uncached = Client(raise_request_exception=False).get("/de/wegweiser/", HTTP_HOST=host)
    assert served.status_code == 200
    assert served["X-Cache"] == "HIT"
    assert served.content == cached.content
    assert tried == 1
    assert again["X-Cache"] == "HIT" and again.content == cached.content
    assert tried_again == tried
    assert uncached.status_code == 503


REDIS_SERVER = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/bin")


@database_independent
@pytest.mark.skipif(not REDIS_SERVER, reason="redis-server is not installed")
def test_the_deploy_configuration_caps_redis_memory_and_evicts_only_expiring_keys(tmp_path):
    """deploy/redis/portal.conf, loaded by a real redis-server: a memory cap, and the
    eviction policy that drops cache entries (all with an expiry) but never queued jobs."""
    import redis

    port = free_port()
    config = Path(settings.BASE_DIR) / "deploy" / "redis" / "portal.conf"
    server = subprocess.Popen(
        [REDIS_SERVER, str(config), "--port", str(port), "--save", "", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(port=port, socket_timeout=5)
        for _attempt in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                threading.Event().wait(0.1)
        assert client.config_get("maxmemory")["maxmemory"] == str(256 * 1024 * 1024)
        assert client.config_get("maxmemory-policy")["maxmemory-policy"] == "volatile-lru"
        client.config_set("maxmemory", str(4 * 1024 * 1024))
        client.set("rq:queue:default", "a queued job")
        for number in range(400):
            client.set(f"pagecache:e:{number}", "x" * 20000, ex=300)
        assert client.dbsize() < 401, "cache entries were evicted at the cap"
        assert client.get("rq:queue:default") == b"a queued job"
    finally:
        server.terminate()
        server.wait(timeout=10)
