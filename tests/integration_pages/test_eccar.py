"""The ECCAR action plan: ten commitments, each with exactly its linked measures.

Each test builds a plan whose twelve measures serve the ten commitments
(tests.support.eccar_data); that the demo links enough measures to every commitment is
checked in test_eccar_demo."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from integration_pages.models import EccarCommitment, MeasurePage
from tests.support.eccar_data import build_action_plan
from tests.support.site import in_bulk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def path(page):
    return urlsplit(page.url).path


@pytest.fixture
def plan(home_de):
    return build_action_plan(home_de).plan


def in_language(plan, language):
    return plan.get_translation(Locale.objects.get(language_code=language)).specific


def _measures(plan):
    """The German measures of the plan's site (below its home page)."""
    return MeasurePage.objects.descendant_of(plan.get_parent()).filter(locale__language_code="de")


def _linked(plan, commitment_number):
    return _measures(plan).live().filter(eccar_commitments__number=commitment_number)


def _section(html, number):
    start = html.index(f'id="commitment-{number}"')
    end = html.find('class="commitment"', start)
    return html[start : end if end > 0 else None]


def test_the_plan_shows_the_ten_commitments_with_exactly_their_measures(client, plan):
    html = client.get(plan.url).content.decode()
    assert "seit" in html.lower() and "2020" in html
    all_titles = set(_measures(plan).values_list("title", flat=True))
    for number in range(1, 11):
        section = _section(html, number)
        expected = set(_linked(plan, number).values_list("title", flat=True))
        assert expected, number
        shown = {title for title in all_titles if f">{title}</a>" in section}
        assert shown == expected, number


def test_each_commitment_has_its_own_page(client, plan):
    for commitment in EccarCommitment.objects.filter(locale__language_code="de"):
        response = client.get(f"{path(plan)}commitment/{commitment.number}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert commitment.title in html
        for measure in _linked(plan, commitment.number):
            assert measure.title in html
    assert client.get(f"{path(plan)}commitment/11/").status_code == 404


def test_a_measure_linked_to_a_commitment_appears_there_and_unlinking_removes_it(client, plan):
    commitment = EccarCommitment.objects.get(number=7, locale__language_code="de")
    measure = _measures(plan).exclude(eccar_commitments=commitment).first()
    url = f"{path(plan)}commitment/7/"
    assert f">{measure.title}</a>" not in client.get(url).content.decode()
    measure.eccar_commitments.add(commitment)
    measure.save_revision().publish()
    assert f">{measure.title}</a>" in client.get(url).content.decode()


def test_the_progress_overview_counts_measures_per_commitment_and_status(client, plan):
    html = client.get(plan.url).content.decode()
    assert '<svg class="chart chart--stacked"' in html
    table = html[html.index("<table") : html.index("</table>")]
    rows = table.split("<tr>")[2:]
    assert len(rows) == 10
    statuses = ["planned", "in_progress", "implemented", "permanent", "paused"]
    for number, row in enumerate(rows, start=1):
        cells = [c.split("</td>")[0] for c in row.split("<td>")[1:]]
        counts = [_linked(plan, number).filter(status=s).count() for s in statuses]
        assert cells == [str(c) for c in counts] + [str(sum(counts))], number


def test_the_english_plan_shows_english_commitments_and_measures(client, home_de):
    plan = build_action_plan(home_de, languages=["en"]).plan
    english = in_language(plan, "en")
    html = client.get(english.url).content.decode()
    assert "Greater vigilance against racism" in html
    measures = MeasurePage.objects.filter(
        locale__language_code="en",
        eccar_commitments__number=3,
        translation_key__in=_measures(plan).values("translation_key"),
    )
    assert measures
    for measure in measures:
        assert measure.title in html
        assert f'href="{path(measure)}"' in html


def test_the_report_lists_what_was_planned_and_done_in_the_chosen_year(client, plan):
    from integration_pages.concept.budget import budget_years

    linked = list(_measures(plan).filter(eccar_commitments__isnull=False).distinct())
    year = 2023
    response = client.get(f"{path(plan)}report/", {"year": year})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{year}" in html
    first = budget_years(linked)[0]
    for measure in linked:
        assert (measure.title in html) == measure.active_in(year, first), measure.title
    for measure in linked:
        for example in measure.examples:
            if str(year) in example.value["period"]:
                assert example.value["text"] in html


def test_a_bad_report_year_gets_a_message_and_a_report_still(client, plan):
    response = client.get(f"{path(plan)}report/", {"year": "zwanzig"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def _count_rows(html):
    table = html[html.index("<table") : html.index("</table>")]
    return [[c.split("</td>")[0] for c in row.split("<td>")[1:]] for row in table.split("<tr>")[2:]]


def _shown(plan, number, language):
    """The live, public measures of `plan` (German) linked to commitment `number`, each in
    `language` where translated (and live), else German."""
    shown = []
    for measure in _linked(plan, number).public():
        translated = (
            MeasurePage.objects.live()
            .public()
            .filter(translation_key=measure.translation_key, locale__language_code=language)
            .first()
        )
        shown.append(translated or measure)
    return shown


@pytest.mark.parametrize("language", ["en", "ar"])
def test_translated_plans_count_each_german_original_once(client, home_de, language):
    plan = build_action_plan(home_de, languages=[language]).plan
    german = _count_rows(client.get(plan.url).content.decode())
    translated = in_language(plan, language)
    assert MeasurePage.objects.filter(
        locale__language_code=language,
        eccar_commitments__isnull=False,
        translation_key__in=_measures(plan).values("translation_key"),
    ).exists()
    assert _count_rows(client.get(translated.url).content.decode()) == german


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_every_page_links_each_measure_in_the_readers_language(client, home_de, language):
    from django.utils.html import escape

    from integration_pages.concept.budget import budget_years

    plan = build_action_plan(home_de, languages=["en", "ar"]).plan
    page = in_language(plan, language)
    plan_html = client.get(page.url).content.decode()
    for number in (3, 7):
        html = client.get(f"{path(page)}commitment/{number}/").content.decode()
        for measure in _shown(plan, number, language):
            link = f'<a href="{path(measure)}">{escape(measure.title)}</a>'
            assert link in html, (number, measure.title)
            assert link in _section(plan_html, number), (number, measure.title)
    if language != "de":
        shown = _shown(plan, 3, language)
        assert any(m.locale.language_code == language for m in shown)
    report = client.get(f"{path(page)}report/", {"year": 2023}).content.decode()
    first = budget_years(_measures(plan).filter(eccar_commitments__isnull=False).distinct())[0]
    for measure in _shown(plan, 3, language):
        link = f'<a href="{path(measure)}">{escape(measure.title)}</a>'
        assert (link in report) == measure.active_in(2023, first), measure.title


def test_private_and_withdrawn_measures_are_neither_listed_nor_counted(client, plan):
    from wagtail.models import PageViewRestriction

    from tests.support.factories import MeasurePageFactory

    goal = _linked(plan, 5).first().get_parent()
    commitment = EccarCommitment.objects.get(number=5, locale__language_code="de")
    counts_before = _count_rows(client.get(plan.url).content.decode())[4]
    added = {}
    for slug, title in [("eccar-intern", "Interne Maßnahme"), ("eccar-alt", "Alte Maßnahme")]:
        measure = MeasurePageFactory(parent=goal, slug=slug, title=title)
        measure.eccar_commitments = [commitment]
        measure.save_revision().publish()
        added[slug] = measure
    PageViewRestriction.objects.create(page=added["eccar-intern"], restriction_type="login")
    added["eccar-alt"].unpublish()
    pages = [plan.url, f"{path(plan)}commitment/5/", f"{path(plan)}report/?year=2024"]
    for url in pages:
        html = client.get(url).content.decode()
        assert "Interne Maßnahme" not in html and "Alte Maßnahme" not in html, url
    assert _count_rows(client.get(plan.url).content.decode())[4] == counts_before


def test_a_measure_serving_two_commitments_is_listed_and_counted_under_both(client, plan):
    second = EccarCommitment.objects.get(locale__language_code="de", number=2)
    measure = _linked(plan, 1).exclude(eccar_commitments__number=2).first()
    counts_before = _count_rows(client.get(plan.url).content.decode())
    measure.eccar_commitments.add(second)
    measure.save_revision().publish()
    html = client.get(plan.url).content.decode()
    for number in (1, 2):
        assert _section(html, number).count(f">{measure.title}</a>") == 1, number
    counts = _count_rows(html)
    assert counts[0] == counts_before[0]
    assert int(counts[1][-1]) == int(counts_before[1][-1]) + 1
    assert counts[2:] == counts_before[2:]


def test_measure_links_are_wagtails_urls_also_for_unusual_slugs(client, plan):
    from tests.support.factories import MeasurePageFactory

    goal = _linked(plan, 2).first().get_parent()
    measure = MeasurePageFactory(parent=goal, slug="maßnahme-für-vielfalt", title="Vielfalt")
    measure.eccar_commitments = [EccarCommitment.objects.get(number=2, locale__language_code="de")]
    measure.save_revision().publish()
    html = client.get(plan.url).content.decode()
    assert "%C3%9F" in path(measure)
    for measure in _linked(plan, 2):
        assert f'<a href="{path(measure)}">' in _section(html, 2), measure.title


def test_queries_per_page_are_few_and_do_not_grow_with_the_number_of_measures(client, home_de):
    """At most 20 queries on each of the three pages, in German and translated, and the
    same number with 285 more linked measures."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.support.factories import MeasurePageFactory

    plan = build_action_plan(home_de, languages=["en", "ar"]).plan
    urls = [
        url
        for page in [plan, in_language(plan, "en"), in_language(plan, "ar")]
        for url in (page.url, f"{path(page)}commitment/3/", f"{path(page)}report/?year=2024")
    ]

    def queries():
        counts = {}
        for url in urls:
            assert client.get(url).status_code == 200  # fills the per-process caches
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            counts[url] = len(captured)
        return counts

    small = queries()
    assert max(small.values()) <= 20, small
    goal = _measures(plan).first().get_parent()
    commitments = list(EccarCommitment.objects.filter(locale__language_code="de"))
    # Built in bulk, live pages without revisions: the plan reads only what is live.
    with in_bulk():
        for n in range(285):
            measure = MeasurePageFactory(parent=goal, slug=f"eccar-extra-{n}")
            measure.eccar_commitments = [commitments[n % 10], commitments[(n + 3) % 10]]
            measure.save()
    assert _linked(plan, 3).count() >= 57
    assert queries() == small


def test_the_plan_and_report_kept_for_visitors_follow_a_published_measure_and_a_commitment(
    client, plan
):
    """The plan's lists and counts and each year's report are kept for visitors per
    generation (shared_state); a measure published with a new title and a renamed
    commitment show on the next request of both."""
    report = f"{path(plan)}report/?year=2024"
    measure = next(m for m in _linked(plan, 5) if m.active_in(2024, 2000))
    client.get(plan.url), client.get(report)
    measure.title = "Quokka-Maßnahme"
    measure.save_revision().publish()
    commitment = EccarCommitment.objects.get(number=5, locale__language_code="de")
    commitment.title = "Quokka-Verpflichtung"
    commitment.save()
    for url in (plan.url, report):
        html = client.get(url).content.decode()
        assert ">Quokka-Maßnahme</a>" in html, url
        assert "Quokka-Verpflichtung" in html, url


def test_an_editor_sees_the_plan_as_stored_while_visitors_are_kept_theirs(superuser_client, plan):
    """Kept only for anonymous visitors: a logged-in editor's plan and report are made
    afresh, even after a change (a bulk update) that started no new generation."""
    from django.test import Client

    visitor = Client()
    report = f"{path(plan)}report/?year=2024"
    measure = next(m for m in _linked(plan, 5) if m.active_in(2024, 2000))
    visitor.get(plan.url), visitor.get(report)
    MeasurePage.objects.filter(pk=measure.pk).update(title="Quokka-Stille-Post")
    for url in (plan.url, report):
        assert ">Quokka-Stille-Post</a>" in superuser_client.get(url).content.decode(), url
        assert ">Quokka-Stille-Post</a>" not in visitor.get(url).content.decode(), url
