"""Benchmark: seconds and queries per page-locale, stock wagtail-localize beside the bulk sync.

A warm-up round (not counted), then `--rounds` rounds, each on pages of its own, the
order alternating (stock first, then the bulk sync first, …) so that neither always
pays for a cold cache; the medians decide. Creates its pages under scratch parents and
deletes them afterwards: run it on a scratch database (`make bench-l10n` does, on
SQLite and, where one answers, PostgreSQL). `--write-doc` puts the figures into
docs/performance.md, one row per database, between the `bench:l10n` markers.
"""

import platform
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from home.l10n.sync import sync_all
from home.models import HomePage, StandardPage

BODY = [("paragraph", f"<p>Absatz {n} mit etwas Text zum Übersetzen.</p>") for n in range(6)]
BEGIN, END = "<!-- bench:l10n:begin -->", "<!-- bench:l10n:end -->"
HEADER = (
    "| Database | Rounds × page-locales | Stock s/page-locale | Bulk s/page-locale "
    "| Stock queries | Bulk queries | Speed-up | Run |\n"
    "|---|---|---|---|---|---|---|---|\n"
)


class QueryCounter:
    """Counts queries without keeping them (Django's query log stops at 9000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = "Measure translating N pages into the other locales: stock path and bulk sync."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=40)
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument(
            "--write-doc", action="store_true", help="Write the medians to docs/performance.md."
        )

    def handle(self, *args, pages, rounds, write_doc, **options):
        home = HomePage.objects.filter(locale__language_code="de").first()
        locales = list(Locale.objects.exclude(language_code="de").order_by("pk"))
        count = pages * len(locales)
        paths = {"stock": self.stock, "bulk": self.bulk}
        self.stdout.write(
            f"{connection.vendor}: {pages} pages × {len(locales)} locales = {count} "
            f"page-locales a run; a warm-up round, then {rounds} rounds"
        )
        figures = {"stock": [], "bulk": []}
        for number in range(rounds + 1):
            order = ["stock", "bulk"] if number % 2 else ["bulk", "stock"]
            line = []
            for name in order:
                elapsed, queries = self.measure(home, pages, locales, paths[name], number)
                if number:  # round 0 warms up
                    figures[name].append((elapsed / count, queries / count))
                line.append(f"{name} {elapsed / count:.4f} s {queries / count:6.1f} q")
            label = f"round {number}" if number else "warm-up"
            self.stdout.write(f"{label:>8} ({' first, '.join(order)} second): {'  '.join(line)}")
        medians = {
            name: (
                statistics.median(s for s, _q in runs),
                statistics.median(q for _s, q in runs),
            )
            for name, runs in figures.items()
        }
        for name, (seconds, queries) in medians.items():
            self.stdout.write(
                f"{'median ' + name:>14}: {seconds:.4f} s/page-locale  "
                f"{queries:6.1f} queries/page-locale"
            )
        speedup = medians["stock"][0] / medians["bulk"][0]
        self.stdout.write(f"{'speed-up':>14}: {speedup:.2f}× (median stock / median bulk)")
        if write_doc:
            self.write_doc(rounds, count, medians, speedup)

    def measure(self, home, pages, locales, run, number):
        originals = self.make_pages(home, pages, f"{run.__name__} {number}", locales)
        counter = QueryCounter()
        started = time.perf_counter()
        with connection.execute_wrapper(counter):
            run(originals, locales)
        elapsed = time.perf_counter() - started
        for page in originals:
            Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).delete()
        parent = originals[0].get_parent()
        Page.objects.filter(translation_key=parent.translation_key).exclude(pk=parent.pk).delete()
        Page.objects.get(pk=parent.pk).delete()
        return elapsed, counter.count

    def make_pages(self, home, count, label, locales):
        parent = home.add_child(instance=StandardPage(title=f"Benchmark {label}"))
        parent.save_revision().publish()
        TranslationCreator(None, locales).create_translations(parent)  # both need its copies
        made = []
        for n in range(count):
            page = parent.add_child(
                instance=StandardPage(title=f"Seite {n}", intro="Kurze Einleitung.", body=BODY)
            )
            page.save_revision().publish()
            made.append(page)
        return made

    def stock(self, pages, locales):
        # What the admin's "Translate" action does for each page.
        creator = TranslationCreator(None, locales)
        for page in pages:
            creator.create_translations(page)

    def bulk(self, pages, locales):
        report = sync_all(objects=pages, locales=locales, publish=False, machine=False)
        assert report.created == len(pages) * len(locales), report

    def write_doc(self, rounds, count, medians, speedup):
        """This database's row in the table between the markers (other rows stay)."""
        doc_path = Path(settings.BASE_DIR) / "docs" / "performance.md"
        doc = doc_path.read_text()
        if BEGIN not in doc:
            self.stderr.write(f"No {BEGIN} in {doc_path}: nothing written.")
            return
        before, rest = doc.split(BEGIN, 1)
        section, after = rest.split(END, 1)
        vendor = connection.vendor
        rows = [
            line
            for line in section.splitlines()
            if line.startswith("| ") and not line.startswith(("| Database", f"| {vendor} "))
        ]
        (stock_s, stock_q), (bulk_s, bulk_q) = medians["stock"], medians["bulk"]
        rows.append(
            f"| {vendor} | {rounds} × {count} | {stock_s:.4f} | {bulk_s:.4f} | {stock_q:.1f} "
            f"| {bulk_q:.1f} | {speedup:.2f}× | {timezone.now():%Y-%m-%d %H:%M} UTC, "
            f"Python {platform.python_version()} |"
        )
        table = HEADER + "\n".join(sorted(rows)) + "\n"
        note = "<!-- Written by `make bench-l10n` (bench_translations --write-doc). -->\n"
        doc_path.write_text(before + BEGIN + "\n" + note + "\n" + table + END + after)
        self.stdout.write(f"Wrote the {vendor} row of docs/performance.md.")
