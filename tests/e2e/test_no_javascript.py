"""Everything a visitor needs works with JavaScript switched off: filtering measures and
counselling services, the guided signpost and the language switch are plain links and
GET forms."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import choose_language, new_context


@pytest.fixture
def page(browser, site_url):
    context = new_context(browser, site_url, javascript=False)
    yield context.new_page()
    context.close()


def count(page):
    return int(re.search(r"\d+", page.locator(".result-count").inner_text()).group())


def test_javascript_is_really_off(page):
    """The context these tests use runs no script of a page."""
    page.set_content(
        "<p id=x>off</p><script>document.getElementById('x').textContent='on'</script>"
    )
    assert page.locator("#x").inner_text() == "off"


def test_measures_are_filtered_by_field_of_action(page, manifest):
    page.goto(manifest["IntegrationConceptPage"]["de"] + "measures/")
    everything = count(page)
    page.select_option("select[name=field]", index=1)
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"field=\w+"))
    assert 0 < count(page) < everything
    assert page.locator("select[name=field] option:checked").get_attribute("value")


def test_services_are_filtered_by_ground_of_discrimination(page, manifest):
    page.goto(manifest["SignpostPage"]["de"])
    everything = count(page)
    page.select_option("select[name=ground]", "religion")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"ground=religion"))
    assert 0 < count(page) < everything
    assert page.locator(".results .result").count() == count(page)


def test_guided_signpost_leads_step_by_step_to_services(page, manifest):
    page.goto(manifest["SignpostPage"]["ar"])
    page.locator("a[href$='/guided/']").first.click()
    for step in range(1, 4):
        legend = page.locator("fieldset legend").inner_text()
        assert str(step) in legend, legend
        page.locator("fieldset input[type=radio]").first.check()
        page.locator("form.guided__step button[type=submit]").click()
    assert count(page) > 0
    first = page.locator(".results a[href*='/services/']").first
    first.click()
    expect(page).to_have_url(re.compile(r"/ar/.*/services/"))
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_language_switch_is_a_plain_link_both_ways(page, manifest):
    page.goto(manifest["MeasurePage"]["de"])
    choose_language(page, "ar")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    assert page.url.endswith(manifest["MeasurePage"]["ar"])
    choose_language(page, "de")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    assert page.url.endswith(manifest["MeasurePage"]["de"])


def test_the_phone_menu_opens_and_closes_without_javascript(browser, site_url, manifest):
    """At 360 px the main navigation is behind the menu button, a <details> element: it
    opens and closes by touch with scripts off, and its links lead on."""
    context = new_context(browser, site_url, width=360, height=740, javascript=False)
    page = context.new_page()
    page.goto(manifest["HomePage"]["ar"])
    menu = page.locator("details.site-menu")
    links = menu.locator("nav.main-nav a")
    expect(page.locator(".site-header__nav")).to_be_hidden()
    expect(links.first).to_be_hidden()
    menu.locator("summary").click()
    expect(links.first).to_be_visible()
    expect(menu.locator("input[type=search]")).to_be_visible()
    menu.locator("summary").click()
    expect(links.first).to_be_hidden()
    menu.locator("summary").click()
    target = manifest["IntegrationConceptPage"]["ar"]
    menu.locator(f"nav.main-nav a[href='{target}']").click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    context.close()
