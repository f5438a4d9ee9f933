"""`manage.py restore`: an archive back into an installation."""

import hashlib
import json
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.files import File
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.db.models.signals import post_save

from .archive import (
    CHUNK,
    DATA,
    FILE_PREFIXES,
    FORMAT,
    MANIFEST,
    TELLING,
    TYPES,
    VERSION,
    _applied,
    backed_up_models,
    created_by_migrations,
    describe,
    file_storages,
    stored_sha256,
)

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
    found, created = {}, created_by_migrations()
    for model in backed_up_models(using):
        label = model._meta.label
        rows = model._base_manager.using(using)
        if label == "wagtailcore.Page":
            # Migrations create the root and Wagtail's welcome page, both plain pages.
            rows = rows.exclude(content_type__app_label="wagtailcore", content_type__model="page")
        elif label in created:
            continue
        if count := rows.count():
            found[label] = count
    return found


def _target(name):
    """(storage, name in it) where the archive's file `name` goes in this installation
    (None: not a file)."""
    prefix, _, relative = name.partition("/")
    if prefix not in FILE_PREFIXES:
        return None
    storages = dict(file_storages())
    if prefix not in storages:
        raise CommandError(f"The backup holds {prefix} files, but PRIVATE_MEDIA_ROOT is not set.")
    return storages[prefix], relative


def _conflicting_files(manifest):
    conflicts = []
    for name, expected in manifest["files"].items():
        if (target := _target(name)) is None:
            continue
        if stored_sha256(*target) not in (None, expected["sha256"]):
            conflicts.append(describe(*target))
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
        if (target := _target(name)) is None:
            continue
        storage, stored = target
        found = stored_sha256(storage, stored)
        if found == manifest["files"][name]["sha256"]:
            continue
        if found is not None:
            # Only with --force: _conflicting_files refused otherwise. Without deleting it,
            # save() would keep the old file and choose another name.
            storage.delete(stored)
        with open(staging / name, "rb") as f:
            saved = storage.save(stored, File(f))
        placed.append((storage, saved))
        if saved != stored:
            raise CommandError(f"{describe(storage, stored)} could not be written under its name.")


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
            for storage, stored in placed:
                storage.delete(stored)
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
