"""The results: online and workshop points combined by the editor's rule, ranked per field
of action and overall, frozen once at the closing (later ballots, goal edits and workshop
edits change nothing), published as a chart with the same numbers in a table, as
results.csv and results.json, through the API, and as each goal's rank on its page."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from integration_pages.models import Ballot, GoalRank, PrioritisationResult, WorkshopWeight
from integration_pages.participation.results import close, competition_ranks
from tests.support.participation_data import make_process

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

DAY_ONE = datetime.date(2020, 1, 14)


def cast(process, goals, day, channel="email", **given):
    Ballot.objects.create(
        process=process.original(),
        channel=channel,
        submitted_on=day,
        points={str(goals[name].translation_key): value for name, value in given.items()},
    )


def workshop(process, goals, **given):
    original = process.original()
    for name, value in given.items():
        WorkshopWeight.objects.create(
            page=original, goal=goals[name], points=value, locale=original.locale
        )


def closed(home, **facts):
    """A process whose time is up, with ballots cast over two days and workshop points."""
    now = timezone.now()
    process, goals = make_process(
        home,
        opens=now - datetime.timedelta(days=30),
        closes=now - datetime.timedelta(minutes=1),
        **facts,
    )
    cast(process, goals, DAY_ONE, sprache=2, kita=1, arbeit=2)
    cast(process, goals, DAY_ONE, sprache=1, schule=2, anerkennung=1)
    cast(process, goals, DAY_ONE + datetime.timedelta(days=1), "code", kita=2, arbeit=1)
    workshop(process, goals, schule=4, arbeit=1)
    return process, goals


def rows_by_goal(result, goals):
    names = {str(goal.translation_key): name for name, goal in goals.items()}
    return {names[row["goal"]]: row for row in result.data["ranking"]}


def test_ranks_are_shared_by_equal_points():
    items = [{"v": 5}, {"v": 3}, {"v": 5}, {"v": 1}]
    ranks = competition_ranks(items, key=lambda item: item["v"])
    assert [ranks[id(item)] for item in items] == [1, 3, 1, 4]


def test_the_sum_rule_adds_online_and_workshop_points_and_ranks_per_field(home_de):
    process, goals = closed(home_de)
    result = close(process.original())
    rows = rows_by_goal(result, goals)
    assert {name: (r["online"], r["workshop"], r["combined"]) for name, r in rows.items()} == {
        "sprache": (3, 0, 3.0),
        "kita": (3, 0, 3.0),
        "schule": (2, 4, 6.0),
        "arbeit": (3, 1, 4.0),
        "anerkennung": (1, 0, 1.0),
    }
    assert {name: r["rank"] for name, r in rows.items()} == {
        "schule": 1,
        "arbeit": 2,
        "sprache": 3,
        "kita": 3,
        "anerkennung": 5,
    }
    # within field I: Schule, then Sprache and Kita sharing rank 2; field II: Arbeit first
    assert {name: r["field_rank"] for name, r in rows.items()} == {
        "schule": 1,
        "sprache": 2,
        "kita": 2,
        "arbeit": 1,
        "anerkennung": 2,
    }
    figures = result.data["participation"]
    assert figures["ballots"] == 3 and figures["by_email"] == 2 and figures["by_code"] == 1
    assert figures["per_day"] == [
        {"date": "2020-01-14", "ballots": 2},
        {"date": "2020-01-15", "ballots": 1},
    ]


def test_the_weighted_rule_multiplies_each_source_by_its_weight(home_de):
    process, goals = closed(
        home_de, combination="weighted", online_weight="1", workshop_weight="0.25"
    )
    rows = rows_by_goal(close(process.original()), goals)
    assert rows["schule"]["combined"] == 2 + 4 * 0.25
    assert rows["arbeit"]["combined"] == 3 + 1 * 0.25
    # the workshops' lead of Schule counts for less than the sum rule gives it
    assert {name: r["rank"] for name, r in rows.items()} == {
        "arbeit": 1,
        "schule": 2,
        "sprache": 2,
        "kita": 2,
        "anerkennung": 5,
    }


def test_results_are_frozen_once_and_later_changes_leave_them_alone(client, home_de):
    process, goals = closed(home_de)
    assert client.get(process.url).status_code == 200  # the first visit after closing freezes
    result = PrioritisationResult.objects.get(process=process.original())
    frozen = result.data
    # a late ballot, a renamed goal and changed workshop points come too late
    cast(process, goals, DAY_ONE, sprache=2)
    goal = goals["schule"]
    goal.title = "Umbenannt"
    goal.save_revision().publish()
    WorkshopWeight.objects.filter(goal=goals["schule"]).update(points=40)
    assert close(process.original()).pk == result.pk
    result.refresh_from_db()
    assert result.data == frozen
    page = client.get(process.url).content.decode()
    assert "Ziel schule" in page and "Umbenannt" not in page
    assert PrioritisationResult.objects.filter(process=process.original()).count() == 1


def test_the_results_page_shows_chart_and_table_with_the_same_numbers(client, home_de):
    process, _goals = closed(home_de)
    page = client.get(process.url).content.decode()
    assert page.count('<svg class="chart chart--stacked"') == 2  # one per field of action
    # field I's table and chart: Schule 2 online + 4 workshop = 6
    assert '<th scope="row">Ziel schule</th><td>2</td><td>4</td><td>6</td>' in page
    assert 'class="chart__value">6' in page
    assert "3 ballots: 2 by e-mail, 1 by code." in page
    assert 'name="email"' not in page  # nobody can take part any more


def test_results_csv_and_json(client, home_de):
    process, _goals = closed(home_de)
    as_csv = client.get(process.url + "results.csv")
    assert as_csv.status_code == 200
    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Rank", "Field of action", "Rank in the field", "Goal"]
    assert rows[1][:4] == ["1", "I Sprache", "1", "Ziel schule"]
    assert len(rows) == 1 + 5
    as_json = client.get(process.url + "results.json").json()
    assert as_json["participation"]["ballots"] == 3
    assert as_json["ranking"][0] == {
        "goal": "Ziel schule",
        "goal_key": str(_goals["schule"].translation_key),
        "field": "Sprache",
        "online": 2,
        "workshop": 4,
        "combined": 6.0,
        "rank": 1,
        "field_rank": 1,
    }


def test_a_goal_title_starting_a_formula_is_written_as_text_into_the_csv(client, home_de):
    process, goals = closed(home_de)
    goal = goals["kita"]
    goal.title = '=HYPERLINK("http://evil.example")'
    goal.save_revision().publish()
    rows = client.get(process.url + "results.csv").content.decode("utf-8-sig").splitlines()
    assert not any(cell.startswith("=") for row in rows for cell in row.split(";"))


def test_no_results_before_the_closing(client, home_de):
    process, goals = make_process(home_de)
    cast(process, goals, DAY_ONE, sprache=1)
    assert client.get(process.url + "results.json").status_code == 404
    assert client.get(process.url + "results.csv").status_code == 404
    assert "Who took part" not in client.get(process.url).content.decode()
    assert not PrioritisationResult.objects.filter(process=process.original()).exists()


def test_the_api_has_the_rules_and_the_frozen_results(client, home_de):
    process, _goals = closed(home_de)
    close(process.original())
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "integration_pages.PrioritisationPage",
            "fields": "opens_at,closes_at,points_per_field,max_points_per_goal,admission,results",
            "locale": "en",
        },
    )
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["points_per_field"] == 3 and item["max_points_per_goal"] == 2
    assert item["admission"] == "both"
    assert item["results"]["participation"]["ballots"] == 3
    assert item["results"]["ranking"][0]["goal"] == "Ziel schule"


def test_a_goal_page_shows_its_rank_from_the_newest_closed_process(client, home_de):
    process, goals = closed(home_de)
    close(process.original())
    assert GoalRank.objects.get(goal_key=goals["schule"].translation_key).rank == 1
    from tests.support.site import translated

    page = client.get(translated(goals["arbeit"], "en").url).content.decode()
    assert "rank 2 of all goals, rank 1 in its field of action" in page
    # the link leads to the process in the reader's language
    assert 'href="/en/konzept/priorisierung/"' in page


@pytest.mark.parametrize("extra_goals", [0, 30])
def test_the_results_page_takes_the_same_queries_whatever_the_number_of_goals(
    client, home_de, django_assert_max_num_queries, extra_goals
):
    from tests.support.factories import GoalPageFactory

    process, goals = closed(home_de)
    original = process.original()
    concept = original.get_parent()
    more = [GoalPageFactory(parent=concept, slug=f"mehr-{n}") for n in range(extra_goals)]
    original.goals.add(*more)
    original.save_revision().publish()
    client.get(process.url)  # freezes; then the page reads only the frozen data
    with django_assert_max_num_queries(20):
        response = client.get(process.url)
    assert response.status_code == 200
    assert response.content.decode().count('<th scope="row">') == 2 * (5 + extra_goals)


def test_a_goal_in_a_restricted_section_stays_out_of_the_public_results(client, home_de):
    from wagtail.models import PageViewRestriction

    process, goals = closed(home_de)
    PageViewRestriction.objects.create(page=goals["kita"], restriction_type="login")
    result = close(process.original())
    assert str(goals["kita"].translation_key) not in {row["goal"] for row in result.data["ranking"]}
    assert "Ziel kita" not in str(result.data)
    assert "Ziel kita" not in client.get(process.url).content.decode()
