"""The monitoring's public pages: the figures in the chart are the figures in the table
and in the dataset; a reader's filter and the dataset's total categories choose which;
a dataset out of date says so; every page renders in a fixed number of queries."""

import datetime
import re
from decimal import Decimal

import pytest

from integration_pages.models import IndicatorPage
from tests.support.factories import IntegrationConceptPageFactory
from tests.support.monitoring_data import MUNICIPALITIES, action_field, build_monitoring, value
from tests.support.site import translated

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

YEARS = range(2015, 2025)
# Site, menus and office settings, the page, its indicators, their datasets and dimensions,
# the figures of all indicators (one UNION), fields of action; in Arabic also the copies.
# Two more where home_de is the demo's Lübeck, whose header has a logo and visitor
# information: the same at 10 and at 50 indicators.
MONITORING_QUERIES = {"de": 26, "ar": 32}


def table_rows(html, caption_id):
    start = html.index(f'id="{caption_id}"')
    body = html[start : html.index("</table>", start)]
    return re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>', body, re.S)


def chart_values(html, chart_id):
    start = html.index(f'id="{chart_id}-title"')
    svg = html[start : html.index("</svg>", start)]
    return svg


@pytest.fixture
def monitoring(home_de):
    return build_monitoring(home_de, indicators=1, years=YEARS)


def test_the_line_shows_the_total_over_sex_summed_over_municipalities(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    html = client.get(indicator.url).content.decode()
    rows = table_rows(html, "over-time-table-caption")
    expected = [sum(value(year, m, 0) for m in range(len(MUNICIPALITIES))) for year in YEARS]
    measured = [(re.sub(r"<[^>]+>", "", th), td) for th, td in rows]
    assert [int(th) for th, _td in measured] == list(YEARS)
    assert [int(td.replace(".", "")) for _th, td in measured] == expected
    # the chart draws one point per value, its newest value labelled as in the table
    svg = chart_values(html, "over-time")
    assert svg.count('class="chart__point"') == len(YEARS)
    assert f">{expected[-1]}<" in svg.replace(".", "")


def test_a_filter_by_municipality_and_sex_shows_that_series_only(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    html = client.get(indicator.url, {"gemeinde": "Bardowick", "geschlecht": "weiblich"})
    rows = table_rows(html.content.decode(), "over-time-table-caption")
    values = [int(td) for th, td in rows]
    assert values == [value(year, 1, 2) for year in YEARS]


def test_an_unknown_filter_value_is_named_and_the_others_still_apply(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    html = client.get(indicator.url, {"gemeinde": "Atlantis", "geschlecht": "weiblich"})
    text = html.content.decode()
    assert html.status_code == 200
    assert "Gemeinde" in text and "kern-alert--danger" in text
    rows = table_rows(text, "over-time-table-caption")
    values = [int(td.replace(".", "")) for th, td in rows]
    assert values == [sum(value(year, m, 2) for m in range(3)) for year in YEARS]


def test_the_bars_compare_municipalities_in_the_newest_year(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    text = client.get(indicator.url).content.decode()
    rows = table_rows(text, "by-category-caption")
    assert [(re.sub(r"<[^>]+>", "", th), int(td)) for th, td in rows] == [
        (m, value(2024, i, 0)) for i, m in enumerate(MUNICIPALITIES)
    ]


def test_figures_older_than_the_threshold_say_so(client, home_de, time_machine):
    build_monitoring(home_de, indicators=1, years=range(2015, 2020))
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    # the newest figures are of 31 Dec 2019; the dataset expects new ones within 18 months
    time_machine.move_to(datetime.datetime(2021, 6, 30, 12))
    assert "indicator__stale" not in client.get(indicator.url).content.decode()
    time_machine.move_to(datetime.datetime(2021, 7, 1, 12))
    assert "indicator__stale" in client.get(indicator.url).content.decode()


@pytest.mark.parametrize("count", [10, 50])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_monitoring_page_reads_a_fixed_number_of_queries(
    client, home_de, count, language, django_assert_max_num_queries
):
    concept = IntegrationConceptPageFactory(parent=home_de, slug="konzept")
    fields = [action_field(concept, "I", "Bildung"), action_field(concept, "II", "Arbeit")]
    page = build_monitoring(home_de, indicators=count, years=range(2005, 2025), fields=fields)
    if language != "de":
        for indicator in IndicatorPage.objects.child_of(page)[:3]:
            translated(indicator, language, title=f"مؤشر {indicator.pk}")
        page = translated(page, language)
    client.get(page.url)  # what any first request fills (office settings, the site)
    with django_assert_max_num_queries(MONITORING_QUERIES[language]):
        response = client.get(page.url)
    html = response.content.decode()
    # each indicator under both of its fields of action, with its chart and table
    assert html.count('class="indicator-card"') == 2 * count
    assert html.count('class="chart chart--line"') == 2 * count


@pytest.mark.parametrize("years", [5, 20])
def test_an_indicator_page_reads_a_fixed_number_of_queries(
    client, home_de, years, django_assert_max_num_queries
):
    build_monitoring(home_de, indicators=1, years=range(2025 - years, 2025))
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    client.get(indicator.url)  # what any first request fills (office settings, the site)
    # the page and its ancestors, its dataset with dimensions, the series, the bars (and
    # the demo's header where home_de is Lübeck's)
    with django_assert_max_num_queries(26):
        response = client.get(indicator.url, {"geschlecht": "weiblich"})
    assert response.content.decode().count('class="chart__point"') == years


def test_targets_are_in_the_table_and_on_the_chart(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    text = client.get(indicator.url).content.decode()
    assert Decimal(90) and 'class="chart__target"' in text
    assert "indicator__target" in text
