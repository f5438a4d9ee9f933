"""The ECCAR action plan: ten commitments, each with exactly its linked measures."""

from urllib.parse import urlsplit

import pytest

from integration_pages.models import ActionPlanPage, EccarCommitment, MeasurePage

pytestmark = pytest.mark.django_db


def path(page):
    return urlsplit(page.url).path


@pytest.fixture
def plan():
    return ActionPlanPage.objects.get(locale__language_code="de")


def _linked(commitment_number):
    return MeasurePage.objects.live().filter(
        eccar_commitments__number=commitment_number, locale__language_code="de"
    )


def _section(html, number):
    start = html.index(f'id="commitment-{number}"')
    end = html.find('class="commitment"', start)
    return html[start : end if end > 0 else None]


def test_the_plan_shows_the_ten_commitments_with_exactly_their_measures(client, plan):
    html = client.get(plan.url).content.decode()
    assert "seit" in html.lower() and "2020" in html
    all_titles = set(
        MeasurePage.objects.filter(locale__language_code="de").values_list("title", flat=True)
    )
    for number in range(1, 11):
        section = _section(html, number)
        expected = set(_linked(number).values_list("title", flat=True))
        shown = {title for title in all_titles if f">{title}</a>" in section}
        assert shown == expected, number


def test_the_demo_links_at_least_fifteen_measures_covering_every_commitment():
    linked = MeasurePage.objects.filter(
        locale__language_code="de", eccar_commitments__isnull=False
    ).distinct()
    assert linked.count() >= 15
    for number in range(1, 11):
        assert _linked(number).exists(), number


def test_each_commitment_has_its_own_page(client, plan):
    for commitment in EccarCommitment.objects.filter(locale__language_code="de"):
        response = client.get(f"{path(plan)}commitment/{commitment.number}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert commitment.title in html
        for measure in _linked(commitment.number):
            assert measure.title in html
    assert client.get(f"{path(plan)}commitment/11/").status_code == 404


def test_a_measure_linked_to_a_commitment_appears_there_and_unlinking_removes_it(client, plan):
    commitment = EccarCommitment.objects.get(number=7, locale__language_code="de")
    measure = (
        MeasurePage.objects.filter(locale__language_code="de")
        .exclude(eccar_commitments=commitment)
        .first()
    )
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
        counts = [_linked(number).filter(status=s).count() for s in statuses]
        assert cells == [str(c) for c in counts] + [str(sum(counts))], number


def test_the_english_plan_shows_english_commitments_and_measures(client):
    english = ActionPlanPage.objects.get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    assert "Greater vigilance against racism" in html
    for measure in MeasurePage.objects.filter(
        locale__language_code="en", eccar_commitments__number=3
    ):
        assert measure.title in html
        assert f'href="{path(measure)}"' in html


def test_the_report_lists_what_was_planned_and_done_in_the_chosen_year(client, plan):
    from integration_pages.budget import budget_years

    linked = list(
        MeasurePage.objects.filter(
            locale__language_code="de", eccar_commitments__isnull=False
        ).distinct()
    )
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


@pytest.mark.parametrize("extra", [0, 285])
@pytest.mark.parametrize("language", ["de", "en"])
def test_plan_queries_do_not_grow_with_the_number_of_linked_measures(
    client, django_assert_max_num_queries, extra, language
):
    from tests.factories import MeasurePageFactory

    goal = MeasurePage.objects.filter(locale__language_code="de").first().get_parent()
    commitments = list(EccarCommitment.objects.filter(locale__language_code="de"))
    for n in range(extra):
        measure = MeasurePageFactory(parent=goal, slug=f"eccar-extra-{n}")
        measure.eccar_commitments = [commitments[n % 10]]
        measure.save_revision().publish()
    page = ActionPlanPage.objects.get(locale__language_code=language)
    client.get(page.url)
    with django_assert_max_num_queries(20):
        assert client.get(page.url).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(f"{path(page)}commitment/3/").status_code == 200
