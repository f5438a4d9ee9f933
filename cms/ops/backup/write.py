"""`manage.py backup`: the database and the files into one archive."""

import io
import json
import os
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.core.files.storage import FileSystemStorage
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.utils import timezone

from .archive import (
    DATA,
    EXCLUDED,
    FORMAT,
    MANIFEST,
    TYPE_MODELS,
    TYPES,
    VERSION,
    _applied,
    _dump,
    _files,
    _HashingReader,
    backed_up_models,
    local_root,
)

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


def _size_and_time(storage, name, f):
    """Size and modification time (seconds) of an open stored file, for its tar header."""
    s3_object = getattr(f, "obj", None)
    if s3_object is not None:
        # django-storages' S3 file: one HEAD request gives both.
        return s3_object.content_length, int(s3_object.last_modified.timestamp())
    if local_root(storage) is not None:
        stat = os.stat(storage.path(name))
        return stat.st_size, int(stat.st_mtime)
    return storage.size(name), int(storage.get_modified_time(name).timestamp())


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
            dumps = FileSystemStorage(location=scratch)
            members = [(TYPES, dumps, TYPES), (DATA, dumps, DATA)]
            members += list(_files(skip=[archive, partial]))
            for name, storage, stored in members:
                with storage.open(stored, "rb") as f:
                    info = tarfile.TarInfo(name)
                    info.size, info.mtime = _size_and_time(storage, stored, f)
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
