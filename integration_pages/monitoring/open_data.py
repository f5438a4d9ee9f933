"""The monitoring as open data: each indicator's figures as CSV and JSON, and the whole
monitoring as a Frictionless data package (https://datapackage.org) whose resources are
those CSV files, so a partner loads everything in one step with a schema that says what
each column holds."""

import io
import re
from decimal import Decimal

from django.apps import apps
from django.utils.html import strip_tags

from integration_pages.core.spreadsheets import SafeCSVWriter
from integration_pages.monitoring.datasets import DataPoint, key_categories

# Frictionless names: lower-case letters, digits and -._/
NAME = re.compile(r"[^a-z0-9._-]+")


def plain_number(value):
    """A Decimal without the zeros its column stores (12.500000 → 12.5, 3.000000 → 3)."""
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


def frictionless_name(text):
    return NAME.sub("-", text.lower()).strip("-") or "data"


def dataset_rows(dataset):
    """(date, {code: category}, value) of every value of the (German) dataset, by date."""
    for date, key, value in (
        DataPoint.objects.filter(dataset=dataset)
        .order_by("date", "key")
        .values_list("date", "key", "value")
    ):
        yield date, key_categories(key), plain_number(value)


def columns(dataset, codes):
    return ["year" if dataset.period == "year" else "date", *codes, "value", "unit"]


def indicator_csv(page):
    dataset = page.dataset.original()
    codes = list(dataset.dimensions.values_list("code", flat=True))
    out = io.StringIO()
    writer = SafeCSVWriter(out)
    writer.writerow(columns(dataset, codes))
    yearly = dataset.period == "year"
    for date, categories, value in dataset_rows(dataset):
        writer.writerow(
            [
                date.year if yearly else date.isoformat(),
                *(categories.get(code, "") for code in codes),
                value,
                dataset.unit,
            ]
        )
    return out.getvalue()


def _number(value):
    return float(value) if isinstance(value, Decimal) else value


def indicator_record(page, request):
    dataset = page.dataset.original()
    dimensions = list(dataset.dimensions.all())
    yearly = dataset.period == "year"
    return {
        "title": page.title,
        "url": page.get_full_url(request),
        "description": strip_tags(page.description),
        "is_example": page.is_example,
        "dataset": {
            "title": dataset.title,
            "source": dataset.source,
            "source_url": dataset.source_url,
            "licence": dataset.licence,
            "unit": dataset.unit,
            "period": dataset.period,
            "dimensions": [
                {
                    "code": d.code,
                    "label": d.label,
                    "categories": d.category_list(),
                    "total": d.total or None,
                }
                for d in dimensions
            ],
        },
        "targets": [
            {"date": t.value["date"].isoformat(), "value": _number(t.value["value"])}
            for t in page.targets
        ],
        "values": [
            {
                ("year" if yearly else "date"): date.year if yearly else date.isoformat(),
                "categories": categories,
                "value": _number(value),
            }
            for date, categories, value in dataset_rows(dataset)
        ],
    }


def resource(page, dataset, dimensions):
    time_column = (
        {"name": "year", "type": "integer"}
        if dataset.period == "year"
        else {"name": "date", "type": "date"}
    )
    fields = [
        time_column,
        *(
            {
                "name": d.code,
                "title": d.label,
                "type": "string",
                "constraints": {"required": True, "enum": d.category_list()},
            }
            for d in dimensions
        ),
        {"name": "value", "type": "number", "constraints": {"required": True}},
        {"name": "unit", "type": "string", "constraints": {"enum": [dataset.unit]}},
    ]
    source = {"title": dataset.source}
    if dataset.source_url:
        source["path"] = dataset.source_url
    return {
        "name": frictionless_name(page.slug),
        "title": page.title,
        "path": f"{page.slug}/data.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {
            "fields": fields,
            "primaryKey": [time_column["name"], *(d.code for d in dimensions)],
        },
        "sources": [source],
        "licenses": [{"name": dataset.licence, "title": dataset.licence}],
    }


def datapackage(page, request):
    """The data package of the monitoring `page`: one resource per live indicator, its path
    relative to the package (…/monitoring/datapackage.json → …/monitoring/<slug>/data.csv)."""
    from integration_pages.core.privacy import hidden_q
    from integration_pages.monitoring.views import german_original

    # by name: the page's module imports this one for its routes
    IndicatorPage = apps.get_model("integration_pages", "IndicatorPage")  # noqa: N806

    indicators = list(
        IndicatorPage.objects.child_of(german_original(page))
        .live()
        .exclude(hidden_q(request))
        .select_related("dataset")
        .prefetch_related("dataset__dimensions")
        .order_by("path")
    )
    return {
        "name": frictionless_name(page.slug),
        "title": page.title,
        "homepage": page.get_full_url(request),
        "resources": [resource(i, i.dataset, list(i.dataset.dimensions.all())) for i in indicators],
    }
