"""The demo's monitoring (home/demo/monitoring_builder.py, data/monitoring.yaml): Lüneburg's
indicators over invented datasets in German, English and Arabic, the progress logs and
tasks the reminder mail tells about, and Lübeck's frozen ECCAR report. That a second
load_demo adds none of them again is test_demo_content's test of the whole demo."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from wagtail.models import Locale

from home.demo.monitoring_builder import SITES
from integration_pages.models import (
    ActionPlanPage,
    DataPoint,
    Dataset,
    IndicatorPage,
    MeasureTask,
    MeasureUpdate,
    MonitoringPage,
)
from snippets.models import Contact
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), *demo]
LUEBECK, LUENEBURG = "luebeck.localhost", "lueneburg.localhost"
SPEC = SITES["lueneburg"]
CARD = 'class="indicator-card"'


def _html(client, url, host=LUENEBURG):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    return response.content.decode()


def _german_datasets():
    titles = [spec["title"][0] for spec in SPEC["datasets"]]
    return Dataset.objects.filter(locale__language_code="de", title__in=titles)


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_the_lueneburg_monitoring_shows_five_indicators_in_german_english_and_arabic(
    client, language
):
    html = _html(client, f"/{language}/monitoring/")
    assert html.count(CARD) == 5
    german = MonitoringPage.objects.get(url_path="/lueneburg/monitoring/")
    page = german.get_translation(Locale.objects.get(language_code=language))
    titles = dict(zip(("de", "en", "ar"), SPEC["monitoring"]["title"], strict=True))
    assert page.title == titles[language]
    assert page.get_children().live().count() == 5


def test_its_indicator_pages_answer_in_arabic_with_the_figures_of_the_german_dataset(client):
    html = _html(client, "/ar/monitoring/einbuergerungen/")
    assert "حالات التجنيس" in html  # the Arabic title
    assert "أقل من 18" in html  # the age groups' Arabic names in the bars
    for indicator in IndicatorPage.objects.filter(locale__language_code="ar"):
        assert indicator.dataset.original().values.exists(), indicator.slug


def test_every_dataset_and_indicator_is_flagged_as_example_in_every_language():
    datasets = _german_datasets()
    assert datasets.count() == 3
    for dataset in datasets:
        copies = Dataset.objects.filter(translation_key=dataset.translation_key)
        assert {c.locale.language_code for c in copies} >= {"de", "en", "ar"}
        assert not copies.filter(is_example=False).exists(), dataset.title
        assert "Beispielwerte, erfunden für die Demonstration" in dataset.description
        assert dataset.values.count() > 20
    indicators = IndicatorPage.objects.filter(url_path__startswith="/lueneburg/monitoring/")
    assert indicators.filter(locale__language_code="de").count() == 5
    assert not indicators.filter(is_example=False).exists()


def test_the_values_are_stored_once_and_the_total_is_the_sum_of_the_municipalities():
    dataset = _german_datasets().get(dimensions__code="gemeinde")
    newest = dataset.values.order_by("-date").first().date
    values = DataPoint.objects.filter(dataset=dataset, date=newest)
    total = values.get(key__contains="=Landkreis insgesamt").value
    assert total == sum(v.value for v in values.exclude(key__contains="=Landkreis insgesamt"))


def test_the_naturalisations_are_out_of_date_and_their_indicators_say_so(client):
    # The other two datasets are up to date until mid-2027 (data/monitoring.yaml).
    late = [dataset.title for dataset in _german_datasets() if dataset.is_stale(_newest(dataset))]
    assert "Einbürgerungen nach Altersgruppe und Geschlecht" in late
    for slug in ("einbuergerungen", "einbuergerungen-nach-geschlecht"):
        assert "indicator__stale" in _html(client, f"/de/monitoring/{slug}/"), slug
    assert _html(client, "/ar/monitoring/").count("indicator__stale") >= 2


def _newest(dataset):
    return dataset.values.order_by("-date").values_list("date", flat=True).first()


def test_the_progress_logs_are_marked_as_examples_and_change_no_status():
    entries = MeasureUpdate.objects.filter(note__endswith="(Beispiel)")
    assert entries.values("measure").distinct().count() >= 6  # four of Lüneburg, two of Lübeck
    for entry in entries:
        assert entry.new_status == entry.old_status == entry.measure.status
    assert entries.filter(indicator__gt="", value__isnull=False).exists()


def test_send_reminders_mails_the_overdue_tasks_to_their_assignee():
    overdue = [task for task in MeasureTask.objects.select_related("assignee") if task.overdue]
    assert len(overdue) >= 2
    assert all(task.assignee and task.assignee.email for task in overdue)
    mail.outbox.clear()
    call_command("send_reminders", "--now", stdout=io.StringIO())
    bodies = {message.to[0]: message.body for message in mail.outbox}
    lueneburg = Contact.objects.get(
        locale__language_code="de", name="Koordinierungsstelle Migration und Teilhabe"
    )
    body = bodies[lueneburg.email]
    for task in overdue:
        if task.assignee_id == lueneburg.pk:
            assert task.title in body
    assert "Einbürgerungen nach Altersgruppe und Geschlecht" in body  # the late dataset


def test_the_luebeck_eccar_plan_lists_one_frozen_report(client):
    plan = ActionPlanPage.objects.get(locale__language_code="de", url_path__startswith="/luebeck/")
    assert plan.frozen_reports().count() == 1
    response = client.get(plan.url + "reports/", HTTP_HOST=LUEBECK)
    assert response.status_code == 200
    [report] = response.context["frozen_reports"]
    assert (report.year, report.as_of.isoformat()) == (2025, "2026-01-15")
    assert {"de", "en", "ar"} <= set(report.data)
