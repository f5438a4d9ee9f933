"""A small concept with known facts, shared by the concept tests."""

import datetime
from decimal import Decimal

from wagtail.models import Locale

from integration_pages.models import ActionField, MeasurePage, MeasureStatus
from snippets.models import Organisation
from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory


def make_concept(home, slug="konzept", budget=Decimal("100000")):
    german = Locale.objects.get(language_code="de")
    concept = IntegrationConceptPageFactory(parent=home, slug=slug, annual_budget=budget)
    fields = {
        code: ActionField.objects.create(
            concept=concept, code=code, title=title, sort_order=n, locale=german
        )
        for n, (code, title) in enumerate([("I", "Sprache"), ("II", "Arbeit")])
    }
    units = {
        name: Organisation.objects.create(name=name, locale=german)
        for name in ["Amt für Bildung", "Jobcenter Test"]
    }
    return concept, fields, units


def add_measure(parent, slug, fields=(), unit=None, partners=(), **facts):
    page = MeasurePage(
        title=facts.pop("title", slug.title()),
        slug=slug,
        summary=facts.pop("summary", f"Zusammenfassung {slug}."),
        responsible_unit=unit,
        **facts,
    )
    page.action_fields = list(fields)
    page.partners = list(partners)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def known_measures(concept, fields, units):
    """Four measures whose filters and budget sums the tests can work out by hand."""
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel Sprache")
    education, jobcentre = units["Amt für Bildung"], units["Jobcenter Test"]
    d = datetime.date
    return {
        "sprachcafe": add_measure(
            goal,
            "sprachcafe",
            [fields["I"]],
            education,
            title="Sprachcafé",
            status=MeasureStatus.IN_PROGRESS,
            start_date=d(2021, 1, 1),
            end_date=d(2022, 12, 31),
            annual_cost=Decimal("30000"),
        ),
        "lotsen": add_measure(
            goal,
            "lotsen",
            [fields["II"]],
            jobcentre,
            [education],
            title="Ausbildungslotsen",
            status=MeasureStatus.PLANNED,
            start_date=d(2023, 1, 1),
            ongoing=True,
            annual_cost=Decimal("70000"),
            funding_source="Städtischer Haushalt",
        ),
        "eltern": add_measure(
            goal,
            "eltern",
            [fields["I"], fields["II"]],
            education,
            title="Elternabende",
            status=MeasureStatus.IMPLEMENTED,
            start_date=d(2022, 3, 1),
            end_date=d(2023, 6, 30),
            annual_cost=Decimal("40000"),
        ),
        "pause": add_measure(goal, "pause", title="Ruhende Maßnahme", status=MeasureStatus.PAUSED),
    }
