"""The archive's format and what goes into it (see the package's docstring)."""

import datetime
import hashlib
import posixpath
from functools import partial
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files.storage import FileSystemStorage
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, router
from django.db.migrations.loader import MigrationLoader

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
# (A data migration that fills another model must be declared; the round-trip test,
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
}


def created_by_migrations():
    """The labels of CREATED_BY_MIGRATIONS and of the models whose rows an app's own data
    migrations create, as it declares them (`reference_data_models` on its AppConfig: the
    plugin's ECCAR commitments and language names)."""
    labels = set(CREATED_BY_MIGRATIONS)
    for config in apps.get_app_configs():
        names = getattr(config, "reference_data_models", ())
        labels.update(f"{config.label}.{name}" for name in names)
    return labels


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


def file_storages():
    """(prefix in the archive, storage) of the media and of the receipts: local folders
    or buckets, whatever STORAGES says."""
    from django.core.files.storage import default_storage

    found = [("media", default_storage)]
    private = _private_storage()
    if private is not None:
        found.append(("private", private))
    return found


def _private_storage():
    """STORAGES["private"] (the receipts), by its alias: the project layer names no app's
    module. Settings without that alias keep them in PRIVATE_MEDIA_ROOT, if set."""
    from django.core.files.storage import storages

    if "private" in settings.STORAGES:
        return storages["private"]
    root = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    return FileSystemStorage(location=root) if root else None


def local_root(storage):
    """The folder of a storage on the local disk; None for object storage."""
    return Path(storage.location).resolve() if isinstance(storage, FileSystemStorage) else None


def _walk(storage, keep_folder, folder=""):
    """Every file name in the storage under `folder`, through the storage's own listing."""
    folders, names = storage.listdir(folder)
    for name in sorted(names):
        yield posixpath.join(folder, name)
    for sub in sorted(folders):
        sub = posixpath.join(folder, sub)
        if keep_folder(sub):
            yield from _walk(storage, keep_folder, sub)


def _files(skip=()):
    """(name in the archive, storage, name in the storage) of every file in the media and
    receipt storages."""
    pairs = file_storages()
    skip = {Path(p).resolve() for p in skip}
    roots = {local_root(storage) for _prefix, storage in pairs} - {None}
    for prefix, storage in pairs:
        root = local_root(storage)
        if root is None:
            names = _walk(storage, lambda folder: True)
        elif not root.is_dir():
            continue
        else:
            names = (
                name
                for name in _walk(storage, partial(_keep_local_folder, storage, roots))
                if _regular_file(Path(storage.path(name)), skip)
            )
        for name in names:
            yield f"{prefix}/{name}", storage, name


def _keep_local_folder(storage, roots, folder):
    # A media folder inside another is archived under its own prefix only, and a link to
    # a folder is not followed (as os.walk does not).
    path = Path(storage.path(folder))
    return not path.is_symlink() and path.resolve() not in roots


def _regular_file(path, skip):
    return not path.is_symlink() and path.is_file() and path.resolve() not in skip


def stored_sha256(storage, name):
    """The checksum of a stored file; None when there is none, "" when the name is taken
    by something that is not a file (a folder)."""
    root = local_root(storage)
    if root is not None:
        path = Path(storage.path(name))
        if not path.exists():
            return None
        return _sha256(path) if path.is_file() else ""
    if not storage.exists(name):
        return None
    digest = hashlib.sha256()
    with storage.open(name, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def describe(storage, name):
    """Where a stored file is, for a message: its path, or bucket and key."""
    if local_root(storage) is not None:
        return storage.path(name)
    return f"{storage.bucket_name}/{storage._normalize_name(name)}"


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


def _applied(connection):
    """The migrations of this code's graph the database has (a squashed migration counts
    once all it replaces are applied, as `migrate` sees it)."""
    loader = MigrationLoader(connection)
    return {key for key in loader.applied_migrations if key in loader.graph.nodes}
