"""The anonymous page cache (cms.pagecache) and its purge when content changes.

Requests go to the sites' own host names: only those are cached. Each test builds what it
reads under the German home page of `home_de` (its site's host is `testserver`) with
tests.support.every_type; a second site, for the tests of two, has its own host name.
`X-Cache` tells what the cache did: HIT, MISS (stored) or BYPASS.
"""

import uuid

import pytest
from django.core.cache import caches
from wagtail.models import Locale, Page

from integration_pages.models import IntegrationConceptPage, SignpostPage
from tests.support.commit import committed
from tests.support.every_type import build_form, build_second_site, build_signpost
from tests.support.marks import indexed
from tests.support.ports import redis_available
from tests.support.site import publish, translate

pytestmark = [pytest.mark.django_db, indexed]

# The host of home_de's site (tests.support.site), and that of a second site.
LUEBECK = "testserver"
LUENEBURG = "zweitstadt.localhost"


def get(client, url, host=LUEBECK, **extra):
    return client.get(url, HTTP_HOST=host, **extra)


def twice(client, url, host=LUEBECK, **extra):
    return get(client, url, host, **extra), get(client, url, host, **extra)


def path_of(page):
    return page.get_url_parts()[2]


def publish_title(page, title):
    page = page.specific
    page.title = title
    with committed():
        page.save_revision().publish()


def test_a_second_anonymous_get_is_served_from_the_cache(client, measure):
    first, second = twice(client, path_of(measure))
    assert first.status_code == second.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=" in second["Cache-Control"]


def test_cached_pages_carry_the_security_headers(client, measure):
    first, second = twice(client, path_of(measure))
    assert second["X-Cache"] == "HIT"
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"):
        assert second[header] == first[header], header


def test_a_hit_is_served_without_the_database(client, measure, django_assert_num_queries):
    get(client, path_of(measure))
    with django_assert_num_queries(0):
        assert get(client, path_of(measure))["X-Cache"] == "HIT"


def test_head_is_answered_from_the_cache(client, measure):
    full = get(client, path_of(measure))
    response = client.head(path_of(measure), HTTP_HOST=LUEBECK)
    assert response["X-Cache"] == "HIT"
    assert response["Content-Length"] == str(len(full.content))


def test_logged_in_users_are_neither_served_nor_stored(client, measure, django_user_model):
    get(client, path_of(measure))  # cached for visitors
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    first, second = twice(client, path_of(measure))
    assert "X-Cache" not in first and "X-Cache" not in second
    assert "private" in second["Cache-Control"]
    client.logout()
    # What the editor saw was not stored for visitors either.
    assert get(client, path_of(measure))["X-Cache"] == "HIT"


def test_a_logged_in_page_is_not_stored_for_visitors(client, measure, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    get(client, path_of(measure))
    client.logout()
    client.cookies.clear()
    assert get(client, path_of(measure))["X-Cache"] == "MISS"


def test_a_request_with_a_session_cookie_is_not_served_from_the_cache(client, measure):
    get(client, path_of(measure))
    client.cookies["sessionid"] = "someone"
    first, second = twice(client, path_of(measure))
    assert "X-Cache" not in first and "X-Cache" not in second


def test_posts_are_not_cached(client, home_de):
    page = build_form(home_de)
    for _ in range(2):
        response = client.post(path_of(page), {}, HTTP_HOST=LUEBECK)
        assert response.get("X-Cache") is None


def test_form_pages_set_a_csrf_cookie_and_are_not_stored(client, home_de):
    page = build_form(home_de)
    first = get(client, path_of(page))
    assert first.status_code == 200 and "csrftoken" in first.cookies
    client.cookies.clear()
    second = get(client, path_of(page))
    assert second["X-Cache"] == "BYPASS" and "csrftoken" in second.cookies


def test_a_visitor_with_a_csrf_cookie_still_gets_cached_pages(client, measure):
    get(client, path_of(measure))
    client.cookies["csrftoken"] = "x" * 32
    assert get(client, path_of(measure))["X-Cache"] == "HIT"


def test_unknown_query_parameters_bypass_the_cache(client, measure):
    first, second = twice(client, path_of(measure) + "?utm_source=bot")
    assert "X-Cache" not in first and "X-Cache" not in second
    assert "public" not in second.get("Cache-Control", "")


def test_filter_parameters_are_cached_in_any_order(client, measure):
    measures = path_of(measure.concept) + "measures/"
    assert get(client, measures + "?status=planned&year=2024")["X-Cache"] == "MISS"
    assert get(client, measures + "?year=2024&status=planned")["X-Cache"] == "HIT"
    assert get(client, measures + "?year=2025&status=planned")["X-Cache"] == "MISS"


def test_query_variants_per_path_are_capped(client, measure, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 3
    measures = path_of(measure.concept) + "measures/"
    for number in range(3):
        assert get(client, f"{measures}?q=bot{number}")["X-Cache"] == "MISS"
    first, second = twice(client, f"{measures}?q=bot-overflow")
    assert first["X-Cache"] == second["X-Cache"] == "BYPASS"
    # The page itself, without a query, is still cached.
    assert get(client, measures)["X-Cache"] == "MISS"
    assert get(client, measures)["X-Cache"] == "HIT"


@pytest.mark.parametrize(
    "path", ["/admin/login/", "/admin/pages/", "/de/search/?q=Sprache", "/api/v2/pages/"]
)
def test_the_admin_search_and_api_are_never_looked_up(rf, path):
    from cms.pagecache.middleware import PageCacheMiddleware

    request = rf.get(path, HTTP_HOST=LUEBECK)
    assert PageCacheMiddleware(lambda request: None).lookup(request) is None


def test_publishing_a_changed_measure_title_shows_at_once_everywhere(client, measure):
    urls = [
        path_of(measure),
        path_of(measure.concept) + "measures/",
        path_of(measure.concept) + "measures/?status=" + measure.status,
        path_of(measure.concept) + "measures.json",
        path_of(measure.goal),
    ]
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Cache"] == "HIT", url
    title = f"Neuer Titel {uuid.uuid4().hex[:8]}"
    publish_title(measure, title)
    for url in urls:
        response = get(client, url)
        assert response["X-Cache"] == "MISS", url
        assert title in response.content.decode(), url


def test_unpublishing_a_measure_removes_it_from_the_list(client, measure):
    measures = path_of(measure.concept) + "measures/"
    assert measure.title in get(client, measures).content.decode()
    assert get(client, measures)["X-Cache"] == "HIT"
    with committed():
        measure.unpublish()
    response = get(client, measures)
    assert response["X-Cache"] == "MISS"
    assert path_of(measure) not in response.content.decode()
    assert get(client, path_of(measure)).status_code == 404


def test_deleting_a_measure_purges_its_goal(client, measure):
    goal_url = path_of(measure.goal)
    assert path_of(measure) in get(client, goal_url).content.decode()
    with committed():
        measure.delete()
    assert path_of(measure) not in get(client, goal_url).content.decode()


def test_moving_a_measure_purges_the_old_and_the_new_goal(client, measure, site_pages):
    other_goal = next(goal for goal in site_pages["goals"] if goal.pk != measure.goal.pk)
    old_goal, new_goal = path_of(measure.goal), path_of(other_goal)
    get(client, old_goal), get(client, new_goal)
    with committed():
        Page.objects.get(pk=measure.pk).move(other_goal, pos="last-child")
    assert path_of(measure) not in get(client, old_goal).content.decode()
    moved = Page.objects.get(pk=measure.pk)
    assert path_of(moved) in get(client, new_goal).content.decode()


def test_arabic_and_german_are_cached_separately(client, measure):
    for page in (measure.concept.get_parent(), measure.concept, measure.goal, measure):
        translate(page, "ar")
    ar = measure.get_translation(Locale.objects.get(language_code="ar"))
    assert path_of(ar).startswith("/ar/")
    de_page, ar_page = get(client, path_of(measure)), get(client, path_of(ar))
    assert ar_page["X-Cache"] == "MISS"
    assert 'lang="ar"' in ar_page.content.decode()
    assert 'lang="de"' in de_page.content.decode()
    # Publishing the Arabic translation purges the Arabic page, not the German one.
    assert get(client, path_of(ar)).content == ar_page.content
    # Publishing the Arabic translation shows at once on the Arabic page and goal page.
    ar_goal = path_of(measure.goal.get_translation(ar.locale))
    get(client, ar_goal)
    publish_title(ar, "عنوان جديد")
    assert "عنوان جديد" in get(client, path_of(ar)).content.decode()
    assert "عنوان جديد" in get(client, ar_goal).content.decode()
    assert "عنوان جديد" not in get(client, path_of(measure)).content.decode()


@pytest.fixture
def second_site():
    """Another site with a concept at the same path as home_de's."""
    home = build_second_site(LUENEBURG)
    publish(
        home, IntegrationConceptPage(title="Konzept der Zweitstadt", slug="integrationskonzept")
    )
    return home


def test_two_sites_do_not_share_entries(client, site_pages, second_site):
    luebeck = get(client, "/de/integrationskonzept/", LUEBECK)
    lueneburg = get(client, "/de/integrationskonzept/", LUENEBURG)
    assert luebeck["X-Cache"] == lueneburg["X-Cache"] == "MISS"
    assert luebeck.content != lueneburg.content
    assert get(client, "/de/integrationskonzept/", LUENEBURG).content == lueneburg.content


def test_a_change_on_one_site_leaves_the_other_cached(client, measure, second_site):
    get(client, "/de/integrationskonzept/", LUENEBURG)
    publish_title(measure, "Nur in Lübeck")
    assert get(client, "/de/integrationskonzept/", LUENEBURG)["X-Cache"] == "HIT"


def test_the_default_site_fallback_host_is_not_cached(client, measure):
    # Pages build absolute links from the host asked for; a purge names the site's own.
    first, second = twice(client, path_of(measure), "127.0.0.1")
    assert first.status_code == 200
    assert "X-Cache" not in second


def test_changing_a_counselling_service_purges_the_signpost(client, service):
    signpost = "/de/wegweiser/"
    assert service.name in get(client, signpost).content.decode()
    assert get(client, signpost)["X-Cache"] == "HIT"
    service.name = "Neu benannte Beratungsstelle"
    with committed():
        service.save()
    response = get(client, signpost)
    assert response["X-Cache"] == "MISS"
    assert "Neu benannte Beratungsstelle" in response.content.decode()


def test_publishing_purges_the_sitemaps(client, measure):
    get(client, "/sitemap.xml"), get(client, "/sitemap-de.xml")
    assert get(client, "/sitemap-de.xml")["X-Cache"] == "HIT"
    with committed():
        measure.unpublish()
    response = get(client, "/sitemap-de.xml")
    assert response["X-Cache"] == "MISS"
    assert path_of(measure) not in response.content.decode()


@pytest.fixture
def redis_cache(settings):
    """The default cache on the real Redis at 127.0.0.1:6379, database 13, own prefix."""
    if not redis_available():
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/13",
            "KEY_PREFIX": f"portal-test-{uuid.uuid4().hex[:8]}",
        }
    }
    cache = caches["default"]
    assert type(cache).__name__ == "RedisCache"
    yield cache
    cache.delete_pattern("*")


def test_the_purge_works_against_redis(client, measure, redis_cache):
    urls = [path_of(measure), path_of(measure.goal), path_of(measure.concept) + "measures/"]
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Cache"] == "HIT"
    assert redis_cache.keys("pagecache:e:*")
    publish_title(measure, "Titel aus Redis")
    for url in urls:
        response = get(client, url)
        assert response["X-Cache"] == "MISS", url
        assert "Titel aus Redis" in response.content.decode(), url


def test_a_draft_purges_nothing_and_a_publish_purges_each_url_once(measure, site_pages, purged):
    """Saving a draft of a live page changes nothing the public sees. A publish sends each
    URL once, at the commit: no second round from Wagtail's own frontend-cache handler,
    none for the revision's save, none before the commit."""
    page = measure.specific
    page.title = "Nur ein Entwurf"
    with committed():
        revision = page.save_revision()
    assert purged == []
    with committed() as callbacks:
        revision.publish()
        assert purged == [], "nothing goes before the commit"
    assert callbacks
    assert purged, "the publish purged nothing"
    assert len(purged) == len(set(purged))
    measure_url = measure.get_full_url()
    concept_url = measure.concept.get_full_url()
    assert measure_url in purged
    assert concept_url + "measures/" in purged and concept_url + "measures.json" in purged
    # the ECCAR plan lists measures by a query: the plugin's page_cache_dependents hook
    plan = site_pages["plan"]
    assert plan.get_full_url() in purged


def test_pages_declare_their_routes_and_exports_through_get_cached_paths(
    home_de, site_pages, service
):
    plan = site_pages["plan"]
    paths = plan.get_cached_paths()
    assert {"/", "/report/", "/commitment/1/", "/commitment/10/"} <= set(paths)
    concept = site_pages["concept"]
    assert {"/measures/", "/measures.json", "/measures.json/", "/measures.csv"} <= set(
        concept.get_cached_paths()
    )
    signpost = SignpostPage.objects.child_of(home_de).get()
    assert f"/services/{service.slug}/contact.vcf" in signpost.get_cached_paths()


def test_the_apps_name_the_query_parameters_a_cached_page_may_have():
    from cms.pagecache.registry import query_parameters

    names = query_parameters()
    assert {"page", "status", "ground", "topic", "parallel"} <= names
    assert "utm_source" not in names


@pytest.fixture
def service(home_de):
    """The signpost (/de/wegweiser/) and a counselling service it lists."""
    _signpost, service = build_signpost(home_de)
    return service


def test_a_snippet_purges_the_pages_that_show_it_not_the_whole_site(
    client, site_pages, service, purged
):
    """A counselling service is listed by the signpost (the plugin's hook) and nowhere
    else on the site: changing it leaves the home page and the concept cached."""
    get(client, "/de/integrationskonzept/"), get(client, "/de/wegweiser/")
    service.name = "Umbenannte Beratung"
    with committed():
        service.save()
    assert not [item for item in purged if isinstance(item, tuple)], "a whole site was purged"
    assert any(url.endswith("/de/wegweiser/") for url in purged)
    assert get(client, "/de/wegweiser/")["X-Cache"] == "MISS"
    assert get(client, "/de/integrationskonzept/")["X-Cache"] == "HIT"
