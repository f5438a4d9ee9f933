"""An admin that says what it does (issue 17): every model of the project names its
plural in German ("Maßnahmen", not Django's "Maßnahmes"), and a slug is labelled as part
of the web address, not as the postal address. Values that cannot be true are refused:
a negative cost, priority 0, a meeting "held" before it began."""

from datetime import timedelta
from decimal import Decimal

import pytest
import wagtail_factories
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from integration_pages.models import ForumMeetingPage, MeetingStatus
from snippets.models import CounsellingService
from tests.support.concept_data import add_measure, make_concept, make_goal
from tests.support.factories import GoalPageFactory
from tests.support.translation_data import action_plan, forum_page, funding_programme

PROJECT_APPS = ("home", "integration_pages", "snippets")


def named_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and "verbose_name" in model._meta.original_attrs
    ]


S_PLURALS = ("code",)


@pytest.mark.parametrize("model", named_models(), ids=lambda model: model._meta.label)
def test_every_named_model_names_its_plural(model):
    assert "verbose_name_plural" in model._meta.original_attrs
    with translation.override("de"):
        singular = str(model._meta.verbose_name)
        plural = str(model._meta.verbose_name_plural)
    # German nouns whose plural is the singular and "s": the rule below would call them
    # untranslated English.
    if singular.lower().endswith(S_PLURALS):
        return
    assert plural != f"{singular}s"


def test_measures_are_listed_as_massnahmen():
    with translation.override("de"):
        measure = apps.get_model("integration_pages", "MeasurePage")
        assert str(measure._meta.verbose_name_plural) == "Maßnahmen"


def test_a_counselling_services_slug_is_not_called_its_address():
    with translation.override("de"):
        slug = str(CounsellingService._meta.get_field("slug").verbose_name)
        address = str(CounsellingService._meta.get_field("address").verbose_name)
    assert slug == "Webadresse (Kurzname)"
    assert slug != address


# --- Values that cannot be true ------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "field, value", [("annual_cost", Decimal("-5000")), ("priority", 0), ("priority", 100)]
)
def test_a_measure_refuses_a_negative_cost_and_a_priority_out_of_range(home_de, field, value):
    goal = make_goal(home_de)
    measure = add_measure(goal, "massnahme")
    setattr(measure, field, value)
    with pytest.raises(ValidationError) as refused:
        measure.full_clean()
    assert field in refused.value.message_dict


@pytest.mark.django_db
def test_a_forum_meeting_in_the_future_cannot_be_held_or_have_minutes(home_de):
    meeting = ForumMeetingPage(
        title="Sitzung",
        slug="sitzung",
        starts_at=timezone.now() + timedelta(days=7),
        place="Rathaus",
        status=MeetingStatus.HELD,
        minutes=wagtail_factories.DocumentFactory(),
    )
    with pytest.raises(ValidationError) as refused:
        meeting.clean()
    assert set(refused.value.message_dict) == {"status", "minutes"}
    meeting.starts_at = timezone.now() - timedelta(days=1)
    meeting.clean()  # held yesterday, with minutes: fine


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model, field, value, fine",
    [
        ("GoalPage", "priority", 0, 1),
        ("ActionPlanPage", "member_since", 20023, 2020),
        ("FundingProgrammePage", "since_year", 203, 2014),
    ],
)
def test_priorities_and_years_have_ranges(home_de, model, field, value, fine):
    from integration_pages import models

    build = {
        "GoalPage": lambda: GoalPageFactory(parent=make_concept(home_de)[0], slug="ziel"),
        "ActionPlanPage": lambda: action_plan(home_de),
        "FundingProgrammePage": lambda: funding_programme(home_de),
    }[model]
    page = getattr(models, model).objects.get(pk=build().pk)
    setattr(page, field, value)
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert field in refused.value.message_dict
    setattr(page, field, fine)
    page.full_clean()


@pytest.mark.django_db
def test_the_forum_page_refuses_a_future_founding_and_more_votes_than_there_are(home_de):
    forum = forum_page(home_de)
    forum.founded_on = timezone.localdate() + timedelta(days=1)
    forum.steering_votes, forum.steering_votes_total = 19, 18
    with pytest.raises(ValidationError) as refused:
        forum.clean()
    assert set(refused.value.message_dict) == {"founded_on", "steering_votes"}
    forum.founded_on, forum.steering_votes = timezone.localdate(), 18
    forum.clean()
