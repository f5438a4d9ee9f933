from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder
from home.demo.po_files import import_all
from home.indexing import index_updates_deferred, reindex_everything
from home.l10n.sync import sync_all


class Command(BaseCommand):
    help = (
        "Build the demo sites of Lübeck and Lüneburg in German, with hand translations of what "
        "newcomers read (from PO files) and machine translation for the rest. "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        self.stdout.write("Loading demo content …") if verbose else None
        with index_updates_deferred():
            log = self.stdout.write if verbose else lambda _msg: None
            created = DemoBuilder(log=log).build()
            # Everything else into every language, pre-translated by the (offline) machine
            # translator and published: the demo shows each language; a real site keeps
            # machine translations as drafts until someone checks them.
            report = sync_all(publish=True)
            created += report.created + report.updated
            # What newcomers read, hand-translated: the translators' PO files, imported as
            # an upload in the admin would be, over the copies the sync just made.
            imported = import_all(log=log)
            created += imported
            if verbose:
                self.stdout.write(
                    f"Translations: {report.created} created, {report.updated} updated, "
                    f"{len(report.failed)} failed; {imported} imported from PO files."
                )
        if created:
            reindex_everything()
