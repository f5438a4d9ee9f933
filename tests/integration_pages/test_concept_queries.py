"""The concept's public pages cost the same number of queries with 10 or 300 measures."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from integration_pages.models import ActionField, MeasurePage, MeasureStatus
from tests.support.concept_data import add_measure, make_concept
from tests.support.factories import GoalPageFactory
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]

MAX_QUERIES = 20
STATUSES = list(MeasureStatus.values)


def _grow(home, slug, size, with_fields=True):
    """A concept with `size` measures spread over goals and sub-goals, every relation set.

    Without fields of action the overview lists the measures under their goals instead.
    """
    concept, fields, units = make_concept(home, slug=slug)
    goals = [GoalPageFactory(parent=concept, slug=f"ziel-{n}") for n in range(3)]
    goals.append(GoalPageFactory(parent=goals[0], slug="teilziel"))
    for goals_index, goal in enumerate(goals):
        goal.action_fields = [fields["I"] if goals_index % 2 else fields["II"]]
        goal.save_revision().publish()
    field_list, unit_list = list(fields.values()), list(units.values())
    for n in range(size):
        add_measure(
            goals[n % len(goals)],
            f"m-{n}",
            field_list[: 1 + n % 2],
            unit_list[n % 2],
            unit_list[:1],
            status=STATUSES[n % len(STATUSES)],
            start_date=datetime.date(2020 + n % 5, 1, 1),
            end_date=datetime.date(2026 + n % 3, 12, 31),
            annual_cost=Decimal(1000 + n),
            indicators=[
                (
                    "indicator",
                    {
                        "name": "Teilnehmende",
                        "unit": "Personen",
                        "baseline": Decimal(1),
                        "target_value": Decimal(9),
                        "target_date": None,
                        "values": [{"date": datetime.date(2024, 1, 1), "value": Decimal(5)}],
                    },
                )
            ],
        )
    if not with_fields:
        ActionField.objects.filter(concept=concept).delete()
    return concept


def _count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_concept_pages_render_in_the_same_bounded_number_of_queries(
    client, home_de, django_assert_max_num_queries
):
    small = _grow(home_de, "klein", 10)
    large = _grow(home_de, "gross", 300)
    small_plain = _grow(home_de, "klein-ohne", 10, with_fields=False)
    large_plain = _grow(home_de, "gross-ohne", 300, with_fields=False)
    _check_bounded(
        client,
        django_assert_max_num_queries,
        [(small, large), (small_plain, large_plain)],
        {
            "concept": "/de/{slug}/",
            "measure list": "/de/{slug}/measures/?field=I&year=2024&q=m",
            "measure list page 2": "/de/{slug}/measures/?page=2",
            "measure": "/de/{slug}/ziel-1/m-1/",
        },
    )


def _check_bounded(client, django_assert_max_num_queries, pairs, views):
    for small, large in pairs:
        for name, url in views.items():
            for concept in (small, large):
                client.get(url.format(slug=concept.slug))  # warm what any first request fills
            small_count, _ = _count(client, url.format(slug=small.slug))
            with django_assert_max_num_queries(MAX_QUERIES):
                large_count, response = _count(client, url.format(slug=large.slug))
            assert small_count == large_count, f"{name}: {small_count} vs {large_count} queries"
            if name == "concept":
                _assert_overview_of_300(response)


def _assert_overview_of_300(response):
    """Every measure is counted (with fields: per goal and status) or listed (without)."""
    html = response.content.decode()
    assert response.context["measure_count"] == 300
    if response.context["field_sections"]:
        totals = [section["total"] for section in response.context["field_sections"]]
        # Field I tags every measure, field II every other one; none is untagged.
        assert totals == [300, 150]
        assert html.count('<tr class="goal--sub">') == 2
        assert 'class="status status--' not in html
    else:
        assert html.count('class="status status--') == 300


def test_translated_concept_pages_stay_within_the_bound(client, django_assert_max_num_queries):
    """In English the fields, units and partners are looked up in their translations too."""
    measure = MeasurePage.objects.filter(
        locale__language_code="en", url_path__startswith="/luebeck", partners__isnull=False
    ).first()
    for url in [
        "/en/integrationskonzept/",
        "/ar/integrationskonzept/",
        "/en/integrationskonzept/measures/?status=in_progress",
        measure.url,
    ]:
        client.get(url)
        with django_assert_max_num_queries(MAX_QUERIES):
            assert client.get(url).status_code == 200
