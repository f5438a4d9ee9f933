"""The progress report of an integration concept as data: every measure by field of action
with its status, its newest progress entry and its indicators' newest values. The live
report and a frozen one (reports.models.FrozenReport) render from the same dict."""

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import get_language

from integration_pages.core.choices import MeasureStatus
from integration_pages.core.localize import pages_in_language
from integration_pages.core.privacy import hidden_q
from integration_pages.reports.values import iso_and_text, number


def newest_value(indicator, logged):
    """(date, value) of the newest of an indicator's values and those the log reported."""
    values = [*indicator["values"], *logged]
    if not values:
        return None, None
    newest = max(values, key=lambda v: v["date"])
    return newest["date"], newest["value"]


def concept_report(concept, request):
    from integration_pages.concept.measures import MeasurePage
    from integration_pages.concept.progress import MeasureUpdate, logged_values

    hidden = hidden_q(request)
    source = concept.source_concept()
    newest = MeasureUpdate.objects.filter(measure=OuterRef("pk")).order_by("-date", "-written_at")
    originals = list(
        MeasurePage.objects.live()
        .exclude(hidden)
        .descendant_of(source)
        .annotate(
            last_date=Subquery(newest.values("date")[:1]),
            last_note=Subquery(newest.values("note")[:1]),
        )
        .prefetch_related("action_fields")
        .order_by("path")
    )
    shown = pages_in_language(originals, get_language(), [], hidden)
    entries = MeasureUpdate.objects.filter(
        measure__in=[m.pk for m in originals], indicator__gt="", value__isnull=False
    ).only("measure_id", "indicator", "date", "value")
    logged_by_measure = {}
    for entry in entries:
        logged_by_measure.setdefault(entry.measure_id, []).append(entry)
    fields = {f.translation_key: f for f in concept.localized_action_fields()}
    groups = {key: [] for key in fields}
    rest = []
    counts = dict.fromkeys(MeasureStatus.values, 0)
    for original, page in zip(originals, shown, strict=True):
        counts[original.status] = counts.get(original.status, 0) + 1
        logged = logged_values(logged_by_measure.get(original.pk, []))
        row = {
            "title": page.title,
            "url": page.get_url(request),
            "status": original.status,
            "last_entry_date": iso_and_text(original.last_date)[0],
            "last_entry_text": iso_and_text(original.last_date)[1],
            "last_entry_note": original.last_note or "",
            "note_lang": settings.LANGUAGE_CODE if get_language() != settings.LANGUAGE_CODE else "",
            "is_example": original.is_example,
            "indicators": [],
        }
        for block in page.indicators:
            date, value = newest_value(block.value, logged.get(block.id, []))
            row["indicators"].append(
                {
                    "name": block.value["name"],
                    "unit": block.value["unit"],
                    "latest_date": iso_and_text(date)[0],
                    "latest_text": iso_and_text(date)[1],
                    "latest_value": number(value),
                    "target_value": number(block.value["target_value"]),
                    "target_date": iso_and_text(block.value["target_date"])[0],
                }
            )
        keys = [f.translation_key for f in original.action_fields.all()]
        placed = False
        for key in keys:
            if key in groups:
                groups[key].append(row)
                placed = True
        if not placed:
            rest.append(row)
    sections = [
        {"code": fields[key].code, "title": fields[key].title, "measures": rows}
        for key, rows in groups.items()
        if rows
    ]
    if rest:
        sections.append({"code": "", "title": "", "measures": rest})
    return {
        "title": concept.title,
        "as_of": timezone.localdate().isoformat(),
        "status_counts": [{"status": s, "count": counts[s]} for s in MeasureStatus.values],
        "sections": sections,
    }


def csv_rows(data):
    labels = dict(MeasureStatus.choices)
    yield [
        "field_of_action",
        "measure",
        "status",
        "status_label",
        "last_progress_entry",
        "indicator",
        "unit",
        "newest_value",
        "newest_value_date",
        "target_value",
        "target_date",
        "url",
    ]
    for section in data.get("sections", []):
        for m in section["measures"]:
            base = [section["code"], m["title"], m["status"], str(labels.get(m["status"], ""))]
            if not m["indicators"]:
                yield [*base, m["last_entry_date"] or "", "", "", "", "", "", "", m["url"]]
            for i in m["indicators"]:
                yield [
                    *base,
                    m["last_entry_date"] or "",
                    i["name"],
                    i["unit"],
                    i["latest_value"] if i["latest_value"] is not None else "",
                    i["latest_date"] or "",
                    i["target_value"] if i["target_value"] is not None else "",
                    i["target_date"] or "",
                    m["url"],
                ]
