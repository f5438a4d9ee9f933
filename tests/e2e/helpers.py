"""What the browser tests share: launching Chromium's contexts, axe-core, screenshots."""

from pathlib import Path

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
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        tags,
    )
    return result["violations"]


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
