import datetime
from decimal import Decimal

import factory
import wagtail_factories

from home.models import StandardPage
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
