from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Build the Lübeck demo site (German, with English and Arabic). Safe to run twice."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        self.stdout.write("Loading demo content …") if verbose else None
        DemoBuilder(log=self.stdout.write if verbose else lambda _msg: None).build()
