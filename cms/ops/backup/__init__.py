"""Backup and restore of a whole installation: its database and its files, in one archive.

`manage.py backup <archive>` writes a gzip-compressed tar file holding

- `database/types.json`: content types and permissions, and `database/data.json`: every
  other row of every app (pages, revisions, locales, translation sources and strings,
  snippets, form submissions and receipts, users, groups, images, documents …), both as
  Django fixtures (`dumpdata` JSON, portable between SQLite and PostgreSQL, with times to
  the microsecond);
- `media/…`: every file of the media storage (MEDIA_ROOT, or the media bucket on object
  storage), `private/…`: every file of the receipts' storage (PRIVATE_MEDIA_ROOT or the
  private bucket: the receipts of the refund form), named relative to the folder or to
  the installation's key prefix (AWS_LOCATION), so a backup restores into either;
- `manifest.json`, last: size and SHA-256 checksum of every other member, the number of
  rows of every model, the migrations the database had, and what was left out.

Left out are only rows that are rebuilt or that nobody needs back (see EXCLUDED): logins,
the search and reference indexes (restore rebuilds them), the background queue and who
has an editor open.

The rows keep their primary keys. Wagtail refers to rows by id inside JSON (revisions,
StreamField blocks, rich-text links), to models by content-type id (revisions, the
reference index, tags, translatable objects), and its log entries keep the ids of pages
and users deleted since: a dump by natural keys can neither resolve those nor keep them.
So `manage.py restore <archive>` first empties the target database completely (flush,
without re-creating content types), loads content types and permissions with their ids,
then everything else, and checks that every model has as many rows as the manifest says.
That happens in one transaction: if anything fails, the database is as it was. The files
are written into their storages (through Django's storage API, local or S3) at the end
of it.

Before it changes anything, restore checks every member against the manifest, and refuses
a database that holds content or media folders whose files differ from the archive's
(`--force` replaces them), and a database whose migrations differ from the backup's. A
database without tables is migrated to the backup's state first; after loading, any newer
migrations of the code run, and the search and reference indexes are rebuilt.
"""

from .restore import restore
from .write import backup

__all__ = ["backup", "restore"]
