"""The ECCAR progress report of one year as data: what the live report shows and what a
frozen one keeps (reports.models.FrozenReport), so both render from the same dict."""

from django.utils import timezone

from integration_pages.core.privacy import hidden_q
from integration_pages.reports.values import iso_and_text

FINISHED = ("implemented", "permanent")
# What the report reads of a measure: the plan's columns (eccar.models.MEASURE_COLUMNS)
# and the time frame; `examples` of the running measures only, afterwards.
REPORT_COLUMNS = (
    *("pk", "title", "url_path", "translation_key", "status", "is_example"),
    *("start_date", "end_date", "ongoing"),
)


def report_years(plan, linked):
    from integration_pages.concept.budget import budget_years

    measures = {m.pk: m for shown in linked.values() for m in shown}.values()
    return budget_years(measures) or [timezone.localdate().year]


def report_links(plan, request):
    """What `eccar_report` reads of the measures linked to the plan's commitments."""
    return plan.linked_measures(request, hidden_q(request), REPORT_COLUMNS)


def eccar_report(plan, request, year=None, linked=None):
    """The report of `year` as a dict of plain values; without a year, of the current one
    within the years the report can cover. `linked`: `report_links(plan, request)`, where
    the caller has it already."""
    from integration_pages.concept.measures import MeasurePage

    commitments = plan.commitments()
    if linked is None:
        linked = report_links(plan, request)
    years = report_years(plan, linked)
    if year is None:
        year = min(timezone.localdate().year, years[-1])
    running_by_commitment = {}
    for commitment in commitments:
        shown = linked.get(commitment.translation_key, [])
        running_by_commitment[commitment.number] = [m for m in shown if m.active_in(year, years[0])]
    running = {m.pk for ms in running_by_commitment.values() for m in ms}
    # The examples of the running measures only, in one query.
    examples = dict(
        MeasurePage.objects.filter(pk__in=running).order_by().values_list("pk", "examples")
        if running
        else ()
    )
    period = str(year)
    rows = []
    for commitment in commitments:
        measures = running_by_commitment[commitment.number]
        rows.append(
            {
                "number": commitment.number,
                "title": commitment.title,
                "measures": [measure_row(m, year) for m in measures],
                "examples": [
                    {"measure": m.title, "period": ex.value["period"], "text": ex.value["text"]}
                    for m in measures
                    for ex in examples.get(m.pk, ())
                    if period in ex.value["period"]
                ],
            }
        )
    return {"title": plan.title, "year": year, "commitments": rows}


def measure_row(measure, year):
    return {
        "pk": measure.pk,
        "title": measure.title,
        "url": measure.url,
        "status": measure.status,
        "start_date": iso_and_text(measure.start_date)[0],
        "end_date": iso_and_text(measure.end_date)[0],
        "start_text": iso_and_text(measure.start_date)[1],
        "end_text": iso_and_text(measure.end_date)[1],
        "ongoing": measure.ongoing,
        "completed": measure.status in FINISHED
        and bool(measure.end_date)
        and measure.end_date.year == year,
    }


def csv_rows(data):
    """The report as one table: a row per measure and commitment."""
    from integration_pages.core.choices import MeasureStatus

    labels = dict(MeasureStatus.choices)
    yield [
        "year",
        "commitment",
        "commitment_title",
        "measure",
        "status",
        "status_label",
        "start",
        "end",
        "ongoing",
        "completed_in_year",
        "url",
    ]
    for commitment in data.get("commitments", []):
        for m in commitment["measures"]:
            yield [
                data["year"],
                commitment["number"],
                commitment["title"],
                m["title"],
                m["status"],
                str(labels.get(m["status"], m["status"])),
                m["start_date"] or "",
                m["end_date"] or "",
                m["ongoing"],
                m["completed"],
                m["url"],
            ]
