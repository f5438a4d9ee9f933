"""Grow the demo's default site (Lübeck) to the size the performance targets are set for.

Adds measures, counselling services and press releases until the site has as many as
asked for (300, 200 and 100 by default), each in all seven languages. New objects are
copies of the demo's own, so their fields, relations and texts have realistic sizes, and
their slugs start with ``bench-``. The translations are made by the same bulk sync as
``manage.py sync_translations --publish`` (pre-translated by the offline machine
translator and published), restricted to the seeded objects.

Meant for a scratch database (``make bench`` uses one): run ``load_demo`` first. Running it
again adds only what is missing, and finishes translations an interrupted run left undone.
"""

import copy
import datetime
import time
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.indexing import index_in_bulk, index_updates_deferred
from home.l10n.sync import sync_all, target_locales
from home.models import NewsIndexPage, NewsPage
from integration_pages.models import MeasurePage, MeasureStatus
from snippets.models import CounsellingService

PREFIX = "bench-"
# Copy every concrete field of a service except these; relations are copied separately.
SERVICE_OWN_FIELDS = {"id", "translation_key", "locale", "slug", "name", "site"}


def next_number(queryset):
    """After the highest number among the seeded slugs (``bench-<n>-…``), so a run after a
    seeded object was deleted does not reuse a slug."""
    numbers = [
        int(part)
        for slug in queryset.filter(slug__startswith=PREFIX).values_list("slug", flat=True)
        if (part := slug.split("-")[1]).isdigit()
    ]
    return max(numbers, default=0) + 1


def stream_data(value):
    """A StreamField's stored form, which a new page's StreamField accepts as it is."""
    return value.get_prep_value()


def shifted_indicators(value, shift):
    """The indicators' target dates moved with their measure's time frame, which they
    must stay inside (MeasurePage.clean)."""
    data = copy.deepcopy(stream_data(value))  # the template's own data otherwise
    for block in data:
        target = block["value"].get("target_date")
        if target:
            moved = datetime.date.fromisoformat(target) + shift
            block["value"]["target_date"] = moved.isoformat()
    return data


def services_of(site, locale):
    """The counselling services `site` shows in `locale`: its own and those of every site."""
    return CounsellingService.objects.filter(locale=locale).filter(
        site__isnull=True
    ) | CounsellingService.objects.filter(locale=locale, site=site)


class Command(BaseCommand):
    help = (
        "Add measures, counselling services and press releases to the default site until it "
        "has --measures/--services/--news of each, translated into every language. "
        "For benchmarks on a scratch database; safe to run twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--measures", type=int, default=300)
        parser.add_argument("--services", type=int, default=200)
        parser.add_argument("--news", type=int, default=100)

    def handle(self, *args, measures, services, news, **options):
        self.verbose = options["verbosity"] > 0
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None or site.root_page.depth != 2:
            raise CommandError("No demo site: run `manage.py load_demo` first.")
        home = site.root_page
        started = time.monotonic()
        # Indexing each save costs more than the save; index the new pages in one pass.
        with index_updates_deferred():
            made = [
                *self.add_measures(home, measures),
                *self.add_services(site, services),
                *self.add_news(home, news),
            ]
        index_in_bulk(made)
        self.log(f"German originals: {len(made)} added in {time.monotonic() - started:.0f} s")

        started = time.monotonic()
        self.translate(home)
        self.log(f"Translations done in {time.monotonic() - started:.0f} s")
        self.summary(home, site)

    # --- Translations -------------------------------------------------------------------

    def translate(self, home):
        """The bulk sync of `sync_translations --publish`, for the seeded objects only.

        All seeded originals, not only this run's: a run stopped half-way through the
        sync leaves translations missing, and the sync skips what is already current.
        One process: splitting the languages over three processes (each language has
        its own page tree, so they never touch the same parent) took twice as long on a
        (busy) two-core machine: the sync is bound by Python and PostgreSQL, which share
        the same cores.
        """
        originals = self.seeded_originals(home)
        self.log(f"Translations: {len(originals)} originals into {len(target_locales())} languages")
        report = sync_all(objects=originals, publish=True, progress=self.progress(time.monotonic()))
        self.log(
            f"  {report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.failed)} failed"
        )
        for obj, code, error in report.failed[:10]:
            self.log(f"  failed: {obj} → {code}: {error}")
        if report.failed:
            raise CommandError(f"{len(report.failed)} translations failed.")

    # --- German originals ---------------------------------------------------------------

    def copies(self, german, order, target, what):
        """(n, template) for each copy to add until `german` (the German originals, seeded
        ones included) counts `target`: templates are the demo's own objects, in `order`,
        taken in turn; `n` numbers the copy's slug."""
        templates = list(german.exclude(slug__startswith=PREFIX).order_by(order))
        missing = target - german.count()
        if missing <= 0 or not templates:
            return
        self.log(f"{what.capitalize()}: adding {missing} (of {target}) …")
        first = next_number(german)
        for done, n in enumerate(range(first, first + missing), start=1):
            yield n, templates[n % len(templates)]
            self.tick(what, done, missing)

    def add_measures(self, home, target):
        german = MeasurePage.objects.descendant_of(home).filter(locale=home.locale)
        made = []
        statuses = list(MeasureStatus.values)
        for n, template in self.copies(german, "path", target, "measures"):
            # Beside its template, under the same goal: the concept keeps its shape and
            # every field of action, unit and status filter gets its share.
            goal = Page.objects.get(path=template.path[: -Page.steplen])
            shift = datetime.timedelta(days=30 * (n % 24))
            page = MeasurePage(
                title=f"{template.title} ({n})",
                slug=f"{PREFIX}{n}-{template.slug}"[:80],
                summary=template.summary,
                description=template.description,
                responsible_unit_id=template.responsible_unit_id,
                contact_id=template.contact_id,
                start_date=template.start_date and template.start_date + shift,
                end_date=template.end_date and template.end_date + shift,
                ongoing=template.ongoing,
                status=statuses[n % len(statuses)],
                annual_cost=template.annual_cost,
                funding_source=template.funding_source,
                priority=template.priority,
                indicators=shifted_indicators(template.indicators, shift),
                examples=stream_data(template.examples),
            )
            page.action_fields = list(template.action_fields.all())
            page.partners = list(template.partners.all())
            page.eccar_commitments = list(template.eccar_commitments.all())
            made.append(self.publish_child(goal, page))
        return made

    def add_services(self, site, target):
        german = services_of(site, site.root_page.locale)
        made = []
        for n, template in self.copies(german, "pk", target, "counselling services"):
            copied = {
                f.attname: getattr(template, f.attname)
                for f in CounsellingService._meta.concrete_fields
                if f.name not in SERVICE_OWN_FIELDS
            }
            service = CounsellingService(
                **copied,
                translation_key=uuid.uuid4(),
                locale=template.locale,
                slug=f"{PREFIX}{n}-{template.slug}"[:80],
                name=f"{template.name} ({n})",
                # Lübeck's own: the other demo site keeps its size.
                site=site,
            )
            service.grounds = list(template.grounds.all())
            service.life_areas = list(template.life_areas.all())
            service.languages = list(template.languages.all())
            service.save()
            made.append(service)
        return made

    def add_news(self, home, target):
        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            return []
        german = NewsPage.objects.child_of(index)
        made = []
        today = datetime.date.today()
        for n, template in self.copies(german, "path", target, "press releases"):
            page = NewsPage(
                title=f"{template.title} ({n})",
                slug=f"{PREFIX}{n}-{template.slug}"[:80],
                # One every nine days back from today: the year filter has several years.
                date=today - datetime.timedelta(days=9 * n),
                lead=template.lead,
                body=stream_data(template.body),
                contact_id=template.contact_id,
                image_id=template.image_id,
                image_alt=template.image_alt,
                image_credit=template.image_credit,
            )
            page.topics = list(template.topics.all())
            made.append(self.publish_child(index, page))
        return made

    def publish_child(self, parent, page):
        # One transaction per page, as the demo builder does: the tree columns of the
        # parent are read fresh each time, so a stale parent cannot corrupt the tree.
        with transaction.atomic():
            parent = Page.objects.get(pk=parent.pk)
            parent.add_child(instance=page)
            page.save_revision().publish()
        return page

    def seeded_originals(self, home):
        german = home.locale
        pages = [
            page
            for model in (MeasurePage, NewsPage)
            for page in model.objects.descendant_of(home)
            .filter(locale=german, slug__startswith=PREFIX)
            .order_by("path")
        ]
        services = CounsellingService.objects.filter(locale=german, slug__startswith=PREFIX)
        return [*pages, *services.order_by("pk")]

    # --- Output ---------------------------------------------------------------------------

    def summary(self, home, site):
        for locale in Locale.objects.order_by("pk"):
            home_in = home.get_translation_or_none(locale)
            if home_in is None:
                continue
            measures = MeasurePage.objects.descendant_of(home_in).filter(locale=locale).live()
            news = NewsPage.objects.descendant_of(home_in).filter(locale=locale).live()
            services = services_of(site, locale)
            self.log(
                f"  {locale.language_code}: {measures.count()} measures, "
                f"{services.count()} counselling services, {news.count()} press releases"
            )

    def log(self, message):
        if self.verbose:
            self.stdout.write(message)
            self.stdout.flush()

    def tick(self, what, done, total):
        if done % 50 == 0 or done == total:
            self.log(f"  {what}: {done}/{total}")

    def progress(self, started):
        """A line every 10 % with the time left: the sync is the long part of the seeding."""
        if not self.verbose:
            return None
        last = [-1]

        def report(done, total):
            step = done * 10 // total
            if step != last[0]:
                last[0] = step
                elapsed = time.monotonic() - started
                left = elapsed / done * (total - done) if done else 0
                self.stdout.write(
                    f"  translations: {done}/{total} ({elapsed:.0f} s, about {left:.0f} s left)"
                )
                self.stdout.flush()

        return report
