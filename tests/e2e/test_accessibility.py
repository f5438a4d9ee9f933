"""WCAG 2.1 AA as axe-core sees it in a real browser: zero violations on one page of every
public page type and on the views behind sub-routes, in German and in Arabic; the
editor's daily admin pages are checked and their violations listed as warnings, but for
the rich text editors' names, which this project supplies where Wagtail 8 gives none."""

import warnings

import pytest

from tests.e2e.helpers import describe, fill_admin_login, run_axe
from tests.e2e.pages import PAGE_TYPES, extra_paths, first_service_path

CHECKED_LANGUAGES = ["de", "ar"]
EXTRA_VIEWS = list(extra_paths({k: {"de": "/"} for k in PAGE_TYPES}, "de"))


class AdminAccessibilityWarning(UserWarning):
    """axe-core's findings in Wagtail's own admin, which this project does not write."""


def assert_no_violations(page, path):
    response = page.goto(path)
    assert response is not None
    violations = run_axe(page)
    assert not violations, f"{path}:\n{describe(violations)}"
    return response


@pytest.mark.parametrize("language", CHECKED_LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_has_no_wcag_violations(page, manifest, kind, language):
    assert kind in manifest, f"the demo has no public {kind}, so nobody checks it"
    response = assert_no_violations(page, manifest[kind][language])
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language


@pytest.mark.parametrize("language", CHECKED_LANGUAGES)
@pytest.mark.parametrize("view", EXTRA_VIEWS)
def test_sub_route_views_have_no_wcag_violations(page, manifest, view, language):
    path = extra_paths(manifest, language)[view]
    response = assert_no_violations(page, path)
    assert response.status == (404 if "404" in view else 200), path


@pytest.mark.parametrize("language", CHECKED_LANGUAGES)
def test_a_counselling_service_page_has_no_wcag_violations(page, manifest, language):
    path = first_service_path(page, language, manifest)
    assert f"/{language}/" in path
    assert assert_no_violations(page, path).status == 200


def test_admin_pages_an_editor_uses_daily_are_checked(page, manifest):
    """The measure editor and the measure listing are audited; Wagtail's own markup is not
    ours to fix, so findings are reported as warnings rather than failures."""
    page.goto("/admin/login/")
    fill_admin_login(page, "admin", "demo-admin-2026")
    page.wait_for_url("**/admin/")
    checked = {}
    page.goto("/admin/measures/?locale=de")
    checked["measure listing"] = run_axe(page)
    edit = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    page.goto(edit)
    assert page.locator("[name=title]").count() == 1, "not the page editor"
    checked["measure editor"] = run_axe(page)
    for name, violations in checked.items():
        if violations:
            warnings.warn(
                f"{name}:\n{describe(violations)}", AdminAccessibilityWarning, stacklevel=1
            )
    assert set(checked) == {"measure listing", "measure editor"}


EDITOR = '.Draftail-Editor [role="textbox"]'
# Each rich text editor's accessible name: the text of what its aria-labelledby points at.
EDITOR_NAMES = """() => [...document.querySelectorAll('.Draftail-Editor [role=textbox]')].map(e => {
  const label = document.getElementById(e.getAttribute('aria-labelledby') || '');
  return label ? label.textContent.replace(/\\s+/g, ' ').trim() : null;
})"""


def unnamed_inputs(page):
    return [v for v in run_axe(page) if v["id"] == "aria-input-field-name"]


def test_every_rich_text_editor_is_named_for_screen_readers(page):
    """Wagtail 8 leaves its rich text editor without an accessible name (wagtail#14205), so
    a screen reader said "edit text, blank". home/static/home/admin/rich-text-label.js names
    it: by its field's label on a measure, by the field's label in a StreamField's FAQ item,
    by the block's heading for a text block, also for a block added while editing."""
    page.goto("/admin/login/")
    fill_admin_login(page, "admin", "demo-admin-2026")
    page.wait_for_url("**/admin/")
    page.goto("/admin/measures/?locale=de")
    page.goto(page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href"))
    page.wait_for_selector(EDITOR + "[aria-labelledby]")
    label = page.locator("label[for=id_description]").inner_text().replace("*", "").strip()
    assert [name.replace("*", "").strip() for name in page.evaluate(EDITOR_NAMES)] == [label]
    assert not unnamed_inputs(page)

    page.goto("/admin/pages/search/?q=F%C3%B6rderung")
    page.locator("a[href*='/admin/pages/'][href$='/edit/']", has_text="Förderung").first.click()
    page.wait_for_selector(EDITOR + "[aria-labelledby]")
    names = page.evaluate(EDITOR_NAMES)
    assert len(names) >= 3 and all(names), names  # text blocks and the FAQ items' answers
    assert not unnamed_inputs(page)
    before = len(names)
    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option").nth(1).click()  # "Text", the block of rich text
    page.wait_for_function(
        "n => document.querySelectorAll('.Draftail-Editor [role=textbox]').length > n", arg=before
    )
    page.wait_for_selector(EDITOR + ":not([aria-labelledby])", state="detached")
    assert all(page.evaluate(EDITOR_NAMES))
    assert not unnamed_inputs(page)
