"""What newcomers read, in their language (issue 15), measured in the browser over every page
that ships a hand translation (home/demo/po_files.py), on both demo sites:

- in Arabic, Persian, Ukrainian and Russian at least 95 % of the letters in <main> are in the
  language's script; German proper names aside (marked translate="no", or given in
  brackets beside their translation, as the translators give official names), and
  addresses, e-mail addresses and phone numbers;
- in Arabic and Persian nothing overflows a 360 px phone, and German text inside the
  right-to-left page keeps its order: a sentence's full stop at its end, "10-Punkte-
  Aktionsplan" and a phone number left to right.
"""

import json
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from tests.e2e.helpers import new_context
from tests.e2e.test_layout import OVERFLOW, TOLERANCE
from tests.support.demo_site import ROOT, _environment, serve_copy

SCRIPTS = {"ar": "Arabic", "fa": "Arabic", "uk": "Cyrillic", "ru": "Cyrillic"}
TARGET = 0.95
# Not translated by nature: names kept in German, addresses, e-mail addresses, phone numbers.
# (German names in brackets beside their translation are left out in SCRIPT_SHARE.)
SET_ASIDE = 'address, [translate="no"], a[href^="mailto:"], a[href^="tel:"]'

SCRIPT_SHARE = """([setAside, script]) => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll(setAside).forEach(e => e.remove());
  const inScript = new RegExp('\\\\p{Script=' + script + '}', 'u');
  // a German name in brackets beside its translation: "مكتب الاندماج (Stabsstelle Integration)"
  const text = main.textContent.replace(
    /\\(([^()]*)\\)/g, (all, inner) => (inScript.test(inner) ? all : ' '));
  const letters = text.match(/\\p{L}/gu) || [];
  const foreign = (text.match(/[\\p{L}][\\p{L}.:-]*/gu) || []).filter(w => !inScript.test(w));
  return {
    letters: letters.length,
    inScript: letters.filter(c => inScript.test(c)).length,
    foreign: [...new Set(foreign)].slice(0, 30),
  };
}"""

# The x position of each character of the first text in <main> that contains `needle` (or, for
# null, of the last twelve characters of the first German sentence): in reading order they
# must grow from left to right, the order German is read in.
CHARACTER_POSITIONS = """(needle) => {
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trimEnd();
    let start;
    if (needle === null) {
      if (!node.parentElement.closest('[lang="de"]') || !/[a-zäöüß]\\.$/.test(text)) continue;
      start = text.length - 12;
    } else {
      start = text.indexOf(needle);
      if (start < 0) continue;
    }
    const end = needle === null ? text.length : start + needle.length;
    const xs = [];
    for (let i = Math.max(start, 0); i < end; i++) {
      if (/\\s/.test(text[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      xs.push([text[i], Math.round(box.left), Math.round(box.top)]);
    }
    return {text: text.slice(Math.max(start, 0), end), xs};
  }
  return null;
}"""


@pytest.fixture(scope="module")
def demo_as_shipped(demo_build, tmp_path_factory):
    """A server of a copy of the demo of its own: the journeys add a press release and edit
    a meeting in the worker's copy, which would be German on these pages."""
    yield from serve_copy(demo_build[0], tmp_path_factory.mktemp("e2e-newcomer"))


@pytest.fixture(scope="session")
def newcomer_urls(demo_build):
    folder, _ = demo_build
    cached = folder / "newcomer.json"
    if not cached.exists():
        done = subprocess.run(
            [sys.executable, "-m", "tests.e2e.newcomer_manifest"],
            cwd=ROOT,
            env=_environment(folder, folder / "demo.sqlite3"),
            capture_output=True,
            text=True,
            check=True,
        )
        cached.write_text(done.stdout)
    return json.loads(cached.read_text())


def served(url, site_url):
    """The demo's URL on this worker's server: Lübeck's on its address, Lüneburg's on
    lueneburg.localhost at the same port (Chromium resolves *.localhost to this machine)."""
    parts, server = urlsplit(url), urlsplit(site_url)
    if parts.hostname == "luebeck.localhost":
        return f"{site_url}{parts.path}" + (f"?{parts.query}" if parts.query else "")
    return f"http://{parts.hostname}:{server.port}{parts.path}" + (
        f"?{parts.query}" if parts.query else ""
    )


def in_reading_order(found):
    """The characters run left to right on their line: each starts right of the one before."""
    xs = [(x, top) for _char, x, top in found["xs"]]
    return all(b[0] > a[0] for a, b in zip(xs, xs[1:], strict=False) if a[1] == b[1])


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_newcomer_pages_are_written_in_the_readers_script(
    browser, demo_as_shipped, newcomer_urls, language
):
    site_url = demo_as_shipped
    urls = newcomer_urls[language]
    assert len(urls) > 40, "the home pages, signpost, services, Forum, events, press …"
    context = new_context(browser, site_url, width=360, height=780)
    page = context.new_page()
    short, overflowing = {}, {}
    for url in urls:
        response = page.goto(served(url, site_url))
        assert response.status == 200, url
        share = page.evaluate(SCRIPT_SHARE, [SET_ASIDE, SCRIPTS[language]])
        if share["letters"] and share["inScript"] / share["letters"] < TARGET:
            short[url] = (round(share["inScript"] / share["letters"], 3), share["foreign"])
        if language in ("ar", "fa"):
            found = page.evaluate(OVERFLOW)
            if found["scroll"] > found["width"] + TOLERANCE:
                overflowing[url] = found
    context.close()
    assert not short, json.dumps(short, ensure_ascii=False, indent=1)
    assert not overflowing, overflowing


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_german_inside_a_right_to_left_page_keeps_its_order(page, manifest, language):
    """On pages of the concept no translator has reached yet, German sentences, the
    "10-Punkte-Aktionsplan" and a service's phone number read left to right."""
    page.goto(manifest["MeasurePage"][language])
    sentence = page.evaluate(CHARACTER_POSITIONS, None)
    assert sentence, "a measure page not yet translated shows a German sentence"
    assert sentence["text"].endswith(".")
    assert in_reading_order(sentence), sentence

    page.goto(manifest["ActionPlanPage"][language])  # its title is not translated yet
    plan = page.evaluate(CHARACTER_POSITIONS, "10-Punkte-Aktionsplan")
    assert plan and in_reading_order(plan), plan

    page.goto(manifest["SignpostPage"][language])
    page.goto(page.locator("a[href*='/services/']").first.get_attribute("href"))
    phone = page.locator("main a[href^='tel:']").first.inner_text().strip()
    digits = page.evaluate(CHARACTER_POSITIONS, phone)
    assert digits and in_reading_order(digits), digits
