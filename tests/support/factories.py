import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from home.models import EventPage, NewsPage, StandardPage
from integration_pages.models import GoalPage, IntegrationConceptPage, MeasurePage, MeasureStatus


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Abschnitt"
    intro = "Kurze Einleitung."
    show_in_menus = True

    class Meta:
        model = StandardPage


class IntegrationConceptPageFactory(wagtail_factories.PageFactory):
    title = "Integrationskonzept"
    annual_budget = Decimal("100000")

    class Meta:
        model = IntegrationConceptPage


class GoalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leitziel {n}")

    class Meta:
        model = GoalPage


class MeasurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Maßnahme {n}")
    summary = "Kurzbeschreibung der Maßnahme."
    status = MeasureStatus.IN_PROGRESS
    start_date = datetime.date(2022, 1, 1)
    annual_cost = Decimal("5000.00")

    class Meta:
        model = MeasurePage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pressemitteilung {n}")
    date = datetime.date(2026, 5, 4)
    lead = "Kurzfassung der Mitteilung."

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    lead = "Worum es geht."
    place = "Rathaus"
    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    )

    class Meta:
        model = EventPage
