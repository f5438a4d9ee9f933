import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, built once per test database."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no page, rate-limit count or lookup of
    another test is served from it. The page cache's host-to-site table lives in the
    process for a minute; left over from an earlier test it could expire between a
    test's warm-up request and the one it counts queries on. Likewise the Redis circuit
    breakers, and the database backend's: an outage simulated by one test must not open
    the next test's."""
    from django.core.cache import cache

    from cms.db.postgresql.base import reset_breakers as reset_database_breakers
    from cms.pagecache.store import forget_sites
    from cms.redis_cache import reset_breakers

    cache.clear()
    forget_sites()
    reset_breakers()
    reset_database_breakers()
    yield


@pytest.fixture
def home_de(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="de", slug="luebeck")
