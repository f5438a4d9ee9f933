"""The page editor's lists of snippets (issue 15): checkboxes, and above a long list a
filter box that narrows it as the editor types, in a real browser."""

from playwright.sync_api import expect

from tests.e2e.helpers import DE_LOCALE, log_in, new_context


def test_typing_in_the_filter_box_narrows_the_partners_and_keeps_the_checked_ones(
    browser, site_url
):
    context = new_context(browser, site_url, locale=DE_LOCALE)
    page = context.new_page()
    found = page.request.get("/api/v2/pages/?type=integration_pages.MeasurePage&locale=de")
    measure = found.json()["items"][0]
    log_in(page, site_url, "redaktion", "demo-redaktion-2026")
    page.goto(f"/admin/pages/{measure['id']}/edit/")
    partners = page.locator("[data-choice-list-searchable]").filter(
        has=page.locator("input[name=partners]")
    )
    options = partners.locator("input[name=partners]")
    total = options.count()
    assert total > 15
    checked = [
        options.nth(i).get_attribute("value") for i in range(total) if options.nth(i).is_checked()
    ]

    panel = partners.evaluate("e => e.closest('[role=tabpanel]')?.id")
    if panel:  # the partners are on a tab of their own
        page.locator(f"[role=tab][aria-controls='{panel}']").click()
    page.get_by_role("searchbox", name="Liste filtern").fill("volkshochschule")
    visible = partners.locator("label:visible")
    expect(visible.first).to_be_visible()
    shown = visible.all_inner_texts()
    assert 0 < len(shown) < total
    for label in partners.locator("label").all():
        value = label.locator("input").get_attribute("value")
        if label.is_visible():
            assert "volkshochschule" in label.inner_text().lower() or value in checked
        else:
            assert value not in checked  # what is chosen stays in view

    page.get_by_role("searchbox", name="Liste filtern").fill("")
    expect(partners.locator("label:visible")).to_have_count(total)
    context.close()
