"""A monitoring built in the test's transaction: datasets with dimensions and values, a
monitoring page below a home page and its indicators, for tests that read pages and
exports (the importer's tests build their datasets themselves)."""

import datetime
from decimal import Decimal
from itertools import product

from integration_pages.models import (
    ActionField,
    DataPoint,
    Dataset,
    DatasetDimension,
    IndicatorPage,
    MonitoringPage,
)
from integration_pages.monitoring.datasets import values_key
from tests.support.site import locale, publish

MUNICIPALITIES = ["Adendorf", "Bardowick", "Lüneburg, Hansestadt"]
SEXES = ["insgesamt", "männlich", "weiblich"]


def dataset(title="Ausländische Einwohner:innen", years=range(2015, 2025), **options):
    """A yearly count by municipality (no total: summed) and sex (total 'insgesamt'), whose
    value for (year, municipality m, sex s) is year − 2000 + 10·m + s, the total for sex
    being the sum of the two others."""
    data = Dataset.objects.create(
        locale=locale(),
        title=title,
        source="Landesamt für Statistik Niedersachsen",
        licence="dl-de/by-2-0",
        unit="Personen",
        **options,
    )
    DatasetDimension.objects.create(
        dataset=data,
        locale=data.locale,
        sort_order=0,
        code="gemeinde",
        label="Gemeinde",
        categories="\n".join(MUNICIPALITIES),
    )
    DatasetDimension.objects.create(
        dataset=data,
        locale=data.locale,
        sort_order=1,
        code="geschlecht",
        label="Geschlecht",
        categories="\n".join(SEXES),
        total="insgesamt",
    )
    DataPoint.objects.bulk_create(
        DataPoint(
            dataset=data,
            date=datetime.date(year, 12, 31),
            key=values_key({"gemeinde": m, "geschlecht": s}),
            value=Decimal(value(year, mi, SEXES.index(s))),
        )
        for year, (mi, m), s in product(years, enumerate(MUNICIPALITIES), SEXES)
    )
    return data


def value(year, municipality, sex):
    """The value the builder stores; sex 0 ('insgesamt') is the sum of 1 and 2."""
    if sex == 0:
        return value(year, municipality, 1) + value(year, municipality, 2)
    return year - 2000 + 10 * municipality + sex


def build_monitoring(home, indicators=2, years=range(2015, 2025), fields=()):
    """A monitoring page below `home` with `indicators` indicators, each on a dataset of
    its own with `years`' values, tagged with `fields` (fields of action)."""
    page = publish(
        home,
        MonitoringPage(
            title="Integrationsmonitoring",
            slug="monitoring",
            introduction="<p>Zahlen zur Integration.</p>",
        ),
    )
    for number in range(1, indicators + 1):
        data = dataset(f"Datensatz {number}", years)
        indicator = IndicatorPage(
            title=f"Indikator {number}",
            slug=f"indikator-{number}",
            description="<p>Was gezählt wird.</p>",
            dataset=data,
            breakdown="gemeinde",
            targets=[("target", {"date": datetime.date(2030, 12, 31), "value": Decimal(90)})],
        )
        indicator.action_fields = list(fields)
        publish(page, indicator)
    return page


def action_field(concept, code="I", title="Bildung"):
    return ActionField.objects.create(locale=locale(), concept=concept, code=code, title=title)
