"""The public pages `make bench` measures, with the SQL queries each one costs.

Picks one page of every public page type of the default site (Lübeck), in German and a
few in Arabic (translated pages take other code paths: snippets and lists are looked up
in the reader's language), requests each through Django's test client and counts its
queries. Prints JSON: bench/run.py loads these same paths with wrk.

`make bench` runs it with `bench.uncached_settings`, so that a page cache, where there is
one, does not answer the counted request.

The count is of a warm request, the second of two: a gunicorn worker under load has its
per-process caches (sites, content types, locales, settings) filled, and the first
request's extra queries are paid once per worker, not per page view.
"""

import cProfile
import io
import json
import pstats
import re
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from home.models import (
    EasyLanguagePage,
    EventIndexPage,
    EventPage,
    FaqPage,
    FormPage,
    NewsIndexPage,
    NewsPage,
    SignLanguagePage,
    StandardPage,
)
from integration_pages.models import (
    ActionPlanPage,
    ForumMeetingPage,
    ForumNewsPage,
    ForumPage,
    FundingProgrammePage,
    GoalPage,
    IntegrationConceptPage,
    MeasurePage,
    MsoDirectoryPage,
    NetworksPage,
    ResolutionArchivePage,
    SignpostPage,
)
from snippets.models import CounsellingService

HOST = "127.0.0.1"
# Numbers and quoted strings vary between otherwise identical queries (an N+1 loop).
LITERALS = re.compile(r"'(?:[^']|'')*'|\b\d+\b")


def shape(sql):
    return LITERALS.sub("?", sql)


class Command(BaseCommand):
    help = "List the pages `make bench` loads, with SQL queries per request, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Write the JSON here instead of stdout.")
        parser.add_argument(
            "--queries-log", help="Write every counted query here, page by page (for analysis)."
        )
        parser.add_argument(
            "--profile",
            metavar="NAME",
            help="Instead: profile the pages whose name contains NAME (cProfile, 10 requests) "
            "and print where the time goes.",
        )

    def handle(self, *args, output=None, queries_log=None, profile=None, **options):
        pages = self.pages()
        client = Client(HTTP_HOST=HOST)
        if profile:
            for name, path in pages:
                if profile in name:
                    self.profile(client, name, path)
            return
        log = open(queries_log, "w") if queries_log else None  # noqa: SIM115
        results = []
        try:
            for name, path in pages:
                client.get(path)  # warm the process' caches (see the module's docstring)
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(path)
                elapsed = time.perf_counter() - started
                repeated = Counter(shape(q["sql"]) for q in queries.captured_queries)
                results.append(
                    {
                        "name": name,
                        "path": path,
                        "status": response.status_code,
                        "bytes": len(response.content),
                        "queries": len(queries),
                        "ms_in_process": round(elapsed * 1000, 1),
                        # The most repeated query shapes: where an N+1 loop shows.
                        "repeated": [
                            {"count": count, "sql": sql[:300]}
                            for sql, count in repeated.most_common(3)
                            if count > 1
                        ],
                    }
                )
                if log:
                    log.write(f"### {name} {path}: {len(queries)} queries\n")
                    for query in queries.captured_queries:
                        log.write(f"{query['time']}s  {query['sql']}\n")
                    log.write("\n")
        finally:
            if log:
                log.close()
        text = json.dumps(results, indent=2, ensure_ascii=False)
        if output:
            with open(output, "w") as out:
                out.write(text + "\n")
        else:
            self.stdout.write(text)

    def profile(self, client, name, path, requests=10):
        client.get(path)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(requests):
            client.get(path)
        profiler.disable()
        elapsed = (time.perf_counter() - started) / requests * 1000
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        # Cumulative time of the project's own functions and of the framework's big steps.
        stats.sort_stats("cumulative").print_stats(
            r"/(home|integration_pages|snippets)/|template/(loader_tags|response)\.py"
            r"|wagtail/(views|models/pages)\.py|db/models/sql/compiler\.py.*execute_sql",
            40,
        )
        self.stdout.write(f"### {name} {path}: {elapsed:.0f} ms per request under the profiler")
        self.stdout.write(out.getvalue())

    def pages(self):
        """(name, path) of one page of each public type, from the database as it is."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("No default site: run load_demo and seed_bench first.")
        home = site.root_page.specific
        german = home.locale

        def first(model, **filters):
            page = (
                model.objects.descendant_of(home, inclusive=True)
                .live()
                .public()
                .filter(locale=german, **filters)
                .order_by("path")
                .first()
            )
            if page is None:
                raise CommandError(f"No live {model.__name__} on {site}: is the demo loaded?")
            return page

        def url(page):
            return page.get_url_parts()[2]

        concept = first(IntegrationConceptPage)
        field = concept.action_fields.filter(locale=german).order_by("sort_order").first()
        plan = first(ActionPlanPage)
        signpost = first(SignpostPage)
        service = (
            CounsellingService.objects.filter(locale=german).exclude(slug__startswith="bench-")
        ).first()
        measure = first(MeasurePage, slug__regex=r"^(?!bench-)")
        news_index = first(NewsIndexPage)
        pages = [
            ("home", url(home)),
            ("standard", url(first(StandardPage, depth=home.depth + 1, show_in_menus=True))),
            ("concept", url(concept)),
            ("goal", url(first(GoalPage, depth=concept.depth + 1))),
            ("measure", url(measure)),
            ("measure list", f"{url(concept)}measures/"),
            (
                "measure list, filtered",
                f"{url(concept)}measures/?field={field.code}&status=in_progress",
            ),
            ("Forum", url(first(ForumPage))),
            ("Forum meeting", url(first(ForumMeetingPage))),
            ("Forum news", url(first(ForumNewsPage))),
            ("MSO directory", url(first(MsoDirectoryPage))),
            ("MSO brochure", f"{url(first(MsoDirectoryPage))}print/"),
            ("ECCAR action plan", url(plan)),
            ("ECCAR commitment", f"{url(plan)}commitment/3/"),
            ("ECCAR report", f"{url(plan)}report/?year=2024"),
            ("signpost", url(signpost)),
            ("signpost, filtered", f"{url(signpost)}?ground=racism&language=ar"),
            ("signpost guided step", f"{url(signpost)}guided/?ground=racism"),
            ("counselling service", f"{url(signpost)}services/{service.slug}/"),
            ("news index", url(news_index)),
            ("news", url(first(NewsPage))),
            ("events", url(first(EventIndexPage))),
            ("event", url(first(EventPage))),
            ("FAQ", url(first(FaqPage))),
            ("resolutions", url(first(ResolutionArchivePage))),
            ("networks", url(first(NetworksPage))),
            ("funding programme", url(first(FundingProgrammePage))),
            ("form", url(first(FormPage))),
            ("Leichte Sprache", url(first(EasyLanguagePage))),
            ("DGS", url(first(SignLanguagePage))),
            ("search results", f"/{german.language_code}/search/?q=Beratung"),
        ]
        arabic = Locale.objects.filter(language_code="ar").first()
        if arabic:
            for name, page, suffix in [
                ("home", home, ""),
                ("concept", concept, ""),
                ("measure", measure, ""),
                ("measure list", concept, "measures/"),
                ("signpost", signpost, ""),
                ("news index", news_index, ""),
            ]:
                translated = page.get_translation_or_none(arabic)
                if translated is not None and translated.live:
                    pages.append((f"{name} (ar)", f"{url(translated)}{suffix}"))
        return pages
