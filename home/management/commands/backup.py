from django.core.management.base import BaseCommand

from cms.ops.backup import backup


class Command(BaseCommand):
    help = (
        "Write the whole installation into one archive (tar.gz): the database as Django "
        "fixtures, every media file and receipt (MEDIA_ROOT and PRIVATE_MEDIA_ROOT, or their "
        "buckets on object storage), and a manifest with the "
        "SHA-256 checksum of each. Bring it back with `manage.py restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="File to write, e.g. portal-2026-05-01.tar.gz")
        parser.add_argument("--force", action="store_true", help="Replace an existing file.")

    def handle(self, *args, archive, force=False, **options):
        manifest = backup(archive, overwrite=force)
        if options["verbosity"] == 0:
            return
        files = len(manifest["files"]) - 2
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Wrote {archive}: {rows} rows of {len(manifest['rows'])} models and "
                          f"{files} media files, each with its SHA-256 checksum.")  # fmt: skip
        if missing := manifest["missing_files"]:
            self.stderr.write(
                f"Warning: the database names {len(missing)} files that are not in the media "
                "storages, so they are not in the backup either:\n  " + "\n  ".join(missing[:20])
            )
        if waiting := manifest["waiting_tasks"]:
            self.stderr.write(
                f"Warning: {waiting} background tasks were still waiting; the queue is not "
                "backed up (let `manage.py db_worker` finish first)."
            )
