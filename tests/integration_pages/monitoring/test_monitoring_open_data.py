"""The monitoring's open data: each indicator's figures as CSV and JSON with the numbers the
dataset holds, cells that cannot run as formulas, and a Frictionless data package that the
`frictionless` library validates as a partner would load it."""

import csv
import io
import json

import pytest
from django.db.models import Value
from django.db.models.functions import Replace
from frictionless import Package

from integration_pages.models import DatasetDimension, IndicatorPage
from tests.support.monitoring_data import MUNICIPALITIES, SEXES, build_monitoring, value

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

YEARS = range(2020, 2025)


@pytest.fixture
def monitoring(home_de):
    return build_monitoring(home_de, indicators=2, years=YEARS)


def test_the_csv_holds_every_value_of_the_dataset(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    response = client.get(indicator.url + "data.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == len(YEARS) * len(MUNICIPALITIES) * len(SEXES)
    found = {(int(r["year"]), r["gemeinde"], r["geschlecht"]): int(r["value"]) for r in rows}
    assert found[(2022, "Bardowick", "weiblich")] == value(2022, 1, 2)
    assert {r["unit"] for r in rows} == {"Personen"}


def test_a_category_that_looks_like_a_formula_is_exported_as_text(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    dimension = DatasetDimension.objects.get(dataset=indicator.dataset, code="gemeinde")
    dimension.categories = dimension.categories.replace("Adendorf", "=HYPERLINK(1)")
    dimension.save()
    indicator.dataset.values.update(key=Replace("key", Value("Adendorf"), Value("=HYPERLINK(1)")))
    text = client.get(indicator.url + "data.csv").content.decode()
    assert "'=HYPERLINK(1)" in text
    assert not any(
        line.startswith(("=", "+", "-", "@"))
        for cell in csv.reader(io.StringIO(text))
        for line in cell
    )


def test_the_json_gives_values_targets_and_the_dimensions(client, monitoring):
    indicator = IndicatorPage.objects.get(slug="indikator-1")
    data = json.loads(client.get(indicator.url + "data.json").content)
    assert data["dataset"]["unit"] == "Personen"
    assert [d["code"] for d in data["dataset"]["dimensions"]] == ["gemeinde", "geschlecht"]
    assert data["targets"] == [{"date": "2030-12-31", "value": 90.0}]
    assert {
        "year": 2024,
        "categories": {"gemeinde": "Adendorf", "geschlecht": "männlich"},
        "value": value(2024, 0, 1),
    } in data["values"]


def test_the_data_package_is_valid_and_loads_every_value(client, monitoring, tmp_path):
    package_url = monitoring.url + "datapackage.json"
    descriptor = json.loads(client.get(package_url).content)
    assert len(descriptor["resources"]) == 2
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    for resource in descriptor["resources"]:
        target = tmp_path / resource["path"]
        target.parent.mkdir(parents=True)
        target.write_bytes(client.get(monitoring.url + resource["path"]).content)
    package = Package(str(tmp_path / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = package.get_resource("indikator-1").read_rows()
    assert len(rows) == len(YEARS) * len(MUNICIPALITIES) * len(SEXES)
    first = rows[0]
    assert (first["year"], first["gemeinde"], first["geschlecht"]) == (
        2020,
        "Adendorf",
        "insgesamt",
    )
    assert first["value"] == value(2020, 0, 0)
