from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

from home.demo.builder import DemoBuilder
from home.l10n.sync import sync_all


def _without_search_auto_update():
    # Indexing each of the hundreds of saves one by one takes longer than building
    # the pages; the index is rebuilt once at the end instead.
    backends = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


class Command(BaseCommand):
    help = (
        "Build the demo sites of Lübeck and Lüneburg in German, hand-translated into English "
        "and Arabic where it matters and machine-translated into every other language. "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        self.stdout.write("Loading demo content …") if verbose else None
        with _without_search_auto_update():
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
            call_command("update_index", verbosity=0)
