"""WCAG 2.1 AA as axe-core sees it in a real browser: zero violations on one page of every
public page type and on the views behind sub-routes, in German and in Arabic; the
editor's daily admin pages are checked and their violations listed as warnings."""

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
