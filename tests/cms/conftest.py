"""Fixtures the page cache's tests share (test_page_cache.py, test_page_cache_xkey.py),
the German admin's (test_admin_german.py, test_admin_german_pages.py), and the S3 server
of the object storage tests (test_object_storage.py)."""

import pytest

from integration_pages.models import GoalPage, IntegrationConceptPage
from tests.support.admin_language import logged_in_choosing_language
from tests.support.s3_server import s3_server  # noqa: F401  (object storage tests)
from tests.support.small_site import build_concept, build_plan


@pytest.fixture
def staff_client(client, django_user_model):
    """A logged-in editor whose admin language is chosen by each test."""
    user = django_user_model.objects.create_superuser("sprachen", "s@example.org", "pw-123456")
    return logged_in_choosing_language(client, user)


@pytest.fixture
def site_pages(home_de):
    """A concept (two goals, three measures) and the ECCAR plan on home_de's site."""
    concept, goals, measures = build_concept(home_de)
    return {"concept": concept, "goals": goals, "measures": measures, "plan": build_plan(home_de)}


@pytest.fixture
def measure(site_pages):
    """The first German measure of the concept built, with its goal and concept."""
    measure = site_pages["measures"][0]
    measure.goal = measure.get_parent().specific
    assert isinstance(measure.goal, GoalPage)
    measure.concept = measure.get_ancestors().type(IntegrationConceptPage).first().specific
    return measure


@pytest.fixture
def purged(monkeypatch):
    """Every URL and site root the frontend-cache backends are sent, in order."""
    from cms.pagecache.store import DjangoCacheBackend

    sent = []
    real_batch, real_site = DjangoCacheBackend.purge_batch, DjangoCacheBackend.purge_site
    monkeypatch.setattr(
        DjangoCacheBackend,
        "purge_batch",
        lambda self, urls: sent.extend(urls) or real_batch(self, urls),
    )
    monkeypatch.setattr(
        DjangoCacheBackend,
        "purge_site",
        lambda self, root: sent.append(("site", root)) or real_site(self, root),
    )
    return sent
