"""Build the demo sites of Lübeck and Lüneburg in German, with hand translations of what
newcomers read (from PO files) and machine translation for the rest. Safe to run twice.
"""

from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import connection

from cms.pagecache.purge import purges_deferred
from home.demo.builder import DemoBuilder
from home.demo.po_files import import_all
from home.indexing import index_updates_deferred, reindex_everything
from home.l10n.sync import sync_all


@contextmanager
def queries_unlogged():
    """Django's query log off, also where DEBUG is on (the dev settings `make demo` uses).

    The log times every query and, on SQLite, asks the database once more to quote its
    parameters; over load_demo's 160,000 queries that was some 7 % of its time (55 s
    against 51.5 s), for a log nobody reads. Django offers a switch to force the log on,
    none to keep it off.
    """
    connection.make_debug_cursor = connection.make_cursor
    try:
        yield
    finally:
        del connection.make_debug_cursor


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        self.stdout.write("Loading demo content …") if verbose else None
        with queries_unlogged():
            created = self.build(verbose)
            if created:
                reindex_everything()

    def build(self, verbose):
        with index_updates_deferred(), purges_deferred():
            log = self.stdout.write if verbose else lambda _msg: None
            builder = DemoBuilder(log=log)
            created = builder.build()
            # Everything into every language and published: what newcomers read from the
            # translators' PO files, the rest pre-translated by the (offline) machine
            # translator. The demo shows each language; a real site keeps machine
            # translations as drafts until someone checks them.
            shipped = builder.shipped
            report = sync_all(publish=True, before=shipped, index=False)  # reindexed after
            created += report.created + report.updated
            # PO files changed since the copies were made (a second run): imported as an
            # upload in the admin would be, over the copies.
            imported = import_all(log=log, skip=shipped.filled)
            created += imported
            if verbose:
                self.stdout.write(
                    f"Translations: {report.created} created, {report.updated} updated, "
                    f"{len(report.failed)} failed; {imported} updated from PO files changed since."
                )
        return created
