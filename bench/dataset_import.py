"""`make bench-import`: how long importing 100,000 values into a dataset takes.

Prints figures; it is not a test and fails only when an import does not work. In a
scratch database (SQLite under /tmp/bench_import, and PostgreSQL `portal_bench_import`
when one answers on 127.0.0.1:5432, user postgres), migrated (a second run reuses it;
`--fresh` starts over), with production settings, a process per database:

1. a German dataset with 3 dimensions (40 municipalities × 20 age groups × 5 sexes) and
   25 years: 100,000 values, written as a CSV file (";" and decimal commas, 5.3 MB) and
   an XLSX workbook (2.5 MB);
2. times, each the median of `--runs` (a new dataset each run):
   - read + check the CSV (importer.read_upload), and the XLSX;
   - plan against the empty dataset;
   - apply: the 100,000 new values, in one transaction;
   - the same file again: read, plan (nothing to change), apply (writes nothing);
   - a file with 10 % of the values changed: read, plan, apply (the changed rows are
     deleted and inserted again), and for comparison the same change as bulk_update.

Run with the project's venv: `.venv/bin/python bench/dataset_import.py [--runs 3]`.
"""

import argparse
import csv
import io
import json
import os
import statistics
import sys
import time
from itertools import product
from pathlib import Path

from performance_doc import appended, write_section
from scratch import (
    PG_HOST,
    PG_PORT,
    PRODUCTION_SETTINGS,
    ROOT,
    environment,
    in_child,
    load_average,
    log,
    machine,
    manage,
    postgres_url,
    sqlite_url,
)

WORK = Path(os.environ.get("BENCH_IMPORT_DIR", "/tmp/bench_import"))
# Its section of docs/performance.md (bench/performance_doc.py).
HEADING = "\n## Importing a dataset (`make bench-import`)\n\n"
BEGIN = "<!-- bench-import:begin -->"
END = "<!-- bench-import:end -->"
PG_DB = "portal_bench_import"
SQLITE_FILE = WORK / "portal.sqlite3"

YEARS = range(2000, 2025)
MUNICIPALITIES = [f"Gemeinde {n:02}" for n in range(40)]
AGES = [f"{5 * n} bis {5 * n + 4}" for n in range(20)]
SEXES = ["insgesamt", "männlich", "weiblich", "divers", "ohne Angabe"]
HEADINGS = ["year", "gemeinde", "altersgruppe", "geschlecht", "value", "unit"]

STEPS = [
    ("read_csv", "read + check, CSV"),
    ("read_xlsx", "read + check, XLSX"),
    ("plan_new", "plan, empty dataset"),
    ("apply_new", "apply 100,000 new values"),
    ("import_new", "= import (read CSV + apply)"),
    ("read_same", "same file again: read + check"),
    ("plan_same", "same file again: plan (nothing to change)"),
    ("apply_same", "same file again: apply (no writes)"),
    ("read_changed", "10 % changed: read + check"),
    ("plan_changed", "10 % changed: plan"),
    ("apply_changed", "10 % changed: apply (delete + insert)"),
    ("bulk_update_changed", "10 % changed: bulk_update instead (comparison)"),
]


def rows(change=0):
    """The file's rows; every 10th value + `change` (0: the original values)."""
    for number, (year, municipality, age, sex) in enumerate(
        product(YEARS, MUNICIPALITIES, AGES, SEXES)
    ):
        value = number % 9973 + (change if number % 10 == 0 else 0)
        yield [year, municipality, age, sex, f"{value},5", "Personen"]


def csv_file(change=0):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADINGS)
    writer.writerows(rows(change))
    return out.getvalue().encode()


def xlsx_file():
    """The workbook as Excel saves it: strings in the shared table (openpyxl's write-only
    mode writes each inline, which reads a third slower), values as number cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADINGS)
    for row in rows():
        sheet.append([*row[:4], float(row[4].replace(",", ".")), row[5]])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# --- In the measuring process ----------------------------------------------------------


def build_dataset(run):
    from wagtail.models import Locale

    from integration_pages.monitoring.datasets import Dataset, DatasetDimension

    dataset = Dataset.objects.create(
        locale=Locale.objects.get(language_code="de"),
        title=f"Bench {run}",
        source="Bench",
        licence="dl-de/by-2-0",
        unit="Personen",
    )
    for order, (code, categories) in enumerate(
        [("gemeinde", MUNICIPALITIES), ("altersgruppe", AGES), ("geschlecht", SEXES)]
    ):
        DatasetDimension.objects.create(
            dataset=dataset,
            locale=dataset.locale,
            sort_order=order,
            code=code,
            label=code,
            categories="\n".join(categories),
        )
    return dataset


def timed(times, name, function, *args):
    started = time.perf_counter()
    result = function(*args)
    times.setdefault(name, []).append(time.perf_counter() - started)
    return result


def bulk_update(dataset, values):
    """The changed values written by bulk_update, as apply could instead."""
    from django.db import transaction

    from integration_pages.monitoring.datasets import DataPoint
    from integration_pages.monitoring.importer import BATCH, plan

    with transaction.atomic():
        changes = plan(dataset, values).changes
        DataPoint.objects.bulk_update(
            [DataPoint(pk=pk, value=new) for pk, _date, _key, _old, new in changes],
            ["value"],
            batch_size=BATCH,
        )
    return len(changes)


def forget(dataset):
    """The dataset gone, its values by one DELETE: deleting it alone would load and signal
    each of them (the page cache listens to every model's post_delete)."""
    from integration_pages.monitoring.datasets import DataPoint

    DataPoint.objects.filter(dataset=dataset)._raw_delete(DataPoint.objects.db)
    dataset.delete()


def measure(runs):
    import django

    django.setup()
    from integration_pages.monitoring.datasets import Dataset
    from integration_pages.monitoring.importer import apply, plan, read_upload

    for left in Dataset.objects.filter(title__startswith="Bench "):
        forget(left)
    files = {"same": csv_file(), "changed": csv_file(change=7), "again": csv_file(change=11)}
    workbook = xlsx_file()
    times = {}
    for run in range(runs):
        dataset = build_dataset(run)
        values = timed(times, "read_csv", read_upload, dataset, "bench.csv", files["same"])
        assert len(values) == 100_000
        xlsx = timed(times, "read_xlsx", read_upload, dataset, "bench.xlsx", workbook)
        assert xlsx == values
        timed(times, "plan_new", plan, dataset, values)
        done = timed(times, "apply_new", apply, dataset, values)
        assert done.added == 100_000
        times.setdefault("import_new", []).append(times["read_csv"][-1] + times["apply_new"][-1])

        same = timed(times, "read_same", read_upload, dataset, "bench.csv", files["same"])
        assert timed(times, "plan_same", plan, dataset, same).is_empty
        assert timed(times, "apply_same", apply, dataset, same).is_empty

        changed = timed(times, "read_changed", read_upload, dataset, "b.csv", files["changed"])
        assert timed(times, "plan_changed", plan, dataset, changed).changed == 10_000
        assert timed(times, "apply_changed", apply, dataset, changed).changed == 10_000
        again = read_upload(dataset, "bench.csv", files["again"])
        assert timed(times, "bulk_update_changed", bulk_update, dataset, again) == 10_000
        forget(dataset)
    return {
        "csv_bytes": len(files["same"]),
        "xlsx_bytes": len(workbook),
        "medians": {name: statistics.median(values) for name, values in times.items()},
        "ranges": {name: (min(values), max(values)) for name, values in times.items()},
    }


# --- The driving process ---------------------------------------------------------------


def databases(fresh):
    chosen = [(sqlite_url(SQLITE_FILE, fresh), "SQLite")]
    url = postgres_url(PG_DB, fresh)
    if url:
        chosen.append((url, "PostgreSQL"))
    else:
        log(f"No PostgreSQL on {PG_HOST}:{PG_PORT}: SQLite only.")
    return chosen


def table(results, runs):
    names = list(results)
    lines = [
        f"| step (median of {runs}, seconds) | " + " | ".join(names) + " |",
        "| --- | " + " | ".join("---:" for _ in names) + " |",
    ]
    for key, label in STEPS:
        cells = [f"{results[name]['medians'][key]:.2f}" for name in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed imports per database")
    parser.add_argument("--fresh", action="store_true", help="drop the scratch databases first")
    parser.add_argument("--child", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        Path(args.child).write_text(json.dumps(measure(args.runs), indent=2))
        return

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    results = {}
    for url, name in databases(args.fresh):
        log(f"Database: {name}")
        env = environment(url, PRODUCTION_SETTINGS, WORK)
        manage(env, "migrate", "--no-input", "-v0")
        output = WORK / f"import-{name.lower()}.json"
        results[name] = in_child(__file__, output, env, "--runs", str(args.runs))
    first = next(iter(results.values()))
    about = machine()
    log("")
    log(
        f"Importing 100,000 values (3 dimensions; CSV {first['csv_bytes'] / 1e6:.1f} MB, "
        f"XLSX {first['xlsx_bytes'] / 1e6:.1f} MB) on {about['cores']} cores, {about['cpu']}, "
        f"Python {about['python']}; load {load_average()}:"
    )
    log(table(results, args.runs))
    summary = (
        f"100,000 values (3 dimensions; CSV {first['csv_bytes'] / 1e6:.1f} MB, XLSX "
        f"{first['xlsx_bytes'] / 1e6:.1f} MB), {time.strftime('%d %B %Y')}, on "
        f"{about['cores']} cores, {about['cpu']}, Python {about['python']}; load "
        f"{load_average()}. Target: an import of 100,000 rows (read, check, apply) under 30 s."
    )
    text = f"{BEGIN}\n{summary}\n\n{table(results, args.runs)}\n{END}"
    write_section(text, BEGIN, END, appended(HEADING, text), what="the import figures into ")
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
