"""All measures of a concept as JSON and CSV, in the language of the concept page.

The CSV is for spreadsheet programs as German offices use them: UTF-8 with a
byte-order mark (so Excel keeps the umlauts) and semicolons, Excel's list
separator in German locales. Amounts carry no thousands separator. Text that a
spreadsheet would read as a formula (a title starting with "=") is escaped, numbers stay
numbers: see `spreadsheets`.
"""

import io
from decimal import Decimal

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _

from integration_pages.core.spreadsheets import SafeCSVWriter
from snippets.example import EXPORT_KEY, example_data

# The heading of each column, by the key of the measure record it shows.
CSV_COLUMNS = {
    "id": _("ID"),
    "title": _("Title"),
    "summary": _("Summary"),
    "goal": _("Goal"),
    "fields_of_action": _("Fields of action"),
    "status_label": _("Status"),
    "responsible_unit": _("Responsible unit"),
    "partners": _("Partners"),
    "start_date": _("Start"),
    "end_date": _("End"),
    "ongoing": _("Ongoing"),
    "annual_cost": _("Planned cost per year (EUR)"),
    "funding_source": _("Funding source"),
    "priority": _("Priority"),
    "url": _("Web address"),
    EXPORT_KEY: _("Example data"),
}


def _number(value):
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def _indicator(value):
    return {
        "name": value["name"],
        "unit": value["unit"],
        "baseline": _number(value["baseline"]),
        "target_value": _number(value["target_value"]),
        "target_date": value["target_date"].isoformat() if value["target_date"] else None,
        "values": [
            {"date": v["date"].isoformat(), "value": _number(v["value"])} for v in value["values"]
        ],
    }


def measure_record(measure, request):
    """One measure as plain data; `measure` carries the attributes set by `with_relations`."""
    return {
        "id": measure.pk,
        "title": measure.title,
        "summary": measure.summary,
        "goal": measure.goal_title,
        "fields_of_action": [{"code": f.code, "title": f.title} for f in measure.fields],
        "status": measure.status,
        "status_label": str(measure.get_status_display()),
        "responsible_unit": measure.unit.name if measure.unit else None,
        "partners": [p.name for p in measure.partner_list],
        "start_date": measure.start_date.isoformat() if measure.start_date else None,
        "end_date": measure.end_date.isoformat() if measure.end_date else None,
        "ongoing": measure.ongoing,
        "annual_cost": _number(measure.annual_cost),
        "funding_source": measure.funding_source,
        "priority": measure.priority,
        "indicators": [_indicator(block.value) for block in measure.indicators],
        "examples": [
            {"period": block.value["period"], "text": block.value["text"]}
            for block in measure.examples
        ],
        "last_published_at": (
            measure.last_published_at.isoformat() if measure.last_published_at else None
        ),
        "url": measure.get_full_url(request),
        EXPORT_KEY: example_data(measure),
    }


def json_response(concept, records, request):
    payload = {
        "concept": {
            "title": concept.title,
            "language": concept.locale.language_code,
            "url": concept.get_full_url(request),
            "annual_budget": _number(concept.annual_budget),
        },
        "count": len(records),
        "measures": records,
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _cell(value):
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(v["code"] if isinstance(v, dict) else str(v) for v in value)
    return "" if value is None else value


def csv_response(concept, records):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = SafeCSVWriter(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS.values())
    for record in records:
        writer.writerow([_cell(record[key]) for key in CSV_COLUMNS])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"measures-{concept.slug}-{concept.locale.language_code}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
