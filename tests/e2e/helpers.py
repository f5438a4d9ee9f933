"""What the browser tests share: launching Chromium's contexts, axe-core, screenshots,
logging in to the admin; the journeys' two viewport sizes and their waits for a page."""

import time
from pathlib import Path

from django_otp.oath import TOTP
from playwright.sync_api import expect

from home.demo_accounts import DEMO_TOTP_KEYS

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-results" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SIZES = {"desktop": (1280, 900), "360": (360, 780)}
ADMIN_TIMEOUT = 15_000  # ms: saving and publishing in the admin takes a moment
DE_LOCALE = "de-DE"  # staff browse in German, so the admin speaks German
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def new_context(browser, site_url, *, width=1280, height=900, javascript=True, **options):
    return browser.new_context(
        base_url=site_url,
        viewport={"width": width, "height": height},
        java_script_enabled=javascript,
        **options,
    )


def run_axe(page, tags=WCAG_TAGS) -> list[dict]:
    """axe-core's violations on the page as shown (evaluated through the devtools
    protocol, so no Content-Security-Policy of the site is weakened for it)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    # Only the violations cross back to Python: the passes, with every node they checked,
    # made up two thirds of the time of a check.
    return page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
        }).then(result => result.violations)""",
        tags,
    )


def describe(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary'][:300]}")
    return "\n".join(lines)


def screenshot(page, name: str):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# Demo accounts enrolled for two-factor login (home.demo_accounts), by user name.
DEMO_KEYS = {
    "admin": DEMO_TOTP_KEYS["DEMO_ADMIN"],
    "redaktion": DEMO_TOTP_KEYS["DEMO_REDAKTION"],
    "presse": DEMO_TOTP_KEYS["DEMO_PRESSE"],
    "uebersetzung": DEMO_TOTP_KEYS["DEMO_UEBERSETZUNG"],
}
_last_step = {}


def fill_admin_login(page, username, password):
    """Fills Wagtail's login form as the person would: password, and for an enrolled
    account the code the authenticator app shows now. A code is accepted once, so a
    second login in the same 30-second step waits for the next code."""
    login = page.locator("form:has(input[name=password])")
    login.locator("input[name=username]").fill(username)
    login.locator("input[name=password]").fill(password)
    if username in DEMO_KEYS:
        totp = TOTP(bytes.fromhex(DEMO_KEYS[username]))
        while totp.t() <= _last_step.get(username, -1):
            time.sleep(1)
            totp = TOTP(bytes.fromhex(DEMO_KEYS[username]))
        _last_step[username] = totp.t()
        login.locator("input[name=otp_token]").fill(f"{totp.token():06d}")
    login.locator("button[type=submit]").click()


def arrive(page, url):
    """Wait until the browser has loaded `url` (a string or a pattern) after a click."""
    expect(page).to_have_url(url, timeout=ADMIN_TIMEOUT)
    page.wait_for_load_state()


def expect_language(page, language, direction):
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", direction)


def log_in(page, site_url, username, password):
    page.goto("/admin/login/")
    fill_admin_login(page, username, password)
    arrive(page, f"{site_url}/admin/")


def choose_language(page, language):
    """Open the language list (a <details> button on every screen) and follow one
    language's link, found by the link's language: a copy that shows only German is
    linked with hreflang="de"."""
    switcher = page.locator("nav.language-switcher")
    switcher.locator("summary").click()
    switcher.locator(f"a[lang='{language}']").click()


def follow_menu(page, href):
    """Follow a main-navigation link: behind the menu button on a phone, in the bar below
    the header on a wide screen."""
    menu = page.locator("details.site-menu")
    if menu.is_visible():
        menu.locator("summary").click()
        menu.locator(f"nav.main-nav a[href='{href}']").click()
    else:
        page.locator(".site-header__nav nav.main-nav").locator(f"a[href='{href}']").click()


# The focused element, for keyboard tests: what it is, its form, and whether its focus
# indicator shows (an outline of 2 px or more, or a ring).
ACTIVE = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const ring = style.boxShadow && style.boxShadow !== 'none';
  return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '',
          name: e.getAttribute('name') || '', type: e.getAttribute('type') || '',
          text: (e.innerText || e.value || '').trim().slice(0, 60),
          visible: outline || ring, className: e.className,
          form: e.form ? e.form.getAttribute('action') : null};
}"""


def tab_to(page, matches, limit=150):
    """Press Tab until `matches(active element)` holds; every stop on the way must show a
    visible focus indicator."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if active["tag"] == "body":
            continue
        assert active["visible"], f"focus not visible on {active}"
        if matches(active):
            return active
    raise AssertionError("never reached by Tab")
