"""Lüneburg's integration monitoring in a real browser, in German and in Arabic on a 360 px
phone: no WCAG violation as axe-core sees it, every chart an image with a name and the
same numbers in a table beside it, and an indicator's filter works without JavaScript."""

from urllib.parse import urlsplit

import pytest

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
        assert title.inner_text().strip(), "a chart without a name"
        assert chart.get_attribute("aria-labelledby") == title.get_attribute("id")
        # the table beside the chart holds the same numbers
        table = chart.locator("xpath=following-sibling::div[1]//table")
        assert table.locator("tbody tr").count() >= 1
    screenshot(phone, f"monitoring-{language}-360")


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_indicator_filters_without_javascript(browser, site_url, language):
    context = new_context(browser, site_url, width=360, height=780, javascript=False)
    page = context.new_page()
    page.goto(lueneburg(site_url, f"/{language}/monitoring/"))
    page.locator(".indicator-card h3 a").first.click()
    rows_before = page.locator("#over-time-table-caption").count()
    assert rows_before == 1
    select = page.locator("form.filters select").first
    options = select.locator("option")
    assert options.count() >= 2
    select.select_option(index=1)
    page.locator("form.filters button[type=submit]").click()
    assert "?" in page.url
    assert page.locator("svg.chart--line").count() == 1
    violations = run_axe(page)
    assert not violations, describe(violations)
    context.close()
