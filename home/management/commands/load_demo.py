from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder
from home.indexing import index_updates_deferred, reindex_everything
from home.l10n.sync import sync_all


class Command(BaseCommand):
    help = (
        "Build the demo sites of Lübeck and Lüneburg in German, hand-translated into English "
        "and Arabic where it matters and machine-translated into every other language. "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        self.stdout.write("Loading demo content …") if verbose else None
        with index_updates_deferred():
            created = DemoBuilder(log=self.stdout.write if verbose else lambda _msg: None).build()
            # Everything else into every language, pre-translated by the (offline) machine
            # translator and published: the demo shows each language; a real site keeps
            # machine translations as drafts until someone checks them.
            report = sync_all(publish=True)
            created += report.created + report.updated
            if verbose:
                self.stdout.write(
                    f"Translations: {report.created} created, {report.updated} updated, "
                    f"{len(report.failed)} failed."
                )
        if created:
            reindex_everything()
