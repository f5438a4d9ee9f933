"""What the public sees of a concept: grouping, budget, the filterable measure list."""

import datetime
import re
from decimal import Decimal
from html import unescape

import pytest
from wagtail.models import Locale, PageViewRestriction

from integration_pages.concept.budget import budget_overview
from integration_pages.models import MeasurePage
from tests.support.concept_data import (
    add_measure,
    indicator,
    known_measures,
    make_concept,
    translate_known,
)
from tests.support.factories import GoalPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(home_de):
    concept, fields, units = make_concept(home_de)
    measures = known_measures(concept, fields, units)
    return concept, fields, units, measures


def test_budget_sums_planned_costs_per_year_and_flags_the_year_over_budget(known):
    concept, *_ = known
    measures = list(MeasurePage.objects.descendant_of(concept))
    rows = budget_overview(measures, concept.annual_budget, today=datetime.date(2025, 6, 1))
    assert [(r["year"], r["planned"], r["over"]) for r in rows] == [
        (2021, Decimal("30000"), False),
        (2022, Decimal("70000"), False),
        (2023, Decimal("110000"), True),
        (2024, Decimal("70000"), False),
        (2025, Decimal("70000"), False),
    ]
    assert rows[2]["difference"] == Decimal("-10000")


def test_concept_page_shows_budget_chart_table_and_warning(client, known):
    html = client.get("/de/konzept/").content.decode()
    # The warning names the year; the table carries the numbers beside the chart.
    assert "2023" in html[html.index('class="callout callout--warning') :][:400]
    table = html[html.index('<table class="kern-table budget">') :]
    assert (
        '<tr class="over-budget"><th scope="row">2023</th>'
        '<td><span class="amount" dir="ltr">110.000\u00a0€</span></td>'
    ) in table
    svg = html[html.index('<svg class="chart"') : html.index("</svg>")]
    assert 'role="img"' in svg and "<title" in svg
    assert svg.count('class="chart__bar chart__bar--alert"') == 1
    assert 'class="chart__reference"' in svg


def _section(html, start, end=None):
    begin = html.index(start)
    return html[begin : html.index(end, begin + 1) if end else None]


def _cells(row):
    return re.findall(r"<td>(?:<a [^>]*>)?(\d+)(?:</a>)?</td>", row)


def test_concept_page_counts_each_goals_measures_by_status_per_field_of_action(client, known):
    """The overview counts; the measures themselves are on the goal page and the list.

    Rows are goals, columns the statuses (planned, in progress, implemented, made
    permanent, paused) and the total; each field's total row links to the filtered list.
    """
    response = client.get("/de/konzept/")
    html = response.content.decode()
    sprache = _section(html, '<span class="code" translate="no">I</span>', "</section>")
    arbeit = _section(html, '<span class="code" translate="no">II</span>', "</section>")
    unassigned = _section(html, "Keinem Handlungsfeld zugeordnet", "</section>")
    for section in (sprache, arbeit, unassigned):
        assert '<th scope="col">Ziel</th>' in section and "<caption>" in section
        assert '<a href="/de/konzept/ziel/">Leitziel Sprache</a>' in section
    goal_row = lambda section: _section(section, "<tbody>", "</tr>")  # noqa: E731
    total_row = lambda section: _section(section, "<tfoot>", "</tr>")  # noqa: E731
    assert _cells(goal_row(sprache)) == ["0", "1", "1", "0", "0", "2"]
    assert _cells(goal_row(arbeit)) == ["1", "0", "1", "0", "0", "2"]
    # A measure with no field of action still counts, in its own section.
    assert _cells(goal_row(unassigned)) == ["0", "0", "0", "0", "1", "1"]
    assert _cells(total_row(sprache)) == ["0", "1", "1", "0", "0", "2"]
    assert '<a href="/de/konzept/measures/?field=I&amp;status=in_progress">1</a>' in sprache
    assert '<a href="/de/konzept/measures/?field=II">2</a>' in arbeit
    assert "<a " not in total_row(unassigned)  # the list has no filter for "no field"
    # Every measure is counted once in the status table, not once per field.
    assert status_counts(response) == {
        "planned": 1,
        "in_progress": 1,
        "implemented": 1,
        "paused": 1,
    }
    # No per-measure rows: the titles are on the goal page and the filterable list.
    assert "Sprachcafé" not in html and "Elternabende" not in html


def status_counts(response):
    return {
        row["status"]: row["count"] for row in response.context["status_counts"] if row["count"]
    }


def test_each_count_links_to_a_list_of_exactly_those_measures(client, known):
    html = client.get("/de/konzept/").content.decode()
    links = re.findall(r'<a href="(/de/konzept/measures/\?field=[^"]+)">(\d+)</a>', html)
    assert len(links) == 6  # two fields × (two statuses with measures + the total)
    for href, count in links:
        response = client.get(href.replace("&amp;", "&"))
        assert response.context["result_count"] == int(count), href


def test_translated_overview_shows_goals_in_the_readers_language_and_counts_originals(
    client, known
):
    concept, fields, _units, measures = known
    english = Locale.objects.get(language_code="en")
    goal = concept.get_children().specific().get()
    other = GoalPageFactory(parent=concept, slug="ziel-2", title="Zweites Ziel")
    add_measure(other, "nachbarn", [fields["I"]], title="Nachbarschaftshilfe")
    translated_concept = concept.copy_for_translation(english, copy_parents=True)
    translated_concept.save_revision().publish()
    translated_goal = goal.copy_for_translation(english)
    translated_goal.title = "Language goal"
    translated_goal.save_revision().publish()
    # One translated measure: counted once, as its German original.
    measures["sprachcafe"].copy_for_translation(english).save_revision().publish()
    # Neither a withdrawn nor a private measure is counted.
    add_measure(goal, "entwurf", [fields["I"]]).unpublish()
    private = add_measure(other, "intern", [fields["I"]])
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get("/en/konzept/")
    html = response.content.decode()
    sprache = _section(html, '<span class="code" translate="no">I</span>', "</section>")
    assert '<a href="/en/konzept/ziel/">Language goal</a>' in sprache
    assert "Leitziel Sprache" not in html
    # The untranslated goal links to its German page and says it is German.
    assert '<a href="/de/konzept/ziel-2/" lang="de" dir="ltr">Zweites Ziel</a>' in sprache
    assert '<th scope="col">in progress</th>' in sprache
    assert _cells(_section(sprache, "<tfoot>", "</tr>")) == ["1", "1", "1", "0", "0", "3"]
    assert response.context["measure_count"] == 5
    assert "not been translated yet" not in html


ENTRY_TITLE = re.compile(r'<h2 class="result__title"><a href="[^"]*">([^<]*)</a></h2>')


def _titles(response):
    """The titles of the measures a page of the list shows (each entry is its HTML)."""
    return {
        unescape(ENTRY_TITLE.search(entry).group(1))
        for entry in response.context["page_obj"].object_list
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"Sprachcafé", "Ausbildungslotsen", "Elternabende", "Ruhende Maßnahme"}),
        ("field=I", {"Sprachcafé", "Elternabende"}),
        ("field=II", {"Ausbildungslotsen", "Elternabende"}),
        ("status=planned", {"Ausbildungslotsen"}),
        ("year=2021", {"Sprachcafé", "Ruhende Maßnahme"}),
        ("year=2024", {"Ausbildungslotsen", "Ruhende Maßnahme"}),
        ("q=lotsen", {"Ausbildungslotsen"}),
        ("field=I&year=2023", {"Elternabende"}),
    ],
)
def test_measure_list_filters_filter(client, known, query, expected):
    response = client.get(f"/de/konzept/measures/?{query}")
    assert response.status_code == 200
    assert _titles(response) == expected
    assert response.context["result_count"] == len(expected)


def test_measure_list_filters_by_responsible_unit(client, known):
    _concept, _fields, units, _measures = known
    response = client.get(f"/de/konzept/measures/?unit={units['Amt für Bildung'].pk}")
    assert _titles(response) == {"Sprachcafé", "Elternabende"}


def test_measure_list_works_as_a_plain_form_and_says_how_many(client, known):
    html = client.get("/de/konzept/measures/?status=implemented").content.decode()
    assert '<form method="get" action="/de/konzept/measures/"' in html
    assert '<option value="implemented" selected>' in html
    assert "1 Maßnahme gefunden" in html
    # Structured data (JSON-LD) is a script element but never runs; nothing else may be one.
    assert re.findall(r"<script(?![^>]*application/ld\+json)", html) == []


def test_bad_filter_value_keeps_the_others_and_what_was_typed(client, known):
    response = client.get("/de/konzept/measures/?status=erfunden&q=lotsen")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and "Status" in html[html.index('role="alert"') :][:500]
    assert _titles(response) == {"Ausbildungslotsen"}
    assert 'value="lotsen"' in html


def test_measure_list_is_paginated_and_keeps_filters_in_page_links(client, known):
    concept, *_ = known
    goal = concept.get_children().first()
    for n in range(22):
        add_measure(goal, f"extra-{n}", status="planned", publish=False)
    first = client.get("/de/konzept/measures/?status=planned")
    assert first.context["result_count"] == 23
    assert len(first.context["page_obj"].object_list) == 20
    assert 'href="?status=planned&amp;page=2"' in first.content.decode()
    second = client.get("/de/konzept/measures/?status=planned&page=2")
    assert len(second.context["page_obj"].object_list) == 3


def test_measure_page_shows_path_to_goal_fields_partners_and_indicator_chart(client, known):
    _concept, _fields, _units, measures = known
    lotsen = measures["lotsen"]
    lotsen.indicators = [
        indicator("Vermittelte Ausbildungen", 10, 40, "2026-12-31", ("2024-12-31", 22))
    ]
    lotsen.save_revision().publish()
    html = client.get("/de/konzept/ziel/lotsen/").content.decode()
    # names inside the running text are isolated (<bdi>): a German name keeps its order on
    # a right-to-left page
    assert '<a href="/de/konzept/ziel/"><bdi>Leitziel Sprache</bdi></a>' in html
    assert "II Arbeit" in html and "Amt für Bildung" in html and "Jobcenter Test" in html
    svg = html[html.index('<svg class="chart"') : html.index("</svg>")]
    # Baseline, one measured value and the hatched target: three bars.
    assert svg.count("<rect") == 3 + 1  # plus the hatch pattern's background
    assert 'fill="url(#indicator-1-hatch)"' in svg
    assert "<td>22</td>" in html


def test_english_measure_page_shows_fields_and_units_in_english(client, known):
    concept, fields, units, measures = known
    german = measures["sprachcafe"]
    unit = german.responsible_unit
    # The measure, its goal and concept, its field of action and its unit, in English.
    translate_known(concept, fields, {unit.name: unit}, {"sprachcafe": german})
    english_locale = Locale.objects.get(language_code="en")
    measure = german.get_translation(english_locale)
    html = client.get(measure.url).content.decode()
    fields = list(german.action_fields.all())
    assert fields
    for field in fields:
        translated = field.get_translation(english_locale)
        assert translated.title != field.title
        assert translated.title in html and field.title not in html
    unit = german.responsible_unit.get_translation(english_locale)
    assert unit.name in html


def test_measure_preview_renders_for_editors(known):
    *_rest, measures = known
    measure = measures["lotsen"]
    measure.title = "Ausbildungslotsen (Entwurf)"
    response = measure.make_preview_request()
    assert response.status_code == 200
    assert "Ausbildungslotsen (Entwurf)" in response.content.decode()


def test_the_overview_kept_for_visitors_follows_each_publish_and_unpublish(
    client, known, page_cache_off
):
    """The overview's counts are kept between visitors' requests (shared_state), and a
    measure published or unpublished shows in the next request's counts and budget."""
    from integration_pages.models import GoalPage

    concept, *_ = known
    before = client.get("/de/konzept/").context
    assert client.get("/de/konzept/").context["measure_count"] == before["measure_count"]
    goal = GoalPage.objects.child_of(concept).first()
    added = add_measure(
        goal,
        "neu-im-haushalt",
        start_date=datetime.date(2021, 1, 1),
        end_date=datetime.date(2021, 12, 31),
        annual_cost=Decimal("5000"),
    )
    after = client.get("/de/konzept/").context
    assert after["measure_count"] == before["measure_count"] + 1
    planned = {row["year"]: row["planned"] for row in after["budget_rows"]}
    assert planned[2021] == {r["year"]: r["planned"] for r in before["budget_rows"]}[
        2021
    ] + Decimal("5000")
    added.unpublish()
    assert client.get("/de/konzept/").context["measure_count"] == before["measure_count"]


def test_a_measures_kept_facts_follow_a_log_entry_and_a_renamed_unit(client, known, page_cache_off):
    """What a measure's page shows beside its own fields is kept between visitors'
    requests; a log entry written in the admin (no publish) and a unit renamed show in the
    next request."""
    from integration_pages.models import MeasureUpdate

    _concept, _fields, units, measures = known
    measure = next(m for m in measures.values() if m.responsible_unit_id)
    unit = {u.pk: u for u in units.values()}[measure.responsible_unit_id]
    path = measure.url
    first = client.get(path).content.decode()
    assert unit.name in first and "Quokka-Notiz" not in first
    unit.name = "Quokka-Amt"
    unit.save()
    MeasureUpdate.objects.create(measure=measure, author_name="Test", note="Quokka-Notiz")
    html = client.get(path).content.decode()
    assert "Quokka-Amt" in html and "Quokka-Notiz" in html
