import sys

from django.core.management.base import BaseCommand, CommandError, no_translations
from wagtail.models import Locale

from home.l10n.sync import sync_all
from integration_pages.core.translation_states import STATE_LABELS


class Command(BaseCommand):
    help = (
        "Create missing and update outdated translations of every page and snippet, "
        "pre-translating new text with the configured machine translator."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", action="append", help="Only this language (repeatable).")
        parser.add_argument("--publish", action="store_true", help="Publish, not only draft.")
        parser.add_argument("--no-machine", action="store_true", help="No machine translation.")

    @no_translations  # its output is English, like Django's own commands'
    def handle(self, *args, locale=None, publish=False, no_machine=False, **options):
        locales = None
        if locale:
            locales = list(Locale.objects.filter(language_code__in=locale))
            if len(locales) != len(set(locale)):
                raise CommandError(f"Unknown language among {', '.join(locale)}.")
        verbose = options["verbosity"] > 0
        report = sync_all(
            locales=locales,
            publish=publish or None,
            machine=not no_machine,
            progress=self.progress if verbose and sys.stdout.isatty() else None,
        )
        if verbose:
            self.stdout.write(
                f"\ncreated {report.created}, updated {report.updated}, "
                f"unchanged {report.unchanged}, failed {len(report.failed)}"
            )
            states = ", ".join(
                f"{label} {report.states[state]}"
                for state, label in STATE_LABELS.items()
                if report.states[state]
            )
            self.stdout.write(f"now: {states}")
            for obj, code, error in report.failed:
                self.stdout.write(f"  failed: {obj} → {code}: {error}")

    def progress(self, done, total):
        width = 40
        filled = width * done // total
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
