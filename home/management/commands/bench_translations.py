"""Benchmark: seconds and queries per page-locale, stock wagtail-localize beside the bulk sync.

Creates its own pages under a scratch parent and deletes them afterwards; run it on a
scratch database (`make bench-l10n` does).
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from home.l10n.sync import sync_all
from home.models import HomePage, StandardPage

BODY = [("paragraph", f"<p>Absatz {n} mit etwas Text zum Übersetzen.</p>") for n in range(6)]


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

    def handle(self, *args, pages, **options):
        home = HomePage.objects.filter(locale__language_code="de").first()
        locales = list(Locale.objects.exclude(language_code="de"))
        results = {}
        for name, run in (("stock wagtail-localize", self.stock), ("bulk sync", self.bulk)):
            originals = self.make_pages(home, pages, name)
            counter = QueryCounter()
            started = time.perf_counter()
            with connection.execute_wrapper(counter):
                run(originals, locales)
            elapsed = time.perf_counter() - started
            results[name] = (elapsed, counter.count)
            for page in originals:
                Page.objects.filter(translation_key=page.translation_key).exclude(
                    pk=page.pk
                ).delete()
            originals[0].get_parent().delete()
        count = pages * len(locales)
        self.stdout.write(f"{pages} pages × {len(locales)} locales = {count} page-locales")
        for name, (elapsed, queries) in results.items():
            self.stdout.write(
                f"{name:>24}: {elapsed:7.2f} s  {elapsed / count:.4f} s/page-locale  "
                f"{queries / count:7.1f} queries/page-locale"
            )
        stock, bulk = results["stock wagtail-localize"][0], results["bulk sync"][0]
        self.stdout.write(f"{'speed-up':>24}: {stock / bulk:.2f}×")

    def make_pages(self, home, count, label):
        parent = home.add_child(instance=StandardPage(title=f"Benchmark {label}"))
        parent.save_revision().publish()
        translator = TranslationCreator(None, list(Locale.objects.exclude(language_code="de")))
        translator.create_translations(parent)  # both paths need a translated parent
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
