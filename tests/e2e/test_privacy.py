"""Privacy in a real browser: visiting every page type makes no request to any other host,
and anonymous visitors get no cookie except the CSRF cookie of a page with a form."""

from urllib.parse import urlsplit

import pytest

from tests.e2e.pages import extra_paths

FORM_PAGE_TYPES = {"FormPage", "RefundFormPage"}


@pytest.mark.parametrize("language", ["de", "ar"])
def test_no_request_leaves_the_site_and_no_cookie_without_a_form(
    context, site_url, manifest, language
):
    own_host = urlsplit(site_url).netloc
    requested = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    cookies = {}
    paths = {kind: urls[language] for kind, urls in manifest.items()}
    paths.update(extra_paths(manifest, language))
    for name, path in paths.items():
        context.clear_cookies()
        # A page without scripts requests nothing after its load event but the web fonts
        # its layout asks for: waiting for those is enough, where "networkidle" idled
        # half a second after each of some fifty pages.
        page.goto(path, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        cookies[name] = sorted(c["name"] for c in context.cookies())
    foreign = {url for url in requested if urlsplit(url).scheme in {"http", "https", "ws", "wss"}}
    foreign = {url for url in foreign if urlsplit(url).netloc != own_host}
    assert not foreign
    assert len(requested) > len(paths), "page assets (CSS, images) should have been requested"
    for name, names in cookies.items():
        if name in FORM_PAGE_TYPES:
            assert names == ["csrftoken"], name
        else:
            assert names == [], f"{name} set cookies {names}"
