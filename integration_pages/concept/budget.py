"""Planned cost of the measures per year, against the concept's annual budget."""

import datetime
from decimal import Decimal

MAX_YEARS = 10


def budget_years(measures, today=None):
    """The years the overview covers: from the first start to the last end, or to this year."""
    today = today or datetime.date.today()
    starts = [m.start_date.year for m in measures if m.start_date]
    ends = [m.end_date.year for m in measures if m.end_date]
    if not starts and not ends:
        return []
    first = min(starts or ends)
    last = (
        max([*ends, today.year])
        if any(m.ongoing or not m.end_date for m in measures)
        else max(ends)
    )
    return list(range(first, max(first, last) + 1))


def budget_overview(measures, annual_budget, today=None, first_year=None):
    """One row per year (the last ten at most): planned costs of the measures running then.
    With `first_year` (the year the budget is first available) the rows start there: years
    before had no such budget to compare with."""
    years = budget_years(measures, today)
    if first_year is not None:
        years = [year for year in years if year >= first_year]
    years = years[-MAX_YEARS:]
    rows = []
    for year in years:
        planned = sum(
            (m.annual_cost for m in measures if m.annual_cost and m.active_in(year, years[0])),
            Decimal(0),
        )
        over = annual_budget is not None and planned > annual_budget
        rows.append(
            {
                "year": year,
                "planned": planned,
                "budget": annual_budget,
                "difference": None if annual_budget is None else annual_budget - planned,
                "over": over,
            }
        )
    return rows
