"""Admin journeys: what the Forum's board, the press office and the translators do in the
admin of the demo site, step by step in a real browser, with screenshots: the board
updates a meeting, a press release waits for the editors' approval before it is public,
and a translation is submitted for review and approved by Redaktion.

They edit at desktop width and look at the result at both widths of the public journeys
(test_journeys.py). They edit this worker's own copy of the demo (see conftest), and they
change pages no other browser test looks at: the Forum journey edits a meeting that is
not the manifest's, the press journey adds a release of its own."""

import re
from urllib.parse import quote

from playwright.sync_api import expect

from tests.e2e.helpers import (
    ADMIN_TIMEOUT,
    DE_LOCALE,
    SIZES,
    arrive,
    expect_language,
    log_in,
    new_context,
    screenshot,
)


def log_out(page, site_url):
    page.locator(".sidebar-footer__account").click()
    page.locator("form[action$='/admin/logout/'] button[type=submit]").click()
    arrive(page, re.compile(re.escape(f"{site_url}/admin/login/")))


def open_more_actions(page):
    """The editor's footer: 'Save draft' and, in the dropdown beside it, the rest."""
    page.locator(".actions--primary .w-dropdown__toggle").click()


def public_screenshots(browser, site_url, paths: dict, name: str, check=None):
    """Screenshots of the public pages {language: path} at both sizes, in a visitor's
    context (not logged in); `check(page, language)` asserts on each."""
    for size, (width, height) in SIZES.items():
        context = new_context(browser, site_url, width=width, height=height)
        page = context.new_page()
        for language, path in paths.items():
            response = page.goto(path)
            assert response.status == 200, path
            if check:
                check(page, language)
            screenshot(page, f"{name}-{language}-{size}")
        context.close()


def test_forum_board_member_updates_a_meeting(browser, site_url, manifest):
    """A member of the Forum's board logs in (the admin in German), finds a meeting
    through the dashboard's 'your section' panel and the page explorer, appends
    ' (aktualisiert)' to its title and publishes it herself (no approval by default):
    the public page and the Forum's page show the new title at once, and the Arabic
    translation now says that the German version is newer, with a link to it."""
    context = new_context(browser, site_url, locale=DE_LOCALE)
    page = context.new_page()
    log_in(page, site_url, "forum-vorstand", "demo-forum-2026")
    section = page.locator("#your-sections-section")
    expect(section).to_be_visible()
    screenshot(page, "journey-forum-dashboard-de-desktop")
    section.locator("li", has_text="(Deutsch)").get_by_role(
        "link", name="Seiten dieses Bereichs"
    ).click()
    arrive(page, re.compile(r"/admin/pages/\d+/$"))

    # A meeting other than the one the other browser tests visit (the manifest's).
    rows = page.locator("table tbody tr", has_text="Sitzung des Forums")
    expect(rows.first).to_be_visible()
    meetings = [row for row in rows.all() if row.locator(".w-status").count()]
    row = next(
        row
        for row in meetings
        if row.locator(".w-status").get_attribute("href") != manifest["ForumMeetingPage"]["de"]
    )
    public = row.locator(".w-status").get_attribute("href")
    arabic = re.sub(r"^/de/", "/ar/", public)
    to_german = f"a[href='{public}'][hreflang=de]"
    newer_notice = f".notice--outdated {to_german}"
    visitor = new_context(browser, site_url).new_page()
    visitor.goto(arabic)
    expect_language(visitor, "ar", "rtl")
    expect(visitor.locator(newer_notice)).to_have_count(0)

    row.locator("a[href$='/edit/']").first.click()
    arrive(page, re.compile(r"/admin/pages/\d+/edit/$"))
    title = page.locator("input[name=title]")
    old_title = title.input_value()
    new_title = f"{old_title} (aktualisiert)"
    title.fill(new_title)
    screenshot(page, "journey-forum-editor-de-desktop")
    open_more_actions(page)
    page.locator("button[name=action-publish]").click()
    expect(page.locator(".messages .success")).to_contain_text(new_title, timeout=ADMIN_TIMEOUT)
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    context.close()

    def shows_the_change(page, language):
        if language == "de":
            expect(page.locator("h1")).to_have_text(new_title)
        else:
            expect_language(page, "ar", "rtl")
            expect(page.locator(newer_notice)).to_be_visible()
            notice = page.locator(".notice--outdated", has=page.locator(to_german))
            expect(notice).to_have_text(re.compile(r"\. \S"))  # a space before the link

    public_screenshots(
        browser, site_url, {"de": public, "ar": arabic}, "journey-forum-meeting", shows_the_change
    )
    visitor.goto(manifest["ForumPage"]["de"])
    expect(visitor.locator("main").get_by_role("link", name=new_title, exact=True)).to_be_visible()
    visitor.context.close()


def test_press_release_is_approved_by_the_editors_before_it_is_public(browser, site_url, manifest):
    """The press office creates a press release in the newsroom (title and lead are
    required) and submits it to the workflow 'Redaktionsfreigabe': no publish button is
    offered to it, and the newsroom does not show the release. An editor of the
    Redaktion logs in after it, finds the release under 'awaiting your review', approves
    it, and it is live in the German newsroom (and, as the German original, in the
    Arabic one)."""
    newsroom = manifest["NewsIndexPage"]["de"]
    title = "Neue Beratungszeiten im Integrationsbüro"
    lead = "Ab dem nächsten Monat berät das Integrationsbüro auch donnerstags bis 19 Uhr."
    context = new_context(browser, site_url, locale=DE_LOCALE)
    page = context.new_page()

    log_in(page, site_url, "presse", "demo-presse-2026")
    section = page.locator("#your-sections-section li").filter(
        has=page.locator("strong", has_text=re.compile(r"^Pressemitteilungen$"))
    )
    section.filter(has_text="(Deutsch)").get_by_role("link", name="Seite hinzufügen").click()
    arrive(page, re.compile(r"/admin/pages/add/home/newspage/\d+/$"))
    page.locator("input[name=title]").fill(title)
    page.locator("textarea[name=lead]").fill(lead)
    expect(page.locator("button[name=action-publish]")).to_have_count(0)
    open_more_actions(page)
    submit = page.locator("button[name=action-submit]")
    expect(submit).to_contain_text("Redaktionsfreigabe")
    screenshot(page, "journey-press-create-de-desktop")
    submit.click()
    message = page.locator(".messages .success")
    expect(message).to_contain_text(title, timeout=ADMIN_TIMEOUT)

    message.locator("a[href$='/edit/']").click()
    arrive(page, re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator("input[name=title]")).to_have_value(title)
    expect(page.locator("button[name=action-publish]")).to_have_count(0)
    expect(page.locator("button[name=action-cancel-workflow]")).to_have_count(1)
    slug = page.locator("input[name=slug]").input_value()
    assert slug
    release = quote(f"{newsroom}{slug}/")  # Wagtail allows Unicode slugs: 'büro'

    listing = page.request.get(newsroom)
    assert listing.ok and title not in listing.text()
    assert page.request.get(release).status == 404

    log_out(page, site_url)
    log_in(page, site_url, "redaktion", "demo-redaktion-2026")
    review = page.locator("#awaiting-review-section")
    expect(review.get_by_role("link", name=title, exact=True)).to_be_visible()
    screenshot(page, "journey-press-review-de-desktop")
    review.get_by_role("link", name=title, exact=True).click()
    arrive(page, re.compile(r"/admin/pages/\d+/edit/$"))
    open_more_actions(page)
    approve = page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    approve.click()
    expect(page.locator(".messages .success")).to_contain_text(title, timeout=ADMIN_TIMEOUT)
    context.close()

    visitor = new_context(browser, site_url).new_page()
    visitor.goto(newsroom)
    link = visitor.locator("main").get_by_role("link", name=title, exact=True)
    expect(link).to_have_attribute("href", release)
    link.click()
    arrive(visitor, f"{site_url}{release}")
    expect(visitor.locator("h1")).to_have_text(title)
    expect(visitor.locator("main")).to_contain_text(lead)
    visitor.context.close()

    def lists_the_release(page, language):
        link = page.locator("main").get_by_role("link", name=title, exact=True)
        expect(link).to_have_attribute("href", release)
        if language != "de":  # not translated yet: listed as the German original
            expect(link).to_have_attribute("lang", "de")
            expect(link).to_have_attribute("dir", "ltr")

    public_screenshots(
        browser,
        site_url,
        {"de": newsroom, "ar": manifest["NewsIndexPage"]["ar"]},
        "journey-press-newsroom",
        lists_the_release,
    )


def test_a_translation_is_submitted_for_review_and_redaktion_approves_it(browser, site_url):
    """A translator (group Übersetzung), with no publish button anywhere, submits the Arabic
    privacy statement from the page explorer to "Übersetzung prüfen"; the translation status
    report says it awaits review. Redaktion finds it under "awaiting your review" on the
    dashboard and approves it, and the report no longer lists it as awaiting."""
    context = new_context(browser, site_url, locale=DE_LOCALE)
    page = context.new_page()
    (found,) = page.request.get("/api/v2/pages/?locale=ar&slug=datenschutz").json()["items"]
    privacy = page.request.get(f"/api/v2/pages/{found['id']}/").json()
    awaiting = "/admin/reports/translations/?language=ar&status=awaiting_review"

    log_in(page, site_url, "uebersetzung", "demo-uebersetzung-2026")
    page.goto(f"/admin/pages/{privacy['meta']['parent']['id']}/")  # the explorer
    page.get_by_role("button", name=f"Weitere Optionen für '{privacy['title']}'").click()
    page.get_by_role("link", name="Zur Prüfung einreichen").click()
    arrive(page, f"{site_url}/admin/translations/review/{privacy['id']}/")
    expect(page.locator("main")).to_contain_text("Übersetzung prüfen")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    expect(page.locator(".messages .success")).to_contain_text(
        "Übersetzung prüfen", timeout=ADMIN_TIMEOUT
    )
    log_out(page, site_url)

    log_in(page, site_url, "redaktion", "demo-redaktion-2026")
    page.goto(awaiting)
    expect(page.locator("td.translation-status--awaiting_review")).to_have_count(1)
    expect(page.locator("td.translation-status--awaiting_review")).to_have_text(
        "wartet auf Prüfung"
    )
    page.goto("/admin/")
    row = page.locator("#awaiting-review-section tr").filter(
        has=page.get_by_role("link", name=privacy["title"], exact=True)
    )
    expect(row).to_have_count(1)
    screenshot(page, "journey-translation-review-de-desktop")
    row.get_by_role("button", name="Aktionen").click()
    with page.expect_navigation(timeout=ADMIN_TIMEOUT):  # the dashboard again, reloaded
        row.locator(
            "button[data-workflow-action-url*='/approve/']:not([data-launch-modal])"
        ).click()
    page.goto(awaiting)
    expect(page.locator("td.translation-status--awaiting_review")).to_have_count(0)
    context.close()
