"""How a report keeps dates and numbers: as JSON can hold them and as the reader reads them,
so that a frozen report renders as the live one did."""

from integration_pages.core.dates import day_text


def iso_and_text(date):
    """A date as the data keeps it (ISO) and in the reader's format; (None, "") for none."""
    if date is None:
        return None, ""
    return date.isoformat(), day_text(date)


def number(value):
    """A Decimal as the float JSON keeps (a frozen report reads back what it stored)."""
    return None if value is None else float(value)
