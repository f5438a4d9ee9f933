"""Right-to-left and small screens, measured from element positions in the browser:
Arabic and Persian pages are mirrored, and no page overflows a 360 px wide phone."""

import pytest

from tests.e2e.helpers import new_context
from tests.e2e.pages import LANGUAGES, RTL, extra_paths

# The widest any element may stick out before the page scrolls sideways (sub-pixel rounding).
TOLERANCE = 1

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const culprits = [...document.querySelectorAll('body *')]
    .filter(e => {
      const r = e.getBoundingClientRect();
      const outside = r.right > width + 1 || r.left < -1;
      return r.width && outside && !e.closest('.table-wrap, .visually-hidden, .skip-link');
    })
    .slice(0, 5)
    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
  return {scroll: document.documentElement.scrollWidth, width, culprits};
}"""


# Phone numbers wrapped over two lines: half a number on each is easily misdialled.
SPLIT_NUMBERS = """() => [...document.querySelectorAll('a[href^="tel:"]')]
  .filter(a => a.getClientRects().length > 1).map(a => a.textContent)"""


def boxes(page, selector):
    return [page.locator(selector).nth(i).bounding_box() for i in range(2)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_navigation_starts_on_the_reading_side(page, manifest, language):
    """The first main-navigation item sits right of the second in Arabic and Persian and left
    of it otherwise; the office's name is at the start of the header's line."""
    page.goto(manifest["HomePage"][language])
    assert page.locator("html").get_attribute("dir") == ("rtl" if language in RTL else "ltr")
    first, second = boxes(page, ".site-header__nav .main-nav li")
    assert first["y"] == second["y"], "the first two items should share a row at 1280 px"
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    if language in RTL:
        assert first["x"] > second["x"]
        assert brand["x"] > switcher["x"]
    else:
        assert first["x"] < second["x"]
        assert brand["x"] < switcher["x"]


@pytest.mark.parametrize("language", RTL)
def test_breadcrumb_and_text_run_from_the_right(page, manifest, language):
    page.goto(manifest["MeasurePage"][language])
    crumbs = page.locator(".breadcrumb li")
    assert crumbs.nth(0).bounding_box()["x"] > crumbs.nth(1).bounding_box()["x"]
    heading = page.locator("main h1").bounding_box()
    main = page.locator("main").bounding_box()
    right_gap = main["x"] + main["width"] - (heading["x"] + heading["width"])
    assert right_gap < heading["x"] - main["x"], "the heading should hug the right edge"


# A chart's labels and values, drawn in the SVG's own units, as rendered: the font size
# times the scale at which the chart is shown (null where the page has no chart).
CHART_TEXT = """() => {
  const sizes = [...document.querySelectorAll('svg .chart__label, svg .chart__value')].map(t => {
    const svg = t.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return parseFloat(getComputedStyle(t).fontSize) * scale;
  });
  return sizes.length ? Math.min(...sizes) : null;
}"""
CHART_TEXT_MIN = 12

# Where the first <h1> starts on the screen; null if there is none or it is not shown.
FIRST_HEADING = """() => {
  const heading = document.querySelector('h1');
  const box = heading && heading.getBoundingClientRect();
  return box && (box.width || box.height) ? box.y : null;
}"""

# On a 360 × 740 phone the page's heading must start in the upper half of the screen: the
# header, breadcrumb and notices above it may take no more.
HEADING_LIMIT = 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_a_360_px_phone(browser, site_url, manifest, language):
    """Every page type and sub-route view, in every language, fits 360 × 740 px: no
    sideways scrolling (wide tables scroll inside their own region), the <h1> starts
    within the first 400 px, chart text reads at 12 px or more, and no phone number is
    broken over two lines."""
    context = new_context(browser, site_url, width=360, height=740)
    page = context.new_page()
    paths = [urls[language] for urls in manifest.values()]
    paths += extra_paths(manifest, language).values()
    overflowing, low, tiny, split = {}, {}, {}, {}
    for path in paths:
        page.goto(path)
        # One round trip to the browser per page: some 300 pages per run.
        found = page.evaluate(f"""() => ({{
            overflow: ({OVERFLOW})(),
            heading: ({FIRST_HEADING})(),
            chart: ({CHART_TEXT})(),
            split: ({SPLIT_NUMBERS})(),
        }})""")
        if found["overflow"]["scroll"] > found["overflow"]["width"] + TOLERANCE:
            overflowing[path] = found["overflow"]
        if found["heading"] is None or found["heading"] >= HEADING_LIMIT:
            low[path] = found["heading"] and round(found["heading"])
        if found["chart"] is not None and found["chart"] < CHART_TEXT_MIN:
            tiny[path] = round(found["chart"], 1)
        if found["split"]:
            split[path] = found["split"]
    context.close()
    assert not overflowing, overflowing
    assert not low, f"<h1> not within {HEADING_LIMIT} px: {low}"
    assert not tiny, f"chart text under {CHART_TEXT_MIN} px: {tiny}"
    assert not split, f"phone numbers broken over two lines: {split}"
