"""The concept's public pages cost the same number of queries with 10 or 50 measures."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.pagecache.purge import purges_deferred
from home.indexing import index_updates_deferred
from integration_pages.models import ActionField, GoalPage, MeasureStatus
from tests.support.concept_data import (
    add_measure,
    indicator,
    known_measures,
    make_concept,
    synced,
    translate_known,
)
from tests.support.factories import GoalPageFactory
from tests.support.site import translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

SMALL, LARGE = 10, 50  # LARGE: three pages of the measure list, every status ten times
# A measure page reads its progress log and the indicators linked to it as well (22).
MAX_QUERIES = 22
STATUSES = list(MeasureStatus.values)


def _grow(home, slug, size):
    """A concept with `size` measures spread over goals and sub-goals, every relation set."""
    concept, fields, units = make_concept(home, slug=slug)
    goals = [GoalPageFactory(parent=concept, slug=f"ziel-{n}") for n in range(3)]
    goals.append(GoalPageFactory(parent=goals[0], slug="teilziel"))
    for goals_index, goal in enumerate(goals):
        goal.action_fields = [fields["I"] if goals_index % 2 else fields["II"]]
        goal.save_revision().publish()
    _add_measures(goals, fields, units, "m", size)
    return concept


def _add_measures(goals, fields, units, prefix, size):
    """`size` measures over `goals`, every fact and relation set (alternating fields, units
    and statuses), built in bulk as the demo is: no search index entries, no revisions;
    every page is live, which is all the public pages read."""
    field_list, unit_list = list(fields.values()), list(units.values())
    with index_updates_deferred(), purges_deferred():
        for n in range(size):
            add_measure(
                goals[n % len(goals)],
                f"{prefix}-{n}",
                field_list[: 1 + n % 2],
                unit_list[n % 2],
                unit_list[:1],
                publish=False,
                status=STATUSES[n % len(STATUSES)],
                start_date=datetime.date(2020 + n % 5, 1, 1),
                end_date=datetime.date(2026 + n % 3, 12, 31),
                annual_cost=Decimal(1000 + n),
                indicators=[indicator("Teilnehmende", 1, 9, None, ("2024-01-01", 5))],
            )


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_concept_pages_render_in_the_same_bounded_number_of_queries(
    client, home_de, django_assert_max_num_queries
):
    """With fields of action the overview counts measures per goal and status; without,
    it lists them under their goals. Both, and the other pages, at two sizes."""
    small = _grow(home_de, "klein", SMALL)
    large = _grow(home_de, "gross", LARGE)
    views = {
        "concept": "/de/{slug}/",
        "measure list": "/de/{slug}/measures/?field=I&year=2024&q=m",
        "measure list page 2": "/de/{slug}/measures/?page=2",
        "measure": "/de/{slug}/ziel-1/m-1/",
    }
    _check_bounded(client, django_assert_max_num_queries, small, large, views)
    # The same concepts without fields of action.
    ActionField.objects.filter(concept__in=[small, large]).delete()
    _check_bounded(client, django_assert_max_num_queries, small, large, views)


def _check_bounded(client, django_assert_max_num_queries, small, large, views):
    for name, url in views.items():
        for concept in (small, large):
            client.get(url.format(slug=concept.slug))  # warm what any first request fills
        small_count, _ = _count(client, url.format(slug=small.slug))
        with django_assert_max_num_queries(MAX_QUERIES):
            large_count, response = _count(client, url.format(slug=large.slug))
        assert small_count == large_count, f"{name}: {small_count} vs {large_count} queries"
        if name == "concept":
            _assert_overview_of_all(response)


def _assert_overview_of_all(response):
    """Every measure is counted (with fields: per goal and status) or listed (without)."""
    html = response.content.decode()
    assert response.context["measure_count"] == LARGE
    if response.context["field_sections"]:
        totals = [section["total"] for section in response.context["field_sections"]]
        # Field I tags every measure, field II every other one; none is untagged.
        assert totals == [LARGE, LARGE // 2]
        assert html.count('<tr class="goal--sub">') == 2
        assert 'class="status status--' not in html
    else:
        assert html.count('class="status status--') == LARGE


def test_translated_concept_pages_stay_within_the_bound(
    client, home_de, django_assert_max_num_queries
):
    """In English the fields, units and partners are looked up in their translations too;
    the Arabic concept, whose goals nobody translated, shows the German ones. With four
    translated measures and with forty more in German only, the pages cost the same."""
    concept, fields, units = make_concept(home_de)
    measures = known_measures(concept, fields, units)
    translate_known(concept, fields, units, measures, "en")
    translate(home_de, "ar")
    synced(concept, "ar", {"Integrationskonzept": "مفهوم الاندماج"})
    english_measure = measures["lotsen"].get_translation(Locale.objects.get(language_code="en"))
    assert english_measure.partners.exists()
    urls = [
        "/en/konzept/",
        "/ar/konzept/",
        "/en/konzept/measures/?status=in_progress",
        "/en/konzept/measures/?page=2",
        english_measure.url,
    ]
    counts = {}
    for size in ("small", "large"):
        for url in urls:
            client.get(url)  # warm what any first request fills
            with django_assert_max_num_queries(MAX_QUERIES):
                count, _response = _count(client, url)
            counts.setdefault(url, []).append(count)
        if size == "small":
            _add_measures(list(GoalPage.objects.child_of(concept)), fields, units, "mehr", 40)
    for url, (small, large) in counts.items():
        assert small == large, f"{url}: {small} vs {large} queries"
