"""Write the German strings of the demo's hand-translated pages and snippets into their
PO files (home/demo/translations/objects/), keeping the translations that still fit.
Run after load_demo when the demo content changed; translators then fill the files.
"""

from django.core.management.base import BaseCommand

from home.demo.po_files import export_all


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        count = export_all(log=self.stdout.write if options["verbosity"] > 0 else lambda _m: None)
        self.stdout.write(f"{count} objects written.")
