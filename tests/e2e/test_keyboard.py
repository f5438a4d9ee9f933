"""Keyboard only: the skip link works, every stop of the Tab key shows where focus is, and
the main journeys are completed with Tab, Enter and Space alone."""

import re

from playwright.sync_api import expect

from tests.e2e.helpers import ACTIVE, new_context, tab_to


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, manifest):
    page.goto(manifest["HomePage"]["de"])
    page.keyboard.press("Tab")
    active = page.evaluate(ACTIVE)
    assert "skip-link" in active["className"] and active["visible"]
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 10, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the content, not at the top of the page again.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_a_visitor_filters_measures_and_opens_one_by_keyboard(page, manifest):
    concept = manifest["IntegrationConceptPage"]["de"]
    page.goto(manifest["HomePage"]["de"])
    tab_to(page, lambda a: a["href"] == concept)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(concept) + "$"))
    tab_to(page, lambda a: a["href"].endswith(concept + "measures/"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("/measures/$"))
    tab_to(page, lambda a: a["name"] == "field")
    page.keyboard.press("ArrowDown")
    tab_to(page, lambda a: a["tag"] == "button" and a["type"] == "submit" and "Filter" in a["text"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"field=\w+"))
    link = tab_to(page, lambda a: a["href"].startswith(concept) and a["href"].count("/") >= 5)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(link["href"]) + "$"))
    expect(page.locator("main h1")).to_be_visible()


def test_guided_signpost_is_answered_with_space_and_enter(page, manifest):
    page.goto(manifest["SignpostPage"]["de"] + "guided/")
    for _ in range(3):
        tab_to(page, lambda a: a["type"] == "radio")
        page.keyboard.press("Space")
        assert page.locator("fieldset input[type=radio]:checked").count() == 1
        tab_to(page, lambda a: a["tag"] == "button" and a["type"] == "submit")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    expect(page.locator(".result-count")).to_be_visible()
    tab_to(page, lambda a: "/services/" in a["href"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("/services/"))


def test_language_switch_by_keyboard(page, manifest):
    """The language list opens from its button with Enter; Tab then reaches each language."""
    page.goto(manifest["MeasurePage"]["de"])
    tab_to(page, lambda a: a["tag"] == "summary" and "language-switcher" in a["className"])
    page.keyboard.press("Enter")
    tab_to(page, lambda a: a["href"] == manifest["MeasurePage"]["ar"])
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


def test_the_phone_menu_opens_and_closes_by_keyboard(browser, site_url, manifest):
    """At 360 px the menu button is reached by Tab; Enter opens it and Tab goes on into its
    links, Space on the button closes it again."""
    context = new_context(browser, site_url, width=360, height=740)
    page = context.new_page()
    page.goto(manifest["HomePage"]["de"])
    links = page.locator("details.site-menu nav.main-nav a")
    tab_to(page, lambda a: a["tag"] == "summary" and "site-menu" in a["className"])
    expect(links.first).to_be_hidden()
    page.keyboard.press("Enter")
    expect(links.first).to_be_visible()
    first = links.first.get_attribute("href")
    tab_to(page, lambda a: a["href"] == first)
    page.locator("details.site-menu summary").focus()
    page.keyboard.press("Space")
    expect(links.first).to_be_hidden()
    context.close()


def test_the_swimlane_diagram_is_followed_step_by_step_by_keyboard(page, manifest):
    """Each box of the diagram is a Tab stop named by its step's number and title, and
    Enter leads to that step in the list beside it (the diagram's text alternative)."""
    page.goto(manifest["ProcessChainPage"]["ar"] + "process/")
    first = tab_to(page, lambda a: a["href"].startswith("#step-"))
    # Its name is its visible text: the step's number and title.
    name = page.evaluate("document.activeElement.querySelector('text').textContent").strip()
    assert name.startswith(first["href"][len("#step-") :] + ".")
    second = tab_to(page, lambda a: a["href"].startswith("#step-"), limit=3)
    assert second["href"] != first["href"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(second["href"]) + "$"))
    assert page.locator(second["href"]).is_visible()
