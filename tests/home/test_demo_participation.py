"""The demo's prioritisation (home/demo/participation_builder.py, data/participation.yaml):
Lübeck's online prioritisation of 14 January to 11 February 2020, closed, with invented
ballots and frozen results the goal pages rank by; Lüneburg's process, open whenever the
demo was loaded, in German, English and Arabic; the notice on data protection both name
in their privacy statements; and a second build that adds nothing."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Revision

from home.demo.builder import DemoBuilder
from home.demo.participation_builder import SITES, ParticipationBuilder
from home.models import HomePage, OfficeSettings
from integration_pages.models import (
    Ballot,
    GoalPage,
    GoalRank,
    IntegrationConceptPage,
    Participant,
    ParticipationNotice,
    PrioritisationPage,
    PrioritisationResult,
)
from integration_pages.participation.ballots import goal_groups
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), *demo]
LUEBECK, LUENEBURG = "luebeck.localhost", "lueneburg.localhost"
BERLIN = ZoneInfo("Europe/Berlin")
BADGE = 'class="kern-badge kern-badge--warning example-badge"'
BALLOTS = SITES["luebeck"]["process"]["ballots"]


def _html(client, url, host=LUEBECK):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return response.content.decode()


def _process(site):
    return PrioritisationPage.objects.get(
        locale__language_code="de",
        url_path__startswith=f"/{site}/",
        slug=SITES[site]["process"]["slug"],
    )


def _notice_titles(site):
    """{language code: title} of the site's notice, as the data gives it."""
    return dict(zip(("de", "en", "ar"), SITES[site]["notice"]["title"], strict=True))


def _counts():
    return {
        "processes": PrioritisationPage.objects.count(),
        "ballots": Ballot.objects.count(),
        "results": PrioritisationResult.objects.count(),
        "ranks": GoalRank.objects.count(),
        "notices": ParticipationNotice.objects.count(),
        "revisions": Revision.objects.count(),
    }


def test_luebecks_2020_process_has_the_seeds_dates_and_is_closed():
    process = _process("luebeck")
    assert process.title == "Online-Priorisierung 2020"
    assert process.opens_at == datetime.datetime(2020, 1, 14, 0, 0, tzinfo=BERLIN)
    assert process.closes_at == datetime.datetime(2020, 2, 11, 23, 59, tzinfo=BERLIN)
    assert process.state() == "closed"
    assert process.get_parent().specific_class is IntegrationConceptPage
    assert (process.points_per_field, process.max_points_per_goal) == (3, 2)
    assert (process.admission, process.combination) == ("email", "sum")
    assert "27.–29. September 2019" in process.workshop_note
    assert (
        "15.03.2020" in process.results_note and "Arbeitskreises Migration" in process.results_note
    )
    # every guiding goal and sub-goal of Lübeck's concept, each with workshop points
    goals = GoalPage.objects.descendant_of(process.get_parent()).filter(locale=process.locale)
    assert set(process.goals.all()) == set(goals) and goals.count() == 9
    assert {row.goal_id for row in process.workshop_weights.all()} == {g.pk for g in goals}


def test_its_results_are_frozen_from_the_invented_ballots():
    process = _process("luebeck")
    ballots = Ballot.objects.filter(process=process)
    assert ballots.count() == BALLOTS["count"] == 412
    assert not ballots.filter(participant__isnull=False).exists()
    assert not Participant.objects.filter(process=process).exists()
    data = process.result.data
    assert data["participation"]["ballots"] == ballots.count()
    assert data["participation"]["by_email"] == ballots.count()
    first, last = datetime.date(2020, 1, 14), datetime.date(2020, 2, 11)
    days = [datetime.date.fromisoformat(day["date"]) for day in data["participation"]["per_day"]]
    assert days[0] == first and days[-1] == last and len(days) > 20
    assert process.result.closed_at == process.closes_at
    # the titles were frozen after the translations: English too
    assert set(data["titles"]) >= {"de", "en"}
    assert sorted(row["rank"] for row in data["ranking"])[0] == 1
    assert sum(row["online"] for row in data["ranking"]) == sum(
        sum(ballot.points.values()) for ballot in ballots
    )


def test_every_invented_ballot_keeps_the_budget():
    process = _process("luebeck")
    groups = goal_groups(process, "de", Q(pk__in=[]))
    for ballot in Ballot.objects.filter(process=process):
        assert ballot.points and all(
            1 <= points <= process.max_points_per_goal for points in ballot.points.values()
        )
        keys = set(ballot.points)
        for group in groups:
            given = sum(ballot.points.get(goal.key, 0) for goal in group.goals)
            assert given <= process.points_per_field
            keys -= {goal.key for goal in group.goals}
        assert not keys  # no points to a goal the process does not ask about


def test_the_process_is_an_example_in_every_language_and_its_page_says_so(client):
    process = _process("luebeck")
    copies = PrioritisationPage.objects.filter(translation_key=process.translation_key)
    assert {c.locale.language_code for c in copies.live()} >= {"de", "en"}
    assert not copies.filter(is_example=False).exists()
    for language in ("de", "en"):
        html = _html(client, f"/{language}/integrationskonzept/online-priorisierung-2020/")
        heading = html[html.index("<h1") : html.index("</h1>")]
        assert BADGE in heading
        assert "412" in html  # the ballots, in the results
    assert "Online prioritisation 2020" in html
    assert "15 March 2020" in html  # the English note on the results


def test_a_luebeck_goal_page_shows_its_rank_from_the_process(client):
    process = _process("luebeck")
    goal = GoalPage.objects.get(
        locale=process.locale, slug="sprache-bildung", url_path__startswith="/luebeck/"
    )
    found = GoalRank.objects.get(result=process.result, goal_key=goal.translation_key)
    html = _html(client, "/en/integrationskonzept/sprache-bildung/")
    line = html[html.index('class="goal__rank"') :]
    line = line[: line.index("</p>")]
    assert f"rank {found.rank} of all goals" in line
    assert 'href="/en/integrationskonzept/online-priorisierung-2020/"' in line


def test_lueneburgs_process_is_open_now_for_about_thirty_days():
    process = _process("lueneburg")
    now = timezone.now()
    assert process.state(now) == "open"
    assert process.opens_at < now
    assert datetime.timedelta(days=29) < process.closes_at - now <= datetime.timedelta(days=30)
    assert not PrioritisationResult.objects.filter(process=process).exists()
    assert not Ballot.objects.filter(process=process).exists()
    assert (process.admission, process.combination) == ("both", "weighted")
    assert (float(process.online_weight), float(process.workshop_weight)) == (1.0, 0.5)
    assert process.is_example and process.workshop_weights.exists()
    slugs = set(process.goals.values_list("slug", flat=True))
    assert slugs == set(SITES["lueneburg"]["process"]["goals"])


def test_its_arabic_page_is_right_to_left_and_offers_both_ways_to_take_part(client):
    html = _html(client, "/ar/integrationskonzept/priorisierung/", host=LUENEBURG)
    assert 'dir="rtl"' in html
    assert "ترتيب أولويات الأهداف الفرعية" in html  # the Arabic title
    assert 'action="/ar/integrationskonzept/priorisierung/register/"' in html
    assert 'action="/ar/integrationskonzept/priorisierung/code/"' in html
    assert 'name="email"' in html and 'name="code"' in html
    assert "حماية البيانات" in html  # the notice, in Arabic
    assert BADGE in html


@pytest.mark.parametrize("site", ["luebeck", "lueneburg"])
def test_each_site_has_its_notice_in_german_english_and_arabic(site):
    notice = _process(site).notice
    assert notice.locale.language_code == "de" and notice.retention_days == 180
    assert "Art. 6 Abs. 1 lit. e DSGVO" in notice.consent_text
    for code in ("en", "ar"):
        copy = notice.get_translation(Locale.objects.get(language_code=code))
        assert copy.retention_days == 180
        assert copy.title == _notice_titles(site)[code]


@pytest.mark.parametrize(
    ("host", "language"), [(LUEBECK, "de"), (LUENEBURG, "de"), (LUEBECK, "en")]
)
def test_the_privacy_statement_shows_the_notice_and_its_retention_period(client, host, language):
    html = _html(client, f"/{language}/datenschutz/", host=host)
    section = html[html.index('class="participation-notice"') :]
    section = section[: section.index("</section>")]
    site = "luebeck" if host == LUEBECK else "lueneburg"
    assert _notice_titles(site)[language] in section
    assert "180" in section


def test_building_the_prioritisation_again_adds_nothing():
    before = _counts()
    german = Locale.objects.get(language_code="de")
    demo_builder = DemoBuilder(log=lambda _message: None)
    for site in ("luebeck", "lueneburg"):
        home = HomePage.objects.get(locale=german, slug=site, depth=2)
        concept = IntegrationConceptPage.objects.child_of(home).get(locale=german)
        part = ParticipationBuilder(demo_builder, german, site)
        part.build(concept)
        privacy = OfficeSettings.objects.get(site__root_page=home).privacy_page
        part.privacy_statement(privacy.specific)
        part.close()
        blocks = [b.block_type for b in privacy.specific.body]
        assert blocks.count("participation_notice") == 1
    assert demo_builder.created == 0
    assert _counts() == before
    assert _process("lueneburg").state() == "open"
