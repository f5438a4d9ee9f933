"""Purging by surrogate key (xkey): the header a shared response carries and the backend
that purges a Varnish by key (cms.pagecache.store.VarnishXkeyBackend).

The backend talks to a stand-in for Varnish on a free port that records the requests it
receives; tests/cms/test_varnish.py runs the same purges against Varnish itself.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Site

from cms.pagecache.store import VarnishXkeyBackend, path_xkey
from tests.cms.test_page_cache import LUEBECK, get, path_of
from tests.support.commit import committed
from tests.support.every_type import build_form
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]


def site_key():
    return f"site{Site.objects.get(hostname=LUEBECK).pk}"


def keys_of(response):
    return response["xkey"].split()


def test_a_shared_response_names_its_page_its_site_and_its_path(client, measure):
    site = Site.objects.get(hostname=LUEBECK)
    page = get(client, path_of(measure))
    assert page["X-Cache"] == "MISS"
    assert keys_of(page) == [
        f"p{measure.pk}",
        f"s{site.pk}",
        path_xkey(site_key(), path_of(measure)),
    ]
    # The replay from Django's cache carries it too: Varnish may fetch a hit.
    hit = get(client, path_of(measure))
    assert hit["X-Cache"] == "HIT" and hit["xkey"] == page["xkey"]


def test_routes_exports_and_query_variants_carry_the_key_of_their_page(client, measure):
    concept = path_of(measure.concept)
    for url in (
        f"{concept}measures/",
        f"{concept}measures/?status={measure.status}",
        f"{concept}measures.json",
    ):
        response = get(client, url)
        assert response["X-Cache"] == "MISS", url
        assert f"p{measure.concept.pk}" in keys_of(response), url


def test_what_no_page_serves_carries_its_site_and_path(client, measure):
    response = get(client, "/sitemap-de.xml")
    assert keys_of(response) == [
        f"s{Site.objects.get(hostname=LUEBECK).pk}",
        path_xkey(site_key(), "/sitemap-de.xml"),
    ]


def test_responses_no_cache_may_share_carry_no_keys(client, measure, home_de):
    assert "xkey" not in get(client, path_of(measure) + "?utm_source=bot")
    form = get(client, path_of(build_form(home_de)))
    assert form["X-Cache"] == "BYPASS" and "xkey" not in form
    client.cookies["sessionid"] = "someone"
    assert "xkey" not in get(client, path_of(measure))


@pytest.fixture
def received(settings):
    """A stand-in for Varnish, purged by key as VARNISH_PURGE = "xkey" configures it: the
    requests it receives, in order, as (method, path, xkey-purge header)."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def answer(self):
            requests.append((self.command, self.path, self.headers.get("xkey-purge")))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PURGE = do_BAN = do_GET = answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "varnish": {
            "BACKEND": "cms.pagecache.store.VarnishXkeyBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        },
    }
    yield requests
    server.shutdown()
    server.server_close()


def test_a_publish_sends_each_key_once_in_one_request_at_the_commit(
    measure, site_pages, received, purged
):
    """The equivalent of test_a_draft_purges_nothing_and_a_publish_purges_each_url_once
    for the backend that purges by key; Django's own cache is still purged by URL."""
    page = measure.specific
    page.title = "Nur ein Entwurf"
    with committed():
        revision = page.save_revision()
    assert received == []
    with committed():
        revision.publish()
        assert received == [], "nothing goes before the commit"
    assert len(received) == 1, received
    method, path, header = received[0]
    assert (method, path) == ("PURGE", "/")
    keys = header.split()
    assert len(keys) == len(set(keys))
    pages = [measure, measure.goal, measure.concept, site_pages["plan"]]
    assert {f"p{page.pk}" for page in pages} <= set(keys)
    # The sitemaps are no page's: they go by their path.
    assert path_xkey(site_key(), "/sitemap-de.xml") in keys
    # No URL of a page goes by its path: its page's key takes it, query variants and all.
    assert path_xkey(site_key(), path_of(measure)) not in keys
    assert measure.get_full_url() in purged


def test_a_publish_purges_once_though_wagtail_commits_the_page_before_announcing_it(
    measure, received, purged
):
    """In the admin no transaction wraps the publish: Wagtail saves the page in one of its
    own, which commits (and purges), then sends page_published. Its steps, one by one."""
    from wagtail.signals import page_published

    page = measure.specific
    page.title = "Einmal gelöscht"
    revision = page.save_revision()
    page.live_revision = revision
    with committed():
        page.save()
    assert len(received) == 1
    urls = len(purged)
    with committed():
        page_published.send(sender=type(page), instance=page, revision=revision)
    assert len(received) == 1 and len(purged) == urls
    # Another publish of the page purges again.
    with committed():
        page.save_revision().publish()
    assert len(received) == 2


def test_a_change_to_the_whole_site_sends_the_site_key(home_de, received):
    from cms.pagecache.purge import purge_all_sites

    with committed():
        purge_all_sites()
    assert [(method, path) for method, path, _keys in received] == [("PURGE", "/")]
    sites = {f"s{site.pk}" for site in Site.objects.all()}
    assert set(received[0][2].split()) == sites


def backend(settings):
    return VarnishXkeyBackend(dict(settings.WAGTAILFRONTENDCACHE["varnish"]))


def test_wagtails_url_interface_purges_by_the_path_key(measure, received, settings):
    backend(settings).purge_batch([measure.get_full_url(), measure.get_full_url() + "?page=2"])
    assert received == [("PURGE", "/", path_xkey(site_key(), path_of(measure)))]


def test_a_large_batch_is_split_under_varnishs_header_limit(received, settings):
    backend(settings).purge_tagged(page_ids=range(1, 3001))
    assert len(received) > 1
    headers = [header for _method, _path, header in received]
    assert all(len(header) <= VarnishXkeyBackend.MAX_HEADER for header in headers)
    keys = [key for header in headers for key in header.split()]
    assert sorted(keys) == sorted(f"p{number}" for number in range(1, 3001))
