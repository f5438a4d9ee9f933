"""The demo's content files, home/demo/data/*.yaml, in the shapes the builders use.

In the files a text in several languages is a mapping by language code ({de: …, en: …},
some with ar); the builders get it as a tuple in that order, German first. Dates are
written as ISO dates, which YAML reads as dates; money and indicator figures are written
as strings and come back as Decimal.
"""

from decimal import Decimal
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
LANGUAGES = ("de", "en", "ar")
# Keys whose figures are Decimal ("values": an indicator's [date, figure] pairs).
DECIMALS = {"annual_budget", "annual_cost", "baseline", "target_value", "values"}


def load(name):
    """The content of data/<name>.yaml."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as file:
        return _revive(yaml.safe_load(file))


def _revive(value, key=None):
    if isinstance(value, dict):
        if set(value) in ({"de", "en"}, {"de", "en", "ar"}):
            return tuple(value[code] for code in LANGUAGES if code in value)
        return {k: _revive(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_revive(item, key) for item in value]
    if key in DECIMALS and isinstance(value, str | int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    return value
