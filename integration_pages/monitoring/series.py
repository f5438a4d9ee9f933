"""The figures an indicator shows, read from its dataset in as few queries as the page needs.

Each dimension of a dataset is either fixed to one category (the one a reader chose, or
the dataset's total category) or summed over, which only counts (additive datasets)
allow. A series over time is then one GROUP BY over the matching values; the series of
all indicators on a monitoring page are one UNION of those, one query whatever their
number.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum, Value

from integration_pages.monitoring.datasets import KEY_SEPARATOR, DataPoint, key_categories


@dataclass
class Selection:
    """Which values of a dataset a series adds up: `fixed` {code: category}, `summed` codes."""

    dataset_id: int
    fixed: dict = field(default_factory=dict)
    summed: list = field(default_factory=list)

    def q(self, exclude=()):
        condition = Q(dataset_id=self.dataset_id)
        for code, category in self.fixed.items():
            if code not in exclude:
                condition &= Q(key__contains=f"{KEY_SEPARATOR}{code}={category}{KEY_SEPARATOR}")
        return condition


def select(dataset, dimensions, chosen=None):
    """The Selection of `dataset` for the categories a reader `chosen` ({code: category});
    a dimension not chosen shows its total, or the sum over it."""
    chosen = chosen or {}
    selection = Selection(dataset.pk)
    for dimension in dimensions:
        if dimension.code in chosen:
            selection.fixed[dimension.code] = chosen[dimension.code]
        elif dimension.total:
            selection.fixed[dimension.code] = dimension.total
        else:
            selection.summed.append(dimension.code)
    return selection


def over_time(selections):
    """{name: [(date, value), …] by date} for {name: Selection}, in one query."""
    parts = [
        DataPoint.objects.filter(selection.q())
        .order_by()
        .values("date")
        .annotate(total=Sum("value"), series=Value(index))
        .values_list("series", "date", "total")
        for index, selection in enumerate(selections.values())
    ]
    if not parts:
        return {}
    names = list(selections)
    found = {name: [] for name in names}
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for index, date, total in query:
        found[names[index]].append((date, Decimal(total)))
    for points in found.values():
        points.sort()
    return found


def by_category(selection, code, date, categories):
    """[(category, value)] of dimension `code` on `date`, the other dimensions as selected;
    the categories in `categories`' order, those without a value left out."""
    sums = {}
    rows = DataPoint.objects.filter(selection.q(exclude={code}), date=date).values_list(
        "key", "value"
    )
    for key, value in rows:
        category = key_categories(key).get(code)
        sums[category] = sums.get(category, Decimal(0)) + value
    return [(category, sums[category]) for category in categories if category in sums]
