"""Steps of the tests that restrict pages of the small site (tests.support.small_site) and
read what the public then sees: a page's address, its German live pages, its copy in
another language, a view restriction, and a page read afresh without what changes on
every request."""

import re
from urllib.parse import urlsplit

from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from integration_pages.models import MeasurePage
from tests.support.site import build_home
from tests.support.small_site import build_small_site

PASSWORD = "nur-fuer-den-vorstand"
NONCE = re.compile(rb'nonce="[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"|DTSTAMP:\S+')


def build_private_site():
    """The small site with one page of each aggregate's type (and of what they list), in
    German and Arabic, below a home page of its own."""
    return build_small_site(build_home(), languages=("ar",))


def path(page):
    return urlsplit(page.get_url()).path


def german(model, **filters):
    return model.objects.live().filter(locale__language_code="de", **filters)


def translation(page, language):
    return Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=language
    ).first()


def goal_with_eccar_measures(site):
    measure = (
        german(MeasurePage, path__startswith=site.concept.path, eccar_commitments__isnull=False)
        .order_by("path")
        .first()
    )
    return measure.get_parent()


def read(client, url):
    """The body at `url`, rendered afresh (not from the cache), without nonces, CSRF
    tokens and calendar time stamps, so that two readings compare equal."""
    cache.clear()
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return NONCE.sub(b"", response.content)


def restrict(page, kind, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == "password" else ""
    )
    if group is not None:
        restriction.groups.set([group])
    return restriction
