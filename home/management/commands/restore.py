from django.core.management.base import BaseCommand

from cms.ops.backup import restore


class Command(BaseCommand):
    help = (
        "Bring an archive written by `manage.py backup` back into an empty installation: "
        "checks every checksum first, refuses a database that holds content (unless "
        "--force), replaces the database in one transaction, puts the media files back and "
        "rebuilds the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace everything in a database that is not empty, and media files that differ.",
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Leave the search and reference indexes to update_index and "
            "rebuild_references_index.",
        )

    def handle(self, *args, archive, force=False, **options):
        def log(message):
            if options["verbosity"] > 0:
                self.stdout.write(message)

        manifest = restore(archive, force=force, rebuild_index=not options["no_index"], log=log)
        log(f"Restored {archive} (backup of {manifest['created']}).")
