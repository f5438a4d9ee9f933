"""Lüneburg's integration monitoring in a real browser, in German and in Arabic on a 360 px
phone: no WCAG violation as axe-core sees it, every chart an image with a name and the
same numbers in a table beside it, and an indicator's filter works without JavaScript
(an indicator page's axe check is test_accessibility's, for every page type)."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import describe, new_context, run_axe, screenshot


def lueneburg(site_url, path):
    """Lüneburg's pages are on lueneburg.localhost at this worker's server's port
    (Chromium resolves *.localhost to this machine)."""
    return f"http://lueneburg.localhost:{urlsplit(site_url).port}{path}"


@pytest.fixture
def phone(browser, site_url):
    context = new_context(browser, site_url, width=360, height=780)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_monitoring_page_passes_axe_and_every_chart_has_its_table(phone, site_url, language):
    response = phone.goto(lueneburg(site_url, f"/{language}/monitoring/"))
    assert response is not None and response.status == 200
    assert phone.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    violations = run_axe(phone)
    assert not violations, describe(violations)
    charts = phone.locator("svg.chart")
    assert charts.count() >= 5
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.get_attribute("role") == "img"
        title = chart.locator("title")
        assert title.text_content().strip(), "a chart without a name"
        assert chart.get_attribute("aria-labelledby") == title.get_attribute("id")
        # the table beside the chart holds the same numbers
        table = chart.locator("xpath=following-sibling::div[1]//table")
        assert table.locator("tbody tr").count() >= 1
    screenshot(phone, f"monitoring-{language}-360")


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_indicator_filters_without_javascript(browser, site_url, language):
    context = new_context(browser, site_url, width=360, height=780, javascript=False)
    page = context.new_page()
    page.goto(lueneburg(site_url, f"/{language}/monitoring/einbuergerungen/"))
    years = page.locator("#over-time-table-caption").locator("xpath=..//tbody/tr").count()
    assert years >= 5
    page.select_option("select[name=geschlecht]", "weiblich")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"geschlecht=weiblich"))
    # the chosen series: the same years, and the choice said in words above the chart
    assert page.locator("#over-time-table-caption").locator("xpath=..//tbody/tr").count() == years
    assert page.locator(".indicator__chosen").count() == 1
    assert page.locator("select[name=geschlecht] option:checked").get_attribute("value") == (
        "weiblich"
    )
    context.close()
