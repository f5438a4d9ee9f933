"""Amounts in the page editor: a number input in cent steps, nothing below zero, and the
euro sign after it, outside the box, read out as "in Euro" (issue 17).

Each test builds the measure or funding programme it edits (tests.support.admin_data)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.blocks.base import BlockWidget
from wagtail.test.utils.form_data import querydict_from_html

from integration_pages.core.admin_widgets import MoneyInput
from integration_pages.models import FundingProgrammePage, IntegrationConceptPage, MeasurePage
from tests.support.admin_data import build_funding_programme, build_measure
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]

MONEY_FIELDS = [
    (MeasurePage, "annual_cost"),
    (IntegrationConceptPage, "annual_budget"),
    (FundingProgrammePage, "annual_budget"),
    (FundingProgrammePage, "max_grant"),
]


@pytest.mark.parametrize(
    "model,field", MONEY_FIELDS, ids=[f"{m.__name__}.{f}" for m, f in MONEY_FIELDS]
)
def test_every_amount_of_the_editor_is_a_money_input(model, field):
    form_class = model.get_edit_handler().get_form_class()
    assert isinstance(form_class.base_fields[field].widget, MoneyInput)


def test_the_measure_editor_shows_the_euro_sign_next_to_the_cost(superuser_client, home_de):
    measure = build_measure(home_de)
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[measure.pk]))
    soup = BeautifulSoup(response.content, "html.parser")

    field = soup.find("input", attrs={"name": "annual_cost"})
    assert field["type"] == "number"
    assert field["min"] == "0"
    assert field["step"] == "0.01"
    # The sign comes right after the input, outside it, in the same wrapper …
    wrapper = field.parent
    assert "money-input" in wrapper["class"]
    currency = field.find_next_sibling()
    assert currency.find(attrs={"aria-hidden": "true"}).get_text() == "€"
    # … and is part of the input's description, in words, after Wagtail's help text.
    described_by = field["aria-describedby"].split()
    assert described_by[-1] == currency["id"] == "id_annual_cost-currency"
    assert currency.get_text(" ", strip=True) == "€ in Euro"
    assert all(soup.find(id=name) is not None for name in described_by)
    assert "integration_pages/admin/money-input.css" in response.content.decode()


def test_an_amount_keeps_its_value_in_the_input(superuser_client, home_de):
    measure = build_measure(home_de)
    measure.annual_cost = "1500.50"
    measure.save_revision()
    html = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[measure.pk])).content
    field = BeautifulSoup(html, "html.parser").find("input", attrs={"name": "annual_cost"})
    assert field["value"] == "1500.50"  # a number input wants the dot, whatever the language


def test_a_negative_budget_is_refused(superuser_client, home_de):
    programme = build_funding_programme(home_de)
    url = reverse("wagtailadmin_pages:edit", args=[programme.pk])
    page = superuser_client.get(url).content.decode()
    data = querydict_from_html(page, form_id="page-edit-form")
    form_class = FundingProgrammePage.get_edit_handler().get_form_class()
    for name, form_field in form_class.base_fields.items():
        if isinstance(form_field.widget, BlockWidget):
            data[f"{name}-count"] = "0"  # drawn by script, not in the HTML
    data["annual_budget"] = "-100"
    data["max_grant"] = "2500.00"

    response = superuser_client.post(url, data)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.find(id="id_annual_budget").find_parent(attrs={"data-field": True})
    assert "größer oder gleich 0" in errors.get_text()
    assert "größer oder gleich 0" not in (
        soup.find(id="id_max_grant").find_parent(attrs={"data-field": True}).get_text()
    )
    programme.refresh_from_db()
    assert programme.annual_budget is None or programme.annual_budget >= 0
