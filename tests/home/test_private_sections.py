"""What is private stays private: a page under a view restriction (password, login or
group) reaches no public list, count, sum, export, feed, calendar, sitemap, search result
or API answer, in German or in Arabic; whoever may see it sees it there as well. A
restriction of a German page holds for its copies, a copy may have its own. (The page
cache and documents: test_private_sections_cache.py.)

The module builds a small site with one page of each aggregate's type and its Arabic
copy (tests.support.small_site) once, and each case restricts one German page of it (a goal
with its measures, a Forum news item, an event, a press release). Every public aggregate
is then read twice: with the restriction, and with the restricted pages unpublished
instead. The two must be the same response, so not even a count or a budget sum gives
the restricted pages away; and none of their titles or addresses may appear in it.
"""

import json
import re
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from integration_pages.models import MeasurePage
from tests.support.marks import indexed
from tests.support.once import fresh, module_data
from tests.support.private_pages import (
    PASSWORD,
    build_private_site,
    german,
    goal_with_eccar_measures,
    path,
    read,
    restrict,
    translation,
)

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("private_sections"), indexed]

LANGUAGES = ("de", "ar")
KINDS = (
    PageViewRestriction.PASSWORD,
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
)


# --- The pages restricted -------------------------------------------------------------


def newest(pages):
    return max(pages, key=lambda page: (page.date, page.pk))


TARGETS = {
    "goal": goal_with_eccar_measures,
    "forum_news": lambda site: newest(site.forum_news),
    "event": lambda site: max(site.events, key=lambda event: event.starts_at),
    "press_release": lambda site: newest(site.news),
}


def on_each_target_and_kind(test):
    """`test` runs for every kind of restriction on every kind of target page."""
    for_each_target = pytest.mark.parametrize("target_name", sorted(TARGETS))(test)
    return pytest.mark.parametrize("kind", KINDS)(for_each_target)


# One page of each aggregate's type (and of what they list), in German and Arabic: built
# once for the module (tests.support.once), as each test only restricts and reads.
small_site = module_data(build_private_site)


@pytest.fixture
def site(small_site):
    return fresh(small_site)


def listed_title(target):
    """The title a list shows of the target: a goal's first measure, else the target's."""
    below = german(MeasurePage, path__startswith=target.path).order_by("path").first()
    return (below or target).title


def subtree(page):
    """The restricted page, the pages below it, and all their translations."""
    keys = Page.objects.filter(path__startswith=page.path).values("translation_key")
    return Page.objects.filter(translation_key__in=keys)


def secrets(page):
    """What must not show: each restricted page's title (where it is its own text) and
    address, in every language."""
    found = set()
    for restricted in subtree(page):
        found.add(path(restricted))
        found.add(restricted.title)
    return found


# --- The public aggregates ----------------------------------------------------------


def concept_in(site, language):
    return translation(site.concept, language)


def year_choices(measures):
    return sorted({m.start_date.year for m in measures if m.start_date})


def aggregates(site, target):
    """Every public URL that lists, counts or exports pages, in German and Arabic."""
    urls = []
    measures = list(german(MeasurePage, path__startswith=target.path))
    for language in LANGUAGES:
        concept = concept_in(site, language)
        plan = translation(site.plan, language)
        forum = translation(site.forum, language)
        news = translation(site.news_index, language)
        events = translation(site.event_index, language)
        home = translation(site.home, language)
        directory = translation(site.directory, language)
        numbers = {c.number for m in measures for c in m.eccar_commitments.all()} or {1}
        years = year_choices(measures) or [2024]
        urls += [
            path(home),
            path(concept),
            f"{path(concept)}measures/",
            f"{path(concept)}measures/?page=2",
            f"{path(concept)}measures.json",
            f"{path(concept)}measures.csv",
            path(plan),
            *(f"{path(plan)}commitment/{number}/" for number in sorted(numbers)),
            f"{path(plan)}report/",
            *(f"{path(plan)}report/?year={year}" for year in years),
            path(forum),
            f"{path(forum)}calendar.ics",
            path(news),
            f"{path(news)}rss.xml",
            f"{path(news)}atom.xml",
            path(events),
            f"{path(events)}calendar.ics",
            f"{path(news)}?parallel=ar",
        ]
        if directory is not None:
            urls += [path(directory), f"{path(directory)}print/"]
        parent = target.get_parent()
        if translation(parent, language) is not None:
            urls.append(path(translation(parent, language)))
    urls += ["/sitemap.xml", "/sitemap-de.xml", "/sitemap-ar.xml"]
    return urls


def searches(target):
    """Site search for the longest word of the restricted page's title, in both languages
    (one word: the results page repeats the query, and must not count as showing the title)."""
    word = max(re.findall(r"\w+", target.title), key=len)
    return [f"/{language}/search/?q={quote(word)}" for language in LANGUAGES]


def api_ids(client, target):
    """The ids of every page the API v2 lists of the types in the target's subtree
    (all pages of each listing, 100 at a time)."""
    found = set()
    for content_type in {page.content_type for page in subtree(target)}:
        offset = 0
        while True:
            response = client.get(
                "/api/v2/pages/",
                {
                    "type": f"{content_type.app_label}.{content_type.model}",
                    "limit": 100,
                    "offset": offset,
                },
            )
            assert response.status_code == 200
            found |= {item["id"] for item in response.json()["items"]}
            offset += 100
            if offset >= response.json()["meta"]["total_count"]:
                break
    return found


def unpublish(page):
    subtree(page).update(live=False)
    cache.clear()


# --- The tests ---------------------------------------------------------------------------


@pytest.fixture
def group():
    return Group.objects.create(name="Vertrauliche Arbeitsgruppe")


@pytest.fixture(scope="module")
def read_without():
    """{target name: {url: body}}: the aggregates with the target's pages unpublished.
    They show the same whatever kind of restriction the target had, so each target's are
    read by its first test and compared by all three."""
    return {}


@on_each_target_and_kind
def test_a_restricted_page_reaches_no_public_aggregate(
    client, site, target_name, kind, group, read_without
):
    target = TARGETS[target_name](site)
    hidden = secrets(target)
    pages = set(subtree(target).values_list("pk", flat=True))
    # Before: the page is listed, and the API has it.
    assert listed_title(target) in read(client, LISTED_ON[target_name](site)).decode()
    assert api_ids(client, target) & pages

    restrict(target, kind, group)
    urls = aggregates(site, target) + searches(target)
    restricted = {url: read(client, url) for url in urls}
    assert not api_ids(client, target) & pages

    unpublish(target)
    known = read_without.setdefault(target_name, {})
    for url, body in restricted.items():
        if url not in known:
            known[url] = read(client, url)
        without = known[url]
        assert body == without, f"{url} differs from the same page without them"
        # Their titles may stand in other pages' prose (a commitment names a measure in
        # its description); their addresses never.
        leaked = [s for s in hidden if s in body.decode() and s not in without.decode()]
        leaked += [s for s in hidden if s.startswith("/") and s in body.decode()]
        assert not leaked, (url, leaked)


def privileged(client, kind, target, group, django_user_model):
    """A client who may see the restricted page: past its password form, logged in, or
    in the group."""
    if kind == PageViewRestriction.PASSWORD:
        restriction = target.view_restrictions.get()
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, target.pk])
        response = client.post(url, {"password": PASSWORD, "return_url": path(target)})
        assert response.status_code == 302
        return client
    user = django_user_model.objects.create_user("mitglied", password="x" * 16)
    if kind == PageViewRestriction.GROUPS:
        user.groups.add(group)
    client.force_login(user)
    return client


# Where each restricted page is listed for whoever may see it.
LISTED_ON = {
    "goal": lambda site: f"{path(site.concept)}measures/",
    "forum_news": lambda site: path(site.forum),
    "event": lambda site: path(site.event_index),
    "press_release": lambda site: path(site.news_index),
}


@on_each_target_and_kind
def test_whoever_may_see_a_restricted_page_finds_it_in_the_lists(
    client, site, target_name, kind, group, django_user_model
):
    target = TARGETS[target_name](site)
    title = listed_title(target)
    restrict(target, kind, group)
    list_url = LISTED_ON[target_name](site)
    assert title not in read(client, list_url).decode()

    privileged(client, kind, target, group, django_user_model)
    response = client.get(list_url)
    assert title in response.content.decode()
    # What they see must not be kept for the next anonymous visitor.
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    if kind != PageViewRestriction.PASSWORD:
        # The API lists it for them too, in every language the page has.
        assert set(subtree(target).values_list("pk", flat=True)) <= api_ids(client, target)


def test_a_restriction_on_the_german_page_holds_for_its_translations(site, group):
    target = goal_with_eccar_measures(site)
    restriction = restrict(target, PageViewRestriction.GROUPS, group)
    copies = PageViewRestriction.objects.filter(
        page__translation_key=target.translation_key
    ).exclude(pk=restriction.pk)
    assert copies.count() == Page.objects.filter(translation_key=target.translation_key).count() - 1
    assert all(list(copy.groups.all()) == [group] for copy in copies)

    restriction.delete()
    assert not PageViewRestriction.objects.filter(
        page__translation_key=target.translation_key
    ).exists()


def test_a_translation_may_be_restricted_on_its_own(site):
    target = goal_with_eccar_measures(site)
    arabic = translation(target, "ar")
    restrict(arabic, PageViewRestriction.LOGIN)
    assert not target.view_restrictions.exists()
    assert arabic.view_restrictions.count() == 1


def test_deleting_a_restricted_german_page_leaves_its_translations_restricted(site):
    target = goal_with_eccar_measures(site)
    restrict(target, PageViewRestriction.LOGIN)
    arabic = translation(target, "ar")
    target.delete()
    assert arabic.view_restrictions.count() == 1


def test_measure_exports_count_only_what_the_visitor_may_see(client, site):
    target = goal_with_eccar_measures(site)
    concept = site.concept
    before = json.loads(read(client, f"{path(concept)}measures.json"))
    hidden = german(MeasurePage, path__startswith=target.path).count()
    restrict(target, PageViewRestriction.LOGIN)
    after = json.loads(read(client, f"{path(concept)}measures.json"))
    assert after["count"] == before["count"] - hidden > 0
