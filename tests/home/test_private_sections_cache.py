"""A restricted page is gone at once from what was cached and from what it links: every
list the page cache kept while the page was public misses the moment a restriction is
saved (and shows it again once it is lifted), and a document used only on a restricted
page is not served to the public, while one also used on a public page stays public.

The module builds the small site with its Arabic copies (tests.support.small_site) once,
as test_private_sections.py does, and each case restricts one German page of it.
"""

import pytest
from wagtail.models import Collection, Page, PageViewRestriction

from integration_pages.models import MeasurePage
from tests.support import private_pages as private
from tests.support.commit import committed
from tests.support.marks import indexed
from tests.support.once import fresh, module_data

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("private_sections_cache"), indexed]

# Built once for the module (tests.support.once), as each test only restricts and reads.
small_site = module_data(private.build_private_site)


@pytest.fixture
def site(small_site):
    return fresh(small_site)


# --- The cache forgets ----------------------------------------------------------------

# Only a site's own host name is cached: the small site's (tests.support.site).
SITE_HOST = "testserver"


def cached_urls(site):
    concept, plan = site.concept, site.plan
    return [
        f"{private.path(concept)}measures/",
        f"{private.path(concept)}measures.json",
        f"{private.path(concept)}measures.csv",
        private.path(plan),
        f"{private.path(plan)}report/",
        f"{private.path(private.translation(concept, 'ar'))}measures/",
    ]


def test_a_page_cached_while_public_is_gone_from_every_list_the_moment_it_is_restricted(
    client, site
):
    target = private.goal_with_eccar_measures(site)
    measure = private.german(MeasurePage, path__startswith=target.path).order_by("path").first()
    addresses = {
        private.path(p) for p in Page.objects.filter(translation_key=measure.translation_key)
    }

    def shown(response):
        return any(address in response.content.decode() for address in addresses)

    urls = cached_urls(site)
    # The overview counts measures rather than linking them: it must be purged all the same.
    overview = private.path(site.concept)
    client.get(overview, HTTP_HOST=SITE_HOST)
    assert client.get(overview, HTTP_HOST=SITE_HOST)["X-Cache"] == "HIT"
    for url in urls:
        client.get(url, HTTP_HOST=SITE_HOST)
        second = client.get(url, HTTP_HOST=SITE_HOST)
        assert second["X-Cache"] == "HIT", url
        assert shown(second), url

    with committed():
        restriction = private.restrict(target, PageViewRestriction.PASSWORD)
    assert client.get(overview, HTTP_HOST=SITE_HOST)["X-Cache"] == "MISS"
    for url in urls:
        response = client.get(url, HTTP_HOST=SITE_HOST)
        assert response["X-Cache"] == "MISS", url
        assert not shown(response), url

    # And back, the moment the restriction is lifted.
    with committed():
        restriction.delete()
    for url in urls:
        assert shown(client.get(url, HTTP_HOST=SITE_HOST)), url


# --- Documents ------------------------------------------------------------------------


@pytest.fixture
def minutes(site, settings, tmp_path):
    """A Forum meeting whose minutes are a document used nowhere else."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import ReferenceIndex

    from integration_pages.models import ForumMeetingPage

    settings.MEDIA_ROOT = str(tmp_path)
    document = get_document_model().objects.create(
        title="Protokoll der vertraulichen Sitzung",
        file=ContentFile(b"%PDF-1.4\n% minutes\n", name="protokoll-vertraulich.pdf"),
        collection=Collection.objects.get(name="Öffentlich"),
    )
    meeting = private.german(ForumMeetingPage, path__startswith=site.forum.path).order_by(
        "starts_at"
    )[0]
    meeting.minutes = document
    meeting.save()
    ReferenceIndex.create_or_update_for_object(meeting)
    return meeting, document


def test_a_document_used_only_on_a_restricted_page_is_not_served_to_the_public(
    client, site, minutes, django_user_model
):
    meeting, document = minutes
    assert client.get(document.url).status_code == 200

    private.restrict(meeting, PageViewRestriction.LOGIN)
    assert client.get(document.url).status_code == 404
    assert document.url not in private.read(client, private.path(site.forum)).decode()

    client.force_login(django_user_model.objects.create_user("vorstand", password="x" * 16))
    assert client.get(document.url).status_code == 200


def test_a_document_also_used_on_a_public_page_stays_public(client, site, minutes):
    from wagtail.models import ReferenceIndex

    meeting, document = minutes
    from django.utils import timezone

    # Another meeting already held: only those may have minutes.
    other = (
        private.german(type(meeting), path__startswith=site.forum.path)
        .exclude(pk=meeting.pk)
        .filter(starts_at__lt=timezone.now())
        .first()
    )
    other.minutes = document
    other.save()
    ReferenceIndex.create_or_update_for_object(other)
    private.restrict(meeting, PageViewRestriction.LOGIN)
    assert client.get(document.url).status_code == 200
