"""Journeys: what visitors, people looking for help, the Forum's board and the press
office do on the demo site, step by step in a real browser, with screenshots.

Public journeys run at desktop width and at 360 px (a small phone); the admin journeys
edit at desktop width and look at the result at both. The journeys that change content
edit this worker's own copy of the demo (see conftest), and they change pages no other
browser test looks at: the Forum journey edits a meeting that is not the manifest's, the
press journey adds a release of its own."""

import re
from urllib.parse import quote

import pytest
import vobject
from playwright.sync_api import expect

from tests.e2e.helpers import describe, fill_admin_login, new_context, run_axe, screenshot

SIZES = {"desktop": (1280, 900), "360": (360, 780)}
ADMIN_TIMEOUT = 15_000  # ms: saving and publishing in the admin takes a moment
DE_LOCALE = "de-DE"  # staff browse in German, so the admin speaks German


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def sized(request, browser, site_url):
    """(size name, a fresh page of that viewport)."""
    width, height = SIZES[request.param]
    context = new_context(browser, site_url, width=width, height=height)
    yield request.param, context.new_page()
    context.close()


def arrive(page, url):
    """Wait until the browser has loaded `url` (a string or a pattern) after a click."""
    expect(page).to_have_url(url, timeout=ADMIN_TIMEOUT)
    page.wait_for_load_state()


def expect_language(page, language, direction):
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", direction)


def count_in(text: str) -> int:
    """The number in a result count such as '2 Maßnahmen gefunden'."""
    found = re.search(r"\d+", text)
    assert found, f"no number in {text!r}"
    return int(found.group())


def switch_language(page, language):
    # By the link's language: a copy that shows only German is linked with hreflang="de".
    page.locator("nav.language-switcher").locator(f"a[lang='{language}']").click()


def log_in(page, site_url, username, password):
    page.goto("/admin/login/")
    fill_admin_login(page, username, password)
    arrive(page, f"{site_url}/admin/")


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


def test_visitor_filters_measures_and_reads_one_in_arabic(sized, site_url, manifest):
    """A visitor goes from the home page through the main navigation to the integration
    concept and its measure list, filters it by a field of action (a plain GET form) and
    gets only that field's measures, with a count that matches the list; opens one, reads
    it in Arabic (right to left) through the language switcher and returns to the same
    measure in German. Only links and buttons are used after the home page."""
    size, page = sized
    page.goto(manifest["HomePage"]["de"])
    expect_language(page, "de", "ltr")
    screenshot(page, f"journey-visitor-home-de-{size}")

    concept = manifest["IntegrationConceptPage"]["de"]
    page.locator("nav.main-nav").locator(f"a[href='{concept}']").click()
    arrive(page, f"{site_url}{concept}")
    expect(page.locator("h1")).to_be_visible()

    page.locator("main").locator(f"a[href='{concept}measures/']").click()
    arrive(page, f"{site_url}{concept}measures/")
    count = page.locator(".result-count")
    unfiltered = count_in(count.inner_text())
    assert unfiltered > 1

    form = page.locator("form.filters")
    field = form.locator("select[name=field]")
    housing = field.locator("option", has_text="Wohnen und Quartier")
    value, label = housing.get_attribute("value"), housing.inner_text().strip()
    field.select_option(value)
    form.locator("button[type=submit]").click()
    arrive(page, re.compile(rf"measures/\?(.*&)?field={value}(&|$)"))
    expect(field).to_have_value(value)
    filtered = count_in(count.inner_text())
    results = page.locator("ol.results > li.result")
    assert 0 < filtered < unfiltered
    expect(results).to_have_count(filtered)
    for result in results.all():
        fields = result.locator("dt:text-is('Handlungsfelder') + dd")
        expect(fields).to_contain_text(label)
    screenshot(page, f"journey-visitor-measures-filtered-de-{size}")

    first = results.first.locator(".result__title a")
    title, measure = first.inner_text().strip(), first.get_attribute("href")
    first.click()
    arrive(page, f"{site_url}{measure}")
    expect(page.locator("h1")).to_have_text(title)
    screenshot(page, f"journey-visitor-measure-de-{size}")

    switch_language(page, "ar")
    arabic = re.sub(r"^/de/", "/ar/", measure)
    arrive(page, f"{site_url}{arabic}")
    expect_language(page, "ar", "rtl")
    expect(page.locator("nav.language-switcher [aria-current]")).to_have_attribute("lang", "ar")
    screenshot(page, f"journey-visitor-measure-ar-{size}")

    switch_language(page, "de")
    arrive(page, f"{site_url}{measure}")
    expect_language(page, "de", "ltr")
    expect(page.locator("h1")).to_have_text(title)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_person_finds_counselling_step_by_step_and_saves_its_contact(
    sized, site_url, manifest, language
):
    """Someone who experienced racism when looking for a flat and speaks Arabic opens the
    signpost, answers the guided mode's three questions (one per page, radio buttons and
    'next'), gets the same services the filter form gives for these answers, opens one
    and saves its contact: a vCard whose FN is the name the page shows. In German and in
    Arabic (right to left)."""
    size, page = sized
    signpost = manifest["SignpostPage"][language]
    page.goto(signpost)
    expect_language(page, language, "rtl" if language == "ar" else "ltr")
    expect(page.locator(".emergency a[href='tel:110']")).to_be_visible()

    page.locator(f"a[href='{signpost}guided/']").click()
    arrive(page, f"{site_url}{signpost}guided/")
    step = page.locator("form.guided__step")
    answers = {"ground": "racism", "area": "housing", "language": "ar"}
    for number, (name, value) in enumerate(answers.items(), start=1):
        question = step.locator("fieldset")
        expect(question.locator("legend")).to_contain_text(f"{number}")
        expect(question.locator("input[type=radio]").first).to_have_attribute("name", name)
        if number == 1:
            screenshot(page, f"journey-help-question-{language}-{size}")
        choice = question.locator(f"input[name={name}][value='{value}']")
        page.locator(f"label[for='{choice.get_attribute('id')}']").click()
        expect(choice).to_be_checked()
        step.locator("button[type=submit]").click()
        arrive(page, re.compile(rf"[?&]{name}={value}(&|$)"))

    expect(step).to_have_count(0)
    results = page.locator("ul.results > li.result")
    found = count_in(page.locator(".result-count").inner_text())
    assert found > 0
    expect(results).to_have_count(found)
    screenshot(page, f"journey-help-results-{language}-{size}")

    titles = ".results > li.result .result__title a"
    guided_titles = [t.strip() for t in page.locator(titles).all_inner_texts()]
    with page.context.expect_page() as other:  # the same answers as filters, in a new tab
        page.locator(f"main a[href^='{signpost}?']").click(modifiers=["ControlOrMeta"])
    filters = other.value
    filters.wait_for_load_state()
    expect(filters.locator("form.filters select[name=area]")).to_have_value("housing")
    assert [t.strip() for t in filters.locator(titles).all_inner_texts()] == guided_titles
    filters.close()

    service = results.first.locator(".result__title a")
    service_path = service.get_attribute("href")
    assert service_path.startswith(f"{signpost}services/")
    service.click()
    arrive(page, f"{site_url}{service_path}")
    name = page.locator("h1").inner_text().strip()
    assert name == guided_titles[0]
    screenshot(page, f"journey-help-service-{language}-{size}")

    vcard_link = page.locator(f"a[href='{service_path}contact.vcf']")
    with page.expect_download() as download_info:
        vcard_link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".vcf")
    with open(download.path(), encoding="utf-8", newline="") as file:
        text = file.read()
    assert text.startswith("BEGIN:VCARD\r\n")
    assert text.rstrip().endswith("END:VCARD")
    card = vobject.readOne(text)
    assert card.fn.value == name
    assert re.search(rf"^FN:{re.escape(name)}\r$", text, re.MULTILINE)


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


def test_newcomer_finds_first_steps_from_the_home_page_in_arabic(sized, manifest):
    """A newcomer reads the start page in Arabic, follows its link to the first steps,
    opens a process chain and reads its numbered steps in Arabic, right to left; the
    office's view of the same chain shows the swimlane diagram with the steps beside it."""
    size, page = sized
    page.goto(manifest["HomePage"]["ar"])
    index = manifest["ProcessChainIndexPage"]["ar"]
    page.locator(f"main a[href='{index}']").first.click()
    arrive(page, re.compile(re.escape(index) + "$"))
    expect_language(page, "ar", "rtl")
    chain = page.locator(".process-chains .result a").first
    chain_path = chain.get_attribute("href")
    chain.click()
    # The start and the chain are both Arabic pages, so the language alone cannot tell
    # that the chain has loaded; counting its steps before then would count nothing.
    arrive(page, re.compile(re.escape(chain_path) + "$"))
    expect_language(page, "ar", "rtl")
    steps = page.locator(".checklist__step").count()
    assert steps >= 4
    violations = run_axe(page)
    assert not violations, describe(violations)
    screenshot(page, f"journey-newcomer-first-steps-ar-{size}")
    page.locator(".chain-views a[href$='/process/']").click()
    arrive(page, re.compile(re.escape(chain_path) + "process/$"))
    assert page.locator("svg.swimlane__svg a").count() == steps
    screenshot(page, f"journey-newcomer-process-ar-{size}")


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
