"""The integration concept as structured data: tree rules, facts synchronised, bounded pages."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import HomePage, StandardPage
from integration_pages.models import GoalPage, IntegrationConceptPage, MeasurePage, MeasureStatus
from tests.support.concept_data import indicator
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    MeasurePageFactory,
    StandardPageFactory,
)
from tests.support.site import translate
from tests.support.validation import field_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def concept(home_de):
    return IntegrationConceptPageFactory(parent=home_de, slug="konzept")


@pytest.fixture
def goal(concept):
    return GoalPageFactory(parent=concept, slug="ziel")


def test_concept_lives_under_the_home_page_only_once_per_site(home_de):
    section = StandardPageFactory(parent=home_de, slug="abschnitt")
    assert IntegrationConceptPage.can_create_at(home_de)
    # Once the home page holds its concept, a second one is refused.
    IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    assert IntegrationConceptPage.objects.child_of(home_de).count() == 1
    assert not IntegrationConceptPage.can_create_at(home_de)
    new_home = home_de.get_parent().add_child(
        instance=HomePage(title="Neue Kommune", slug="neu", locale=home_de.locale)
    )
    assert IntegrationConceptPage.can_create_at(new_home)
    assert isinstance(section.specific, StandardPage)
    assert not IntegrationConceptPage.can_create_at(section)


def test_goals_nest_one_level_deep_only(concept, goal):
    subgoal = GoalPageFactory(parent=goal, slug="teilziel")
    assert GoalPage.can_create_at(concept)
    assert GoalPage.can_create_at(goal)
    assert not GoalPage.can_create_at(subgoal)


def test_measures_live_under_goals_and_sub_goals_only(home_de, concept, goal):
    subgoal = GoalPageFactory(parent=goal, slug="teilziel")
    assert MeasurePage.can_create_at(goal)
    assert MeasurePage.can_create_at(subgoal)
    assert not MeasurePage.can_create_at(concept)
    assert not MeasurePage.can_create_at(home_de)


@pytest.mark.parametrize(
    "year, refused", [(20022, True), (202, True), (2022, False), (None, False)]
)
def test_a_budget_year_that_cannot_be_meant_is_refused_beside_the_field(year, refused):
    concept = IntegrationConceptPage(title="Konzept", slug="konzept", budget_since=year)
    assert ("budget_since" in field_errors(concept)) == refused


def test_measure_end_before_start_is_refused_with_a_message(goal):
    measure = MeasurePageFactory.build(
        start_date=datetime.date(2023, 5, 1), end_date=datetime.date(2022, 1, 1)
    )
    measure.slug = "x"
    with pytest.raises(ValidationError) as error:
        measure.clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.parametrize(
    "target, refused",
    [
        (datetime.date(2022, 12, 31), True),  # before the start
        (datetime.date(2026, 1, 1), True),  # after the end
        (datetime.date(2025, 12, 31), False),  # on the last day
    ],
)
def test_an_indicator_target_date_must_lie_within_the_measure(goal, target, refused):
    indicator = {"name": "Teilnehmende", "unit": "Personen", "target_date": target, "values": []}
    measure = MeasurePageFactory.build(
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2025, 12, 31),
        indicators=[("indicator", indicator)],
    )
    measure.slug = "x"
    if not refused:
        measure.clean()
        return
    with pytest.raises(ValidationError) as error:
        measure.clean()
    assert "Teilnehmende" in error.value.message_dict["indicators"][0]


def _translate(page, locale, strings):
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=strings[segment.string.data],
            )
    translation.save_target(publish=True)
    return source, translation


def test_translation_cannot_change_cost_dates_or_status(
    home_de, concept, goal, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    translate(home_de, "en")
    measure = MeasurePageFactory(
        parent=goal,
        slug="sprachkurse",
        title="Sprachkurse",
        summary="Kurse für Eltern.",
        status=MeasureStatus.IN_PROGRESS,
        start_date=datetime.date(2022, 3, 1),
        end_date=datetime.date(2024, 12, 31),
        annual_cost=Decimal("12345.00"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        _translate(concept, english, {})
        _translate(goal, english, {})
        source, translation = _translate(
            measure, english, {"Sprachkurse": "Language courses", "Kurse für Eltern.": "Courses."}
        )

    # A translator only ever sees text: no segment carries a number, date or status.
    segments = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert segments == {"Sprachkurse", "Kurse für Eltern."}

    translated = measure.get_translation(english)
    assert translated.title == "Language courses"
    assert (translated.annual_cost, translated.start_date, translated.end_date) == (
        Decimal("12345.00"),
        datetime.date(2022, 3, 1),
        datetime.date(2024, 12, 31),
    )
    assert translated.status == MeasureStatus.IN_PROGRESS

    # Facts changed in German reach the translation on the next sync, text stays translated.
    measure.annual_cost = Decimal("20000.00")
    measure.status = MeasureStatus.IMPLEMENTED
    measure.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    translated.refresh_from_db()
    assert translated.annual_cost == Decimal("20000.00")
    assert translated.status == MeasureStatus.IMPLEMENTED
    assert translated.title == "Language courses"


def _build(concept, measures):
    goals = [GoalPageFactory(parent=concept, slug=f"ziel-{i}") for i in range(2)]
    for i in range(measures):
        MeasurePageFactory(
            parent=goals[i % 2],
            slug=f"m-{i}",
            status=MeasureStatus.IMPLEMENTED if i % 3 == 0 else MeasureStatus.PLANNED,
        )
    return goals


def test_concept_page_shows_goals_measures_and_correct_status_counts(client, concept):
    _build(concept, 6)
    response = client.get("/de/konzept/")
    assert response.status_code == 200
    counts = {row["status"]: row["count"] for row in response.context["status_counts"]}
    assert counts["implemented"] == 2 and counts["planned"] == 4 and counts["paused"] == 0
    html = response.content.decode()
    assert html.count('class="status status--') == 6
    assert "100.000\u00a0€" in html


def test_measure_page_shows_smart_facts_and_indicator_table(client, goal):
    measure = MeasurePageFactory(
        parent=goal,
        slug="lotsen",
        ongoing=True,
        indicators=[indicator("Teilnehmende", 10, 50, "2025-12-31", ("2023-06-30", 24))],
    )
    measure.save_revision().publish()
    html = client.get("/de/konzept/ziel/lotsen/").content.decode()
    assert "<caption>Teilnehmende (Personen)</caption>" in html
    assert "<td>24</td>" in html and "<td>50</td>" in html
    assert "5.000\u00a0€" in html
