"""Backup and restore of a whole installation: its database and its files, in one archive.

`manage.py backup <archive>` writes a gzip-compressed tar file holding

- `database/types.json`: content types and permissions, and `database/data.json`: every
  other row of every app (pages, revisions, locales, translation sources and strings,
  snippets, form submissions and receipts, users, groups, images, documents …), both as
  Django fixtures (`dumpdata` JSON, portable between SQLite and PostgreSQL, with times to
  the microsecond);
- `media/…`: every file under MEDIA_ROOT, `private/…`: every file under
  PRIVATE_MEDIA_ROOT (the receipts of the refund form);
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
are moved into place at the end of it.

Before it changes anything, restore checks every member against the manifest, and refuses
a database that holds content or media folders whose files differ from the archive's
(`--force` replaces them), and a database whose migrations differ from the backup's. A
database without tables is migrated to the backup's state first; after loading, any newer
migrations of the code run, and the search and reference indexes are rebuilt.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, models, router, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import post_save
from django.utils import timezone

FORMAT = "integration-portal-backup"
VERSION = 1
MANIFEST = "manifest.json"
TYPES = "database/types.json"
FILE_PREFIXES = ("media", "private")
DATA = "database/data.json"
CHUNK = 1024 * 1024

# Loaded first, with their ids, so every reference to them stays right.
TYPE_MODELS = ["contenttypes.ContentType", "auth.Permission"]
# Not in the archive, with the reason.
EXCLUDED = {
    "sessions": "logins: nobody stays logged in across a restore",
    "wagtailsearch": "the search index: restore rebuilds it (update_index)",
    "django_tasks_database": "the background queue and its results",
    "wagtailadmin.EditingSession": "who has an editor open at this moment",
    "wagtailcore.ReferenceIndex": "Wagtail's index of what uses what: restore rebuilds it",
}
# Named first when restore refuses a database that holds content.
TELLING = [
    "auth.User",
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailforms.FormSubmission",
    "wagtailimages.Image",
    "wagtaildocs.Document",
]
# What `migrate` creates in an empty installation: its rows do not make it "not empty".
# (A data migration that fills another model must be added here; the round-trip test,
# which restores into a freshly migrated database, fails until it is.)
CREATED_BY_MIGRATIONS = {
    "contenttypes.ContentType",
    "auth.Permission",
    "auth.Group",
    "wagtailcore.Locale",
    "wagtailcore.Site",
    "wagtailcore.Collection",
    "wagtailcore.CollectionViewRestriction",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.Workflow",
    "wagtailcore.WorkflowPage",
    "wagtailcore.WorkflowTask",
    "wagtailcore.Task",
    "wagtailcore.GroupApprovalTask",
    "snippets.Language",
    "integration_pages.EccarCommitment",  # the plugin brings the ten commitments
}


# --- What is backed up ---------------------------------------------------------------


def _excluded(model):
    meta = model._meta
    return meta.app_label in EXCLUDED or meta.label in EXCLUDED


def backed_up_models(using=DEFAULT_DB_ALIAS):
    """Every model with a table of its own whose rows the archive holds."""
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and not _excluded(model)
        and router.allow_migrate_model(using, model)
    ]


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds (as JavaScript has them); a backup keeps
    every microsecond, or revisions saved within one millisecond would tie."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def _dump(models_, path, using):
    """The rows of `models_` as a Django fixture, as `dumpdata --all` writes it, but exact."""

    def rows():
        for model in models_:
            yield from model._base_manager.using(using).order_by(model._meta.pk.name).iterator()

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        serializers.serialize("json", rows(), stream=f, cls=_ExactEncoder)


def file_roots():
    """(prefix in the archive, folder) of the media folders."""
    roots = [("media", Path(settings.MEDIA_ROOT))]
    private = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    if private:
        roots.append(("private", Path(private)))
    return roots


def _files(skip=()):
    """(name in the archive, path) of every regular file in the media folders."""
    roots = file_roots()
    skip = {Path(p).resolve() for p in skip}
    folders = {root.resolve() for _prefix, root in roots}
    for prefix, root in roots:
        if not root.is_dir():
            continue
        for folder, subfolders, names in os.walk(root):
            # A media folder inside another is archived under its own prefix only.
            subfolders[:] = sorted(
                d for d in subfolders if (Path(folder) / d).resolve() not in folders
            )
            for name in sorted(names):
                path = Path(folder) / name
                if path.is_symlink() or not path.is_file() or path.resolve() in skip:
                    continue
                yield f"{prefix}/{path.relative_to(root).as_posix()}", path


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """Reads a file for tarfile and takes its checksum on the way: each byte is read once."""

    def __init__(self, f):
        self.f, self.digest, self.size = f, hashlib.sha256(), 0

    def read(self, n=-1):
        chunk = self.f.read(n)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


# --- Backup ----------------------------------------------------------------------------


@contextmanager
def _consistent_reads(using):
    """One transaction for the whole dump, so it is one moment of the database. On
    PostgreSQL a repeatable-read snapshot (when not already inside a transaction)."""
    connection = connections[using]
    outer = connection.in_atomic_block
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql" and not outer:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _missing_files(using):
    """Files the database names that are not in their storage."""
    missing = []
    for model in backed_up_models(using):
        for field in model._meta.local_concrete_fields:
            if not isinstance(field, models.FileField):
                continue
            names = (
                model._base_manager.using(using)
                .exclude(**{field.attname: ""})
                .values_list(field.attname, flat=True)
            )
            missing += [
                f"{model._meta.label}.{field.name}: {name}"
                for name in names.iterator()
                if not field.storage.exists(name)
            ]
    return missing


def _waiting_tasks(using):
    try:
        result = apps.get_model("django_tasks_database", "DBTaskResult")
    except LookupError:
        return 0
    return result._base_manager.using(using).filter(status__in=["READY", "RUNNING"]).count()


def backup(archive, *, using=DEFAULT_DB_ALIAS, overwrite=False):
    """Write the archive; returns its manifest."""
    archive = Path(archive).absolute()
    if archive.exists() and not overwrite:
        raise CommandError(f"{archive} exists already; choose another name or pass --force.")
    if not isinstance(default_storage, FileSystemStorage):
        raise CommandError(
            "Media files are not kept in MEDIA_ROOT (STORAGES['default'] is "
            f"{type(default_storage).__name__}); back them up with that storage's own tools."
        )
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(archive.name + ".partial")
    connection = connections[using]
    files = {}
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as scratch:
        scratch = Path(scratch)
        with _consistent_reads(using):
            models_ = backed_up_models(using)
            types = [m for m in models_ if m._meta.label in TYPE_MODELS]
            _dump(types, scratch / TYPES, using)
            _dump([m for m in models_ if m not in types], scratch / DATA, using)
            rows = {
                model._meta.label: model._base_manager.using(using).count()
                for model in backed_up_models(using)
            }
            migrations = sorted(f"{app}.{name}" for app, name in _applied(connection))
            missing = _missing_files(using)
            waiting = _waiting_tasks(using)
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            members = [(TYPES, scratch / TYPES), (DATA, scratch / DATA)]
            members += list(_files(skip=[archive, partial]))
            for name, path in members:
                info = tar.gettarinfo(str(path), arcname=name)
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                with open(path, "rb") as f:
                    reader = _HashingReader(f)
                    tar.addfile(info, reader)
                files[name] = {"size": reader.size, "sha256": reader.digest.hexdigest()}
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created": timezone.now().isoformat(),
                "software": {"django": django.get_version(), "wagtail": wagtail.__version__},
                "database": connection.vendor,
                "migrations": migrations,
                "rows": rows,
                "excluded": EXCLUDED,
                "files": files,
                "missing_files": missing,
                "waiting_tasks": waiting,
            }
            data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(data), int(timezone.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
    with open(partial, "rb") as f:
        os.fsync(f.fileno())
    os.replace(partial, archive)
    return manifest


# --- Restore ---------------------------------------------------------------------------


def _member_name(member):
    """The member's name if it is one a backup writes; refuses anything else."""
    path = PurePosixPath(member.name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or not member.isfile()
        or not (
            member.name in (MANIFEST, TYPES, DATA)
            or (len(path.parts) > 1 and path.parts[0] in FILE_PREFIXES)
        )
    ):
        raise CommandError(f"The archive holds {member.name!r}, which no backup writes: refused.")
    return member.name


def unpack(archive, staging):
    """Extract the archive into `staging`, checking every member against the manifest.
    Returns the manifest. One pass over the archive (the manifest comes last)."""
    digests, manifest = {}, None
    try:
        with tarfile.open(archive, "r|gz") as tar:
            for member in tar:
                if member.isdir():
                    continue
                name = _member_name(member)
                source = tar.extractfile(member)
                if name == MANIFEST:
                    manifest = json.loads(source.read())
                    continue
                if name in digests:
                    raise CommandError(f"The archive holds {name} twice: refused.")
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest, size = hashlib.sha256(), 0
                with open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                digests[name] = {"size": size, "sha256": digest.hexdigest()}
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise CommandError(f"{archive} cannot be read as a backup: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CommandError(f"{archive} is not a backup of this portal (no manifest).")
    if manifest.get("version") != VERSION:
        raise CommandError(f"{archive} is a backup of format {manifest.get('version')}, "
                           f"this version reads format {VERSION}.")  # fmt: skip
    expected = manifest["files"]
    damaged = sorted(
        name for name in expected if name in digests and digests[name] != expected[name]
    )
    problems = [f"checksum does not match: {name}" for name in damaged]
    problems += [
        f"missing from the archive: {name}" for name in sorted(set(expected) - set(digests))
    ]
    problems += [f"not in the manifest: {name}" for name in sorted(set(digests) - set(expected))]
    if problems or TYPES not in expected or DATA not in expected:
        raise CommandError(
            "The archive is damaged or was altered; nothing was restored.\n  "
            + "\n  ".join(problems or ["it holds no database dump"])
        )
    return manifest


def _applied(connection):
    """The migrations of this code's graph the database has (a squashed migration counts
    once all it replaces are applied, as `migrate` sees it)."""
    loader = MigrationLoader(connection)
    return {key for key in loader.applied_migrations if key in loader.graph.nodes}


def _migration_state(manifest, using):
    """Whether the database is "fresh" (no migrations applied) or the "same" as the
    backup's; refuses any other state."""
    connection = connections[using]
    archived = {tuple(m.split(".", 1)) for m in manifest["migrations"]}
    applied = _applied(connection) if MigrationRecorder(connection).has_table() else set()
    known = set(MigrationLoader(connection).graph.nodes)
    unknown = sorted(archived - known)
    if unknown:
        raise CommandError(
            "The backup was made by a newer version of the portal: this code does not know "
            "its migrations " + ", ".join(".".join(m) for m in unknown[:5]) + ". Restore it "
            "with the version that made it."
        )
    if not applied:
        return "fresh"
    if applied != archived:
        only_here = sorted(applied - archived)
        only_there = sorted(archived - applied)
        raise CommandError(
            "The database's migrations differ from the backup's "
            f"(applied here only: {', '.join('.'.join(m) for m in only_here[:5]) or '-'}; "
            f"in the backup only: {', '.join('.'.join(m) for m in only_there[:5]) or '-'}). "
            "Restore into a new, empty database without tables: restore migrates it to the "
            "backup's state, loads the backup and then applies the newer migrations."
        )
    return "same"


def _migrate_to(manifest, using):
    """Apply exactly the migrations the backup's database had."""
    executor = MigrationExecutor(connections[using])
    graph = executor.loader.graph
    archived = {tuple(m.split(".", 1)) for m in manifest["migrations"]}
    targets = [
        node
        for node in sorted(archived)
        if not any(child.key in archived for child in graph.node_map[node].children)
    ]
    executor.migrate(targets)


def content_rows(using):
    """{model: rows} of everything a freshly migrated installation does not have."""
    found = {}
    for model in backed_up_models(using):
        label = model._meta.label
        rows = model._base_manager.using(using)
        if label == "wagtailcore.Page":
            # Migrations create the root and Wagtail's welcome page, both plain pages.
            rows = rows.exclude(content_type__app_label="wagtailcore", content_type__model="page")
        elif label in CREATED_BY_MIGRATIONS:
            continue
        if count := rows.count():
            found[label] = count
    return found


def _target(name):
    """Where the archive's file `name` goes in this installation (None: not a file)."""
    prefix, _, relative = name.partition("/")
    if prefix not in FILE_PREFIXES:
        return None
    roots = dict(file_roots())
    if prefix not in roots:
        raise CommandError(f"The backup holds {prefix} files, but PRIVATE_MEDIA_ROOT is not set.")
    return roots[prefix] / relative


def _conflicting_files(manifest):
    conflicts = []
    for name, expected in manifest["files"].items():
        path = _target(name)
        if path is None:
            continue
        if path.exists() and (not path.is_file() or _sha256(path) != expected["sha256"]):
            conflicts.append(str(path))
    return conflicts


@contextmanager
def _fixture_receivers_paused():
    """wagtail-localize syncs page trees when a LocaleSynchronization is saved, and sets
    page titles when a StringTranslation is, even while fixtures load (raw saves). A
    restore must write the rows as they were and nothing else."""
    receivers = []
    if apps.is_installed("wagtail_localize"):
        from wagtail_localize import models as localize

        receivers = [
            (localize.sync_trees_on_locale_sync_save, localize.LocaleSynchronization),
            (localize.post_save_string_translation, localize.StringTranslation),
        ]
    for receiver, sender in receivers:
        post_save.disconnect(receiver, sender=sender)
    try:
        yield
    finally:
        for receiver, sender in receivers:
            post_save.connect(receiver, sender=sender)


def _check_rows(manifest, using):
    wrong = []
    for label, expected in sorted(manifest["rows"].items()):
        try:
            model = apps.get_model(label)
        except LookupError:
            wrong.append(f"{label}: {expected} rows, but this code has no such model")
            continue
        found = model._base_manager.using(using).count()
        if found != expected:
            wrong.append(f"{label}: {found} rows loaded, {expected} in the backup")
    if wrong:
        raise CommandError("The restore did not load every row:\n  " + "\n  ".join(wrong))


def _place_files(staging, manifest, placed):
    for name in sorted(manifest["files"]):
        target = _target(name)
        if target is None:
            continue
        if target.is_file() and _sha256(target) == manifest["files"][name]["sha256"]:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(staging / name, target)
        placed.append(target)


def _clear_caches(log):
    """Nothing cached from before the restore (site root paths, renditions …) survives it."""
    for cache in caches.all():
        try:
            # django-redis: only this site's keys (its prefix), not the whole Redis database.
            if hasattr(cache, "delete_pattern"):
                cache.delete_pattern("*")
            else:
                cache.clear()
        except Exception as error:
            log(f"Warning: could not clear a cache ({error}); clear it before serving.")


def _purge_front_caches():
    """A cache in front of the site (Varnish, VARNISH_URL) still has the pages from before
    the restore: the page cache purges every site there (and logs if it cannot)."""
    try:
        from cms.pagecache.purge import purge_all_sites
    except ImportError:
        return
    purge_all_sites()


def restore(archive, *, using=DEFAULT_DB_ALIAS, force=False, rebuild_index=True, log=print):
    """Bring the archive back into this installation; returns the manifest."""
    archive = Path(archive)
    if not archive.is_file():
        raise CommandError(f"{archive} does not exist.")
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as staging:
        staging = Path(staging)
        manifest = unpack(archive, staging)
        log(f"Archive checked: {len(manifest['files'])} members, checksums match.")
        state = _migration_state(manifest, using)
        if state == "same" and not force and (found := content_rows(using)):
            named = [label for label in TELLING if label in found] or sorted(found)[:3]
            raise CommandError(
                "The database is not empty: it holds "
                + ", ".join(f"{found[label]} rows of {label}" for label in named)
                + f" (content in {len(found)} models in all). Restore replaces everything in "
                "it; to do that, pass --force."
            )
        if not force and (conflicts := _conflicting_files(manifest)):
            raise CommandError(
                "The media folders hold other files under the names the backup restores ("
                + ", ".join(conflicts[:5])
                + "). Restore into empty folders, or pass --force to replace them."
            )
        if state == "fresh":
            log("The database has no tables: migrating it to the backup's state.")
            _migrate_to(manifest, using)
        placed = []
        try:
            with transaction.atomic(using=using), _fixture_receivers_paused():
                call_command(
                    "flush",
                    interactive=False,
                    database=using,
                    inhibit_post_migrate=True,
                    verbosity=0,
                )
                ContentType.objects.clear_cache()
                call_command("loaddata", str(staging / TYPES), database=using, verbosity=0)
                ContentType.objects.clear_cache()
                call_command("loaddata", str(staging / DATA), database=using, verbosity=0)
                _check_rows(manifest, using)
                _place_files(staging, manifest, placed)
        except BaseException:
            for path in placed:
                path.unlink(missing_ok=True)
            raise
        finally:
            ContentType.objects.clear_cache()
    log(f"Loaded {sum(manifest['rows'].values())} rows and {len(placed)} files.")
    # Newer migrations of this code, and what post_migrate creates (content types,
    # permissions of models the backup did not know).
    call_command("migrate", interactive=False, database=using, verbosity=0)
    _clear_caches(log)
    _purge_front_caches()
    if rebuild_index:
        log("Rebuilding the search index and the reference index.")
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
    return manifest
