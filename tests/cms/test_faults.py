"""Faults the public site survives: Redis down costs speed, never a page; an unreachable
database gives visitors a short, translated 503 page instead of an error.

Both faults are real: Redis and PostgreSQL addresses on a port where nothing listens, and
an SQLite file in a folder that does not exist."""

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Page, Site, get_page_models

from tests.support.forms_data import (
    CONTACT,
    build_office_forms,
    default_host,
    send_contact,
    settings_module_with,
    submissions,
)
from tests.support.marks import database_independent, indexed
from tests.support.translation_data import every_page_type

ROOT = Path(settings.BASE_DIR)


def closed_port():
    """A port on 127.0.0.1 where nothing listens (the system just handed it out, free)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- Redis down ------------------------------------------------------------------------


# The tests ask for the pages before `redis_down`: they are built while the cache works,
# so every failed cache call the tests see comes from the requests.
@pytest.fixture
def site_pages(home_de):
    """One page of every page type below a fresh German home page, which the default site
    serves: at /de/integrationskonzept/, /de/presse/, /de/veranstaltungen/ … as in the
    demo."""
    return every_page_type(home_de)


@pytest.fixture
def contact_form(home_de):
    return build_office_forms(home_de, languages=())["contact"]


@pytest.fixture
def redis_down(settings, monkeypatch):
    """The site as `REDIS_URL` configures it (cache and RQ queue), with that Redis down."""
    from wagtail_localize import models as localize_models
    from wagtail_localize import tasks as localize_tasks
    from wagtail_localize.views import submit_translations

    configured = settings_module_with(monkeypatch, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    assert configured.CACHES["default"]["BACKEND"] == "cms.ops.redis_cache.BreakerRedisCache"
    for name in [
        "CACHES",
        "DJANGO_REDIS_IGNORE_EXCEPTIONS",
        "DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS",
        "RQ_QUEUES",
        "WAGTAILLOCALIZE_JOBS",
    ]:
        setattr(settings, name, getattr(configured, name))
    # wagtail-localize chooses its job backend at import; give it the RQ one of these settings.
    backend = localize_tasks.get_backend()
    assert type(backend).__name__ == "DjangoRQJobBackend"
    for module in (localize_tasks, localize_models, submit_translations):
        monkeypatch.setattr(module, "background", backend)
    # Really down: what is stored is gone.
    caches["default"].set("probe", "value")
    assert caches["default"].get("probe") is None


def public_pages():
    """One live, public page of every page type of the default site, German where there is
    one."""
    site = Site.objects.get(is_default_site=True)
    pages = Page.objects.none()
    for root in site.root_page.get_translations(inclusive=True):
        pages |= Page.objects.descendant_of(root, inclusive=True)
    chosen = {}
    for page in pages.live().public().specific().order_by("path"):
        kind = type(page).__name__
        if kind not in chosen or (
            page.locale.language_code == "de" and chosen[kind].locale.language_code != "de"
        ):
            chosen[kind] = page
    return chosen


def redis_was_tried(caplog):
    return [r for r in caplog.records if r.name.startswith("django_redis")]


@indexed
@pytest.mark.django_db
def test_with_redis_down_every_public_page_type_answers_200(site_pages, redis_down, client, caplog):
    """With REDIS_URL pointing at a Redis that is down, a page of every public page type
    still answers 200, twice, at the site's own host name (where the page cache is used):
    django-redis ignores the failed cache calls (IGNORE_EXCEPTIONS), the page is built
    uncached each time, and nothing on a page waits for the RQ queue."""
    pages = public_pages()
    # Every page type of the project, so the test cannot pass empty, and a new page type
    # fails here until tests.support.translation_data.every_page_type builds one.
    assert set(pages) == {model.__name__ for model in get_page_models() if model.is_creatable}
    host = default_host()
    answers = {}
    with caplog.at_level(logging.ERROR, logger="django_redis"):
        for kind, page in pages.items():
            path = urlsplit(page.get_url()).path
            answers[kind] = [client.get(path, HTTP_HOST=host) for _twice in range(2)]
    assert {
        kind: [r.status_code for r in responses]
        for kind, responses in answers.items()
        if [r.status_code for r in responses] != [200, 200]
    } == {}
    assert not [kind for kind, responses in answers.items() if responses[1].get("X-Cache") == "HIT"]
    assert redis_was_tried(caplog), "the pages never asked the cache, so nothing was proven"


@indexed
@pytest.mark.django_db
def test_with_redis_down_sitemaps_search_feeds_and_the_api_answer_200(
    site_pages, redis_down, client
):
    """The views beside the pages also work uncached while Redis is down."""
    host = default_host()
    paths = [
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-de.xml",
        "/de/search/?q=Sprachkurs",
        "/de/presse/rss.xml",
        "/de/veranstaltungen/calendar.ics",
        "/de/integrationskonzept/measures.json",
        "/api/v2/pages/?type=integration_pages.MeasurePage",
    ]
    statuses = {path: client.get(path, HTTP_HOST=host).status_code for path in paths}
    assert {path: status for path, status in statuses.items() if status != 200} == {}


@pytest.mark.django_db
def test_with_redis_down_a_form_is_still_sent_and_stored(contact_form, redis_down, client, caplog):
    """The forms' rate limit counts in the cache. While Redis is down it cannot count, and
    the form is let through (RATELIMIT_FAIL_OPEN) instead of refusing everyone with 429."""
    with caplog.at_level(logging.ERROR, logger="django_redis"):
        response = send_contact(client, default_host())
    assert response.status_code == 200
    assert submissions(CONTACT.format("de")).count() == 1
    assert redis_was_tried(caplog)


# --- Database unreachable -----------------------------------------------------------------

REQUESTS = [  # path, Accept-Language, the language the page must be in
    ("/de/", "ar", "de"),
    ("/ar/", "de", "ar"),
    ("/fa/wegweiser/", "de", "fa"),
    ("/en/integrationskonzept/measures/", "", "en"),
    # No prefix: Accept-Language decides. "/" and an unknown address fail in middleware
    # (the redirect lookup for a 404), not in a view.
    ("/", "uk,de;q=0.5", "uk"),
    ("/alte-seite.html", "tr", "tr"),
]
HEADING = "The site is temporarily unavailable"


def unreachable_database(kind, tmp_path):
    if kind == "postgresql":
        return f"postgres://postgres@127.0.0.1:{closed_port()}/portal", "Connection refused"
    return f"sqlite:///{tmp_path}/no-such-folder/db.sqlite3", "unable to open database file"


@database_independent
@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
def test_with_the_database_unreachable_visitors_get_a_translated_503_page(kind, tmp_path):
    """A process with production settings whose database cannot be reached answers every
    page with 503 and Retry-After: a static page in the URL's language (else the browser's)
    and German, right to left for Arabic and Persian, with no trace of the error."""
    database_url, failure = unreachable_database(kind, tmp_path)
    environment = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="test-only",
        PARTICIPATION_HASH_KEY="test-only",
        DATABASE_URL=database_url,
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.wsgi_probe", json.dumps([r[:2] for r in REQUESTS])],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    # The database really was unreachable, and the middleware said so in the log.
    assert failure in done.stderr
    assert "Database unavailable, answering 503" in done.stderr
    with translation.override("de"):
        german = translation.gettext(HEADING)
    for answer, (path, _accept, language) in zip(json.loads(done.stdout), REQUESTS, strict=True):
        body = answer["body"]
        assert answer["status"] == 503, path
        assert int(answer["headers"]["Retry-After"]) > 0
        assert answer["headers"]["Content-Type"].startswith("text/html")
        assert answer["headers"]["Cache-Control"] == "no-store"
        with translation.override(language):
            heading = translation.gettext(HEADING)
        assert language == "en" or heading != HEADING, f"{HEADING!r} is not translated"
        direction = "rtl" if language in {"ar", "fa"} else "ltr"
        assert f'<html lang="{language}" dir="{direction}"' in body, path
        assert f"<h1>{heading}</h1>" in body, path
        assert german in body, path
        assert '<section lang="de" dir="ltr">' in body or language == "de", path
        for trace in ["Traceback", "OperationalError", failure, "psycopg", "sqlite", "5432"]:
            assert trace not in body, (path, trace)
