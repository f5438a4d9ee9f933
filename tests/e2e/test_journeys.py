"""Public journeys: what visitors, people looking for help and newcomers do on the demo
site, step by step in a real browser, with screenshots: a visitor filters the measures and
reads one in Arabic, a person finds counselling step by step and saves its contact, a
newcomer finds the first steps from the home page in Arabic.

They run at desktop width and at 360 px (a small phone) and change no content. The admin
journeys are in test_journeys_admin.py."""

import re

import pytest
import vobject
from playwright.sync_api import expect

from tests.e2e.helpers import (
    SIZES,
    arrive,
    choose_language,
    describe,
    expect_language,
    follow_menu,
    new_context,
    run_axe,
    screenshot,
)


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def sized(request, browser, site_url):
    """(size name, a fresh page of that viewport)."""
    width, height = SIZES[request.param]
    context = new_context(browser, site_url, width=width, height=height)
    yield request.param, context.new_page()
    context.close()


def count_in(text: str) -> int:
    """The number in a result count such as '2 Maßnahmen gefunden'."""
    found = re.search(r"\d+", text)
    assert found, f"no number in {text!r}"
    return int(found.group())


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
    follow_menu(page, concept)
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

    choose_language(page, "ar")
    arabic = re.sub(r"^/de/", "/ar/", measure)
    arrive(page, f"{site_url}{arabic}")
    expect_language(page, "ar", "rtl")
    expect(page.locator("nav.language-switcher [aria-current]")).to_have_attribute("lang", "ar")
    screenshot(page, f"journey-visitor-measure-ar-{size}")

    choose_language(page, "de")
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


def test_newcomer_finds_first_steps_from_the_home_page_in_arabic(sized, manifest):
    """A newcomer reads the start page in Arabic, follows its link to the first steps,
    opens a process chain and reads its numbered steps in Arabic, right to left; the
    office's view of the same chain shows the swimlane diagram with the steps beside it."""
    size, page = sized
    page.goto(manifest["HomePage"]["ar"])
    screenshot(page, f"journey-newcomer-home-ar-{size}")
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
