"""The online prioritisation in a real browser. Lüneburg's open process in Arabic on a
360 px phone, by keyboard alone: register with an address, open the link of the mail the
server sent, give points, change them; then the process closes and the same page shows
the frozen results, counting that ballot, and the ballot link refuses. Without JavaScript
the same way works with plain forms. Lübeck's closed process of 2020 shows its results,
a chart and a table per field of action. axe-core finds no WCAG violation on any of them.

The Lüneburg tests run on a server of a database copy of their own: closing the process
(its closing time moved into the past in that database) would show other tests a closed
process; it is reopened afterwards all the same."""

import contextlib
import datetime
import email
import json
import re
import sqlite3
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import describe, new_context, run_axe, screenshot, tab_to
from tests.support.demo_site import serve_copy

# Lüneburg's process (home/demo/data/participation.yaml): slug "priorisierung" below the
# concept, open from a day before the demo was built, by e-mail or code.
PROCESS_SLUG = "priorisierung"
PROCESS_AR = "/ar/integrationskonzept/priorisierung/"
# Where Tab stops: the element focused, and whether its focus can be seen.
# The page's width and the viewport's (without a scroll bar): wider means sideways scrolling.
WIDTHS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


class Server:
    """This module's server: its base URL and the folder of its database copy and mails."""

    def __init__(self, url, folder):
        self.url, self.folder = url, Path(folder)
        self.port = urlsplit(url).port
        self.database = self.folder / "demo.sqlite3"

    def lueneburg(self, path):
        """Lüneburg's pages are on lueneburg.localhost at this server's port (Chromium
        resolves *.localhost to this machine); a path, or a URL the site built with its
        own root URL, as in a mail."""
        parts = urlsplit(path)
        return f"http://lueneburg.localhost:{self.port}{parts.path}"

    def follow_site_links(self, context):
        """The site redirects from a confirmation link or a code to the ballot at its root
        URL (`route_url`), which is on port 80: the browser is sent to the same path on
        this server instead."""

        def here(route):
            # Playwright's own requests do not resolve *.localhost as Chromium does.
            parts = urlsplit(route.request.url)
            response = route.fetch(
                url=parts._replace(netloc=f"127.0.0.1:{self.port}").geturl(),
                headers={**route.request.headers, "host": parts.netloc},
                max_redirects=0,
            )
            headers = dict(response.headers)
            if headers.get("location", "").startswith("http://lueneburg.localhost/"):
                headers["location"] = self.lueneburg(headers["location"])
            route.fulfill(response=response, headers=headers)

        redirecting = rf"^http://lueneburg\.localhost:{self.port}/.*/(confirm|code)/"
        context.route(re.compile(redirecting), here)
        return context

    def _lueneburg_request(self, path):
        # Python does not resolve *.localhost as Chromium does: the host goes in a header.
        return urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            headers={"Host": f"lueneburg.localhost:{self.port}"},
        )

    def lueneburg_json(self, path):
        """A JSON document of Lüneburg's site."""
        with urllib.request.urlopen(self._lueneburg_request(path), timeout=10) as response:
            return json.load(response)

    def lueneburg_status(self, path):
        try:
            with urllib.request.urlopen(self._lueneburg_request(path), timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def sent_to(self, address):
        """The newest mail the server sent to `address` (tests/e2e/settings.py: the mails
        are files in the folder of its database)."""
        found = []
        for file in sorted((self.folder / "mail").glob("*.log"), key=lambda f: f.stat().st_mtime):
            for raw in re.split(rb"\n-{79}\n", file.read_bytes()):
                message = email.message_from_bytes(raw.strip())
                if message["To"] == address:
                    found.append(message)
        assert found, f"no mail to {address} in {self.folder / 'mail'}"
        return found[-1]

    @contextlib.contextmanager
    def connect(self):
        # The server writes the same file (WAL): wait for its lock rather than fail.
        db = sqlite3.connect(self.database, timeout=20, isolation_level=None)
        try:
            yield db
        finally:
            db.close()


@pytest.fixture(scope="module")
def server(demo_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e-prioritisation")
    served = serve_copy(demo_build[0], folder)
    yield Server(next(served), folder)
    next(served, None)  # stops the server


@pytest.fixture
def phone(browser, server):
    context = server.follow_site_links(new_context(browser, server.url, width=360, height=780))
    yield context.new_page()
    context.close()


def mail_link(message, route):
    body = message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")
    links = re.findall(rf"https?://\S+/{route}/\S+/", body)
    assert len(links) == 1, body
    return links[0]


def numbers(text):
    """The numbers in a text, whatever digits it is written in (Arabic-Indic too)."""
    return [int(n) for n in re.findall(r"\d+", text)]


def expect_phone_page(page, language="ar", direction="rtl"):
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    scroll, width = page.evaluate(WIDTHS)
    assert scroll <= width, f"{page.url} scrolls sideways: {scroll} px wide in {width} px"


def expect_no_violations(page):
    violations = run_axe(page)
    assert not violations, f"{page.url}:\n{describe(violations)}"


def group_with_goals(page, count):
    """The first field of action on the ballot with at least `count` goals, and the names
    of their radio groups."""
    groups = page.locator("form.ballot fieldset.ballot__group")
    for index in range(groups.count()):
        group = groups.nth(index)
        goals = group.locator("fieldset.ballot__goal")
        if goals.count() >= count:
            names = [
                goals.nth(n).locator("input[type=radio]").first.get_attribute("name")
                for n in range(goals.count())
            ]
            return group, names
    raise AssertionError(f"no field of action with {count} goals on the ballot")


def checked(page, name):
    """The points chosen in radio group `name`; None if none is chosen."""
    radio = page.locator(f"form.ballot input[name='{name}']:checked")
    return int(radio.get_attribute("value")) if radio.count() else None


def points_left(group):
    return numbers(group.locator("output[data-left]").text_content())


def register(page, server, address):
    """Ask for the link and open the one in the mail: the ballot."""
    page.locator("form[action$='/register/'] input[name=email]").fill(address)
    page.locator("form[action$='/register/'] input[name=consent]").check()
    page.locator("form[action$='/register/'] button[type=submit]").click()
    expect(page.locator("[role=status]")).to_contain_text(address)
    page.goto(server.lueneburg(mail_link(server.sent_to(address), "confirm")))
    expect(page.locator("form.ballot")).to_be_visible()


class Closing:
    """Lüneburg's process closed by moving its closing time into the past in the server's
    database, in every language (the copies share a translation key); `reopen` puts the
    times back and deletes what the closing and the test made: the frozen result with its
    goal ranks and the ballots given since."""

    def __init__(self, server):
        self.server = server
        with server.connect() as db:
            self.process, self.key = db.execute(
                """SELECT page.id, page.translation_key FROM wagtailcore_page page
                JOIN wagtailcore_site site ON site.hostname = 'lueneburg.localhost'
                JOIN wagtailcore_page root ON root.id = site.root_page_id
                WHERE page.path LIKE root.path || '%' AND page.slug = ?
                AND page.content_type_id = (SELECT id FROM django_content_type
                    WHERE app_label = 'integration_pages' AND model = 'prioritisationpage')""",
                [PROCESS_SLUG],
            ).fetchone()
            self.times = db.execute(
                """SELECT page_ptr_id, closes_at FROM integration_pages_prioritisationpage
                WHERE page_ptr_id IN (SELECT id FROM wagtailcore_page WHERE translation_key = ?)""",
                [self.key],
            ).fetchall()
            self.last_ballot, self.ballots = db.execute(
                "SELECT coalesce(max(id), 0), count(process_id = ? OR NULL) "
                "FROM integration_pages_ballot",
                [self.process],
            ).fetchone()
        assert len(self.times) >= 2, "the process and its translations"

    def close(self):
        past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
        with self.server.connect() as db:
            db.executemany(
                "UPDATE integration_pages_prioritisationpage SET closes_at = ? "
                "WHERE page_ptr_id = ?",
                [(past.strftime("%Y-%m-%d %H:%M:%S.%f"), pk) for pk, _closes in self.times],
            )

    def reopen(self):
        with self.server.connect() as db:
            db.execute("BEGIN")
            db.executemany(
                "UPDATE integration_pages_prioritisationpage SET closes_at = ? "
                "WHERE page_ptr_id = ?",
                [(closes, pk) for pk, closes in self.times],
            )
            results = "SELECT id FROM integration_pages_prioritisationresult WHERE process_id = ?"
            db.execute(
                f"DELETE FROM integration_pages_goalrank WHERE result_id IN ({results})",
                [self.process],
            )
            db.execute(
                "DELETE FROM integration_pages_prioritisationresult WHERE process_id = ?",
                [self.process],
            )
            db.execute(
                "DELETE FROM integration_pages_ballot WHERE process_id = ? AND id > ?",
                [self.process, self.last_ballot],
            )
            db.execute("COMMIT")


@pytest.fixture
def closing(server):
    """Closes Lüneburg's process when the test says so, and reopens it afterwards in any
    case (taken before the test gives its ballot, which is deleted with the result)."""
    closing = Closing(server)
    yield closing
    closing.reopen()


def test_a_resident_prioritises_in_arabic_on_a_phone_by_keyboard(phone, server, closing):
    page, address = phone, f"teilnahme-{uuid.uuid4().hex[:12]}@example.org"
    response = page.goto(server.lueneburg(PROCESS_AR))
    assert response is not None and response.status == 200
    expect_phone_page(page)
    expect(page.locator(".prioritisation__state--open")).to_be_visible()
    expect_no_violations(page)
    screenshot(page, "prioritisation-entry-ar-360")

    # The e-mail form by keyboard: Tab to the address, type it, Tab to the consent and
    # tick it with Space, Tab to the button and send with Enter.
    register_form = "/register/"
    tab_to(page, lambda a: a["name"] == "email" and a["form"].endswith(register_form))
    page.keyboard.type(address)
    consent = tab_to(page, lambda a: True)
    assert consent["name"] == "consent" and consent["form"].endswith(register_form), consent
    page.keyboard.press("Space")
    expect(page.locator(f"form[action$='{register_form}'] input[name=consent]")).to_be_checked()
    button = tab_to(page, lambda a: True)
    assert button["tag"] == "button" and button["form"].endswith(register_form), button
    page.keyboard.press("Enter")
    sent = page.locator("[role=status]")
    expect(sent).to_contain_text(address)
    expect_phone_page(page)

    # The mail's link confirms the address and leads to the ballot, in Arabic.
    message = server.sent_to(address)
    confirm = mail_link(message, "confirm")
    assert urlsplit(confirm).path.startswith(PROCESS_AR), confirm
    page.goto(server.lueneburg(confirm))
    expect(page).to_have_url(re.compile(r"/ballot/[\w-]+/[\w-]+/[\w-]+/$"))
    ballot_url = page.url
    expect_phone_page(page)
    form = page.locator("form.ballot")
    budget = int(form.get_attribute("data-budget"))
    group, (first, second, *_others) = group_with_goals(page, 2)
    assert points_left(group).count(budget) == 2, "all points left: '4 of 4'"
    # every goal starts at 0 points, chosen
    assert checked(page, first) == 0 and checked(page, second) == 0

    # Points by keyboard: Tab to the first goal's radio group, two steps with the arrow
    # key give it two points; the count of points left follows at once.
    tab_to(page, lambda a: a["name"] == first)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert checked(page, first) == 2
    assert budget - 2 in points_left(group), group.locator("output").text_content()
    expect_no_violations(page)
    tab_to(page, lambda a: a["tag"] == "button" and a["type"] == "submit")
    page.keyboard.press("Enter")
    saved = page.locator(".prioritisation [role=status]")
    expect(saved).to_be_visible()
    expect(page).to_have_url(ballot_url)
    expect_phone_page(page)
    assert checked(page, first) == 2
    assert budget - 2 in points_left(group_with_goals(page, 2)[0])
    screenshot(page, "prioritisation-ballot-ar-360")

    # Changed: one point to another goal of the same field, saved again.
    group, _names = group_with_goals(page, 2)
    tab_to(page, lambda a: a["name"] == second)
    page.keyboard.press("ArrowDown")
    assert checked(page, second) == 1
    assert budget - 3 in points_left(group)
    tab_to(page, lambda a: a["tag"] == "button" and a["type"] == "submit")
    page.keyboard.press("Enter")
    expect(page.locator(".prioritisation [role=status]")).to_be_visible()
    # The link again, as from the mail: the stored ballot.
    page.goto(ballot_url)
    assert checked(page, first) == 2 and checked(page, second) == 1
    group, _names = group_with_goals(page, 2)
    assert budget - 3 in points_left(group)
    expect(page.locator(".prioritisation [role=status]")).to_have_count(0)

    # Time moves on: the process closes (its closing time in the past), and the same page
    # shows the results, frozen at the first request after the closing.
    closing.close()
    response = page.goto(server.lueneburg(PROCESS_AR))
    assert response.status == 200
    expect_phone_page(page)
    expect(page.locator(".prioritisation__state--closed")).to_be_visible()
    expect(page.locator("form[method=post]")).to_have_count(0)
    results_shown_in_arabic(page, server, first, second, ballots=closing.ballots + 1)
    expect_no_violations(page)
    screenshot(page, "prioritisation-results-ar-360")
    # The link to the ballot now refuses: closed, nothing can be changed.
    response = page.goto(ballot_url)
    assert response.status == 403
    expect(page.locator("[role=alert]")).to_be_visible()
    expect(page.locator("form.ballot")).to_have_count(0)
    expect(page.locator(".prioritisation__state--closed")).to_be_visible()

    # Reopened for the other tests (the fixture does it again should a step above fail).
    closing.reopen()
    assert page.goto(server.lueneburg(PROCESS_AR)).status == 200
    expect(page.locator(".prioritisation__state--open")).to_be_visible()
    assert server.lueneburg_status(PROCESS_AR + "results.json") == 404


def results_shown_in_arabic(page, server, first, second, ballots):
    """The frozen results: a named chart and a table per field of action, the ranking of
    all goals, and the participation figures counting the ballot just given (all of this
    server's ballots are by e-mail)."""
    fields = page.locator("section.prioritisation__field")
    assert fields.count() >= 2
    for index in range(fields.count()):
        field = fields.nth(index)
        chart = field.locator("svg.chart")
        expect(chart).to_have_count(1)
        assert chart.get_attribute("role") == "img"
        title = chart.locator("title")
        assert title.text_content().strip(), "a chart without a name"
        assert chart.get_attribute("aria-labelledby") == title.get_attribute("id")
        assert field.locator("table tbody tr").count() >= 1
    goals = page.locator("#overall ~ .table-wrap table tbody tr")
    assert goals.count() == sum(
        fields.nth(n).locator("table tbody tr").count() for n in range(fields.count())
    )
    # "n ballots: n by e-mail, 0 by code", in whatever words and order the language has.
    said = numbers(page.locator("section[aria-labelledby=participation] p").first.text_content())
    assert sorted(said) == [0, ballots, ballots], said
    # The same figures and the ballot's points in the JSON of the results.
    data = server.lueneburg_json(PROCESS_AR + "results.json")
    assert data["participation"]["ballots"] == data["participation"]["by_email"] == ballots
    assert data["participation"]["by_code"] == 0
    online = {row["goal_key"]: row["online"] for row in data["ranking"]}
    assert online[first.removeprefix("goal-")] >= 2
    assert online[second.removeprefix("goal-")] >= 1


def test_taking_part_works_without_javascript(browser, server):
    """Plain forms: the address, the link, the points chosen and saved; the server counts
    the points left and refuses a field given more than its points."""
    context = new_context(browser, server.url, width=360, height=780, javascript=False)
    server.follow_site_links(context)
    page = context.new_page()
    address = f"ohne-skript-{uuid.uuid4().hex[:12]}@example.org"
    page.goto(server.lueneburg(PROCESS_AR))
    register(page, server, address)
    ballot_url = page.url
    budget = int(page.locator("form.ballot").get_attribute("data-budget"))
    _group, (first, second, third, *_others) = group_with_goals(page, 3)
    submit = page.locator("form.ballot button[type=submit]")

    # Too many points in one field: refused, and nothing is saved.
    for name in (first, second, third):
        page.locator(f"input[name='{name}'][value='2']").check()
    with page.expect_navigation() as sent:
        submit.click()
    assert budget < 3 * 2 and sent.value.status == 400
    expect(page.locator(".error-summary[role=alert]")).to_be_visible()
    assert checked(page, third) == 2  # the choices are kept to be corrected

    page.locator(f"input[name='{second}'][value='2']").check()
    page.locator(f"input[name='{first}'][value='1']").check()
    page.locator(f"input[name='{third}'][value='0']").check()
    with page.expect_navigation() as sent:
        submit.click()
    assert sent.value.status == 200
    expect(page.locator(".prioritisation [role=status]")).to_be_visible()
    # Without a script the server counts the points left.
    assert budget - 3 in points_left(group_with_goals(page, 3)[0])
    page.goto(ballot_url)
    assert (checked(page, first), checked(page, second)) == (1, 2)
    assert checked(page, third) in (None, 0)  # no points: stored as none, shown unchosen
    context.close()


def test_the_closed_luebeck_process_shows_its_results(page, manifest):
    """Lübeck's 2020 process, closed with invented ballots (an example, so marked), in
    German on a wide screen: the participation, a chart and a table per field of action,
    the ranking of all goals."""
    response = page.goto(manifest["PrioritisationPage"]["de"])
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator(".prioritisation__state--closed")).to_be_visible()
    expect(page.locator("h1 .example-badge")).to_be_visible()
    expect(page.locator("form[method=post]")).to_have_count(0)
    fields = page.locator("section.prioritisation__field")
    assert fields.count() >= 5
    goals = 0
    for index in range(fields.count()):
        field = fields.nth(index)
        chart = field.locator("svg.chart")
        expect(chart).to_have_count(1)
        assert chart.locator("title").text_content().strip()
        # a bar per goal, the same goals as rows of the table beside it
        bars = chart.locator("text.chart__label").count()
        assert bars >= 1 and field.locator("table tbody tr").count() == bars
        goals += bars
    assert page.locator("#overall ~ .table-wrap table tbody tr").count() == goals
    # 412 invented ballots, all by e-mail
    said = numbers(page.locator("section[aria-labelledby=participation] p").first.text_content())
    assert said == [412, 412, 0], said
    expect_no_violations(page)
    screenshot(page, "prioritisation-results-de-desktop")


# Faults these tests found in the first version of the feature (now fixed): the honeypot
# on screen, two forms sharing ids, download links Wagtail did not serve.


def test_the_honeypot_is_out_of_sight(phone, server):
    phone.goto(server.lueneburg(PROCESS_AR))
    traps = phone.locator(".form-field--trap")
    assert traps.count() == 2
    for index in range(traps.count()):
        box = traps.nth(index).bounding_box()
        assert box is None or box["width"] * box["height"] <= 1, box


def test_each_consent_box_has_its_own_label(phone, server):
    phone.goto(server.lueneburg(PROCESS_AR))
    for way in ("register", "code"):
        form = phone.locator(f"form[action$='/{way}/']")
        form.locator(".form-field__check label").click()
        expect(form.locator("input[name=consent]")).to_be_checked()


def test_the_results_can_be_downloaded(page, manifest):
    page.goto(manifest["PrioritisationPage"]["de"])
    for kind in ("csv", "json"):
        href = page.locator(f".downloads a[href*='results.{kind}']").get_attribute("href")
        assert page.request.get(href).status == 200, href
