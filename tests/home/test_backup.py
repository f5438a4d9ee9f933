"""Backup and restore: `manage.py backup` writes a small site built for the test (pages in
German and Arabic with their revisions, the office's forms, a concept with measures,
translated snippets, images, documents and accounts), with a refund request and its
receipt, into one archive; `manage.py restore` brings it back into a second, empty
installation (its own database and media folders, driven through subprocesses), and
nothing is lost: pages, revisions, translations, snippets, submissions, accounts, every
row of every model and every media file compare equal.

Runs on the database DATABASE_URL selects: on SQLite the second installation is a file,
on PostgreSQL a database created for the test and dropped afterwards."""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from home.forms import RECEIPTS_FIELD
from home.models import Receipt
from tests.support.backup_data import backup_site
from tests.support.backup_snapshot import media, served, snapshot
from tests.support.migrated import new_database

ROOT = Path(settings.BASE_DIR)
REFUND = "/de/erstattung-ehrenamt/"
RECEIPT = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
RECEIPT += "% Fahrkarten Ausländerbehörde, 2 x 11,75 EUR\n".encode()
# The module fixture builds the site, backs it up and rolls it back; the tests themselves
# only read what the module fixtures made.
# One worker builds and restores the backup (module fixtures) for all of them.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("backup")]

PATHS = ["/de/", "/ar/", "/de/erstattung-ehrenamt/", "/de/integrationskonzept/measures/"]


@pytest.fixture(scope="module")
def source(django_db_setup, django_db_blocker, tmp_path_factory):
    """A small site (backup_site) with one more refund request and its receipt (and a
    language set to follow German), as the test process holds it: its snapshot, how it
    serves PATHS, and its backup. All of it is rolled back after, its media files too."""
    archive = tmp_path_factory.mktemp("backup") / "portal.tar.gz"
    with django_db_blocker.unblock():
        cache.clear()
        media_before = set(media())
        with transaction.atomic():
            built_pages = backup_site()
            upload = SimpleUploadedFile("fahrkarten.pdf", RECEIPT, content_type="application/pdf")
            response = Client().post(
                REFUND,
                {
                    "name": "Jonas Brandt",
                    "e_mail": "jonas@example.org",
                    "zweck": "Busfahrkarten zur Ausländerbehörde",
                    "betrag_in_euro": "23,50",
                    "iban": "",
                    RECEIPTS_FIELD: [upload],
                },
            )
            assert response.status_code == 200
            submission = FormSubmission.objects.get(form_data__name="Jonas Brandt")
            receipt = Receipt.objects.get(submission=submission)
            # Turkish set to follow German. bulk_create sends no post_save, so wagtail-localize
            # does not sync the tree now; a restore that let it react would sync mid-load.
            LocaleSynchronization.objects.bulk_create(
                [
                    LocaleSynchronization(
                        locale=Locale.objects.get(language_code="tr"),
                        sync_from=Locale.objects.get(language_code="de"),
                    )
                ]
            )
            call_command("backup", str(archive), verbosity=0)
            state = snapshot()
            pages_served = served(PATHS)
            transaction.set_rollback(True)
        Path(receipt.file.path).unlink(missing_ok=True)
        for name in set(media()) - media_before:
            prefix, _, relative = name.partition("/")
            root = settings.MEDIA_ROOT if prefix == "media" else settings.PRIVATE_MEDIA_ROOT
            Path(root, relative).unlink(missing_ok=True)
        cache.clear()
    return SimpleNamespace(
        archive=archive,
        built_pages=built_pages,
        snapshot=state,
        served=pages_served,
        submission_id=submission.pk,
        receipt=f"private/{receipt.file.name}",
        receipt_sha256=receipt.sha256,
    )


class Installation:
    """A second installation: its own database and media folders, run by subprocesses."""

    def __init__(self, folder, database_url):
        self.media = folder / "media"
        self.private = folder / "private"
        self.environment = {
            key: value
            for key, value in os.environ.items()
            if key not in {"REDIS_URL", "DATABASE_URL", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT"}
        }
        self.environment.update(
            DJANGO_SETTINGS_MODULE="tests.support.installation_settings",
            DATABASE_URL=database_url,
            INSTALLATION_MEDIA_ROOT=str(self.media),
            INSTALLATION_PRIVATE_MEDIA_ROOT=str(self.private),
        )

    def run(self, *args, **extra_environment):
        return subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env={**self.environment, **extra_environment},
            capture_output=True,
            text=True,
        )

    def manage(self, *args, **extra_environment):
        done = self.run("manage.py", *args, **extra_environment)
        assert done.returncode == 0, f"manage.py {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        return done

    def snapshot(self):
        done = self.run("-m", "tests.support.backup_snapshot", *PATHS)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture(scope="module")
def restored(source, tmp_path_factory, migrated_database):
    """A freshly migrated, empty installation into which the backup was restored."""
    folder = tmp_path_factory.mktemp("installation")
    # A copy of the migrated test database: migrate finds nothing left to apply.
    with new_database(connection, folder, migrated_database) as url:
        installation = Installation(folder, url)
        installation.manage("migrate", "--no-input", "-v0")
        installation.restore_output = installation.manage("restore", str(source.archive)).stdout
        installation.restored = installation.snapshot()
        yield installation


def sha256(data):
    return hashlib.sha256(data).hexdigest()


# --- The archive -------------------------------------------------------------------------


def test_backup_writes_one_archive_with_the_database_and_every_media_file_checksummed(source):
    """One tar.gz: the database as dumpdata JSON, every file of MEDIA_ROOT and
    PRIVATE_MEDIA_ROOT (the new receipt too), and a manifest with the SHA-256 of each
    member that matches its content."""
    with tarfile.open(source.archive, "r:gz") as tar:
        contents = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    manifest = json.loads(contents.pop("manifest.json"))
    assert set(manifest["files"]) == set(contents)
    for name, data in contents.items():
        assert manifest["files"][name] == {"size": len(data), "sha256": sha256(data)}, name
    files = {name: entry["sha256"] for name, entry in manifest["files"].items()}
    assert {n: s for n, s in files.items() if not n.startswith("database/")} == source.snapshot[
        "media"
    ]
    # The receipt, with the checksum taken when it was uploaded.
    assert files[source.receipt] == source.receipt_sha256
    rows = manifest["rows"]
    for label in [
        "wagtailcore.Page",
        "wagtailcore.Revision",
        "wagtailcore.Locale",
        "wagtail_localize.TranslationSource",
        "wagtail_localize.StringTranslation",
        "snippets.Contact",
        "snippets.CounsellingService",
        "wagtailforms.FormSubmission",
        "home.Receipt",
        "auth.User",
        "auth.Group",
        "wagtailimages.Image",
        "wagtaildocs.Document",
    ]:
        assert rows[label] > 0, label
    dumped = json.loads(contents["database/data.json"])
    [row] = [r for r in dumped if r["model"] == "wagtailforms.formsubmission"
             and r["pk"] == source.submission_id]  # fmt: skip
    assert row["fields"]["form_data"]["zweck"] == "Busfahrkarten zur Ausländerbehörde"


# --- Restoring into an empty installation ------------------------------------------------


def test_restore_brings_back_every_page_with_its_content_and_its_revisions(source, restored):
    """Every page (type, language, path, titles, state, all its fields) and every revision
    of it is there after the restore."""
    # Every page the fixture built, in German and Arabic, is among them.
    assert len(source.built_pages) > 20
    assert source.built_pages <= {page["id"] for page in source.snapshot["pages"]}
    revised = {revision["object"] for revision in source.snapshot["revisions"]}
    assert {f"wagtailcore.{pk}" for pk in source.built_pages} <= revised
    assert restored.restored["snapshot"]["pages"] == source.snapshot["pages"]
    assert restored.restored["snapshot"]["revisions"] == source.snapshot["revisions"]


def test_restore_brings_back_translations_and_snippets(source, restored):
    """wagtail-localize's sources, translations and translated strings, the language
    versions of every page, and the rows of every snippet model are the same."""
    assert source.snapshot["translations"]["sources"]
    assert restored.restored["snapshot"]["translations"] == source.snapshot["translations"]
    assert restored.restored["snapshot"]["snippets"] == source.snapshot["snippets"]


def test_restore_brings_back_form_submissions_with_their_receipt_files(source, restored):
    """Every submission, the new refund request included, with its receipt: the file is in
    the new PRIVATE_MEDIA_ROOT, byte for byte as uploaded."""
    submissions = restored.restored["snapshot"]["submissions"]
    assert submissions == source.snapshot["submissions"]
    [refund] = [s for s in submissions if s["id"] == source.submission_id]
    assert refund["receipts"][0][3] == source.receipt_sha256
    receipt = restored.private / source.receipt.removeprefix("private/")
    assert sha256(receipt.read_bytes()) == source.receipt_sha256


def test_restore_brings_back_accounts_and_groups_with_their_permissions(source, restored):
    """Users (with their password hashes and groups) and groups with their permissions."""
    assert restored.restored["snapshot"]["accounts"] == source.snapshot["accounts"]


def test_restore_brings_back_every_row_of_every_model_and_every_media_file(source, restored):
    """Every model the backup covers has the same rows (to the microsecond), and every
    file of both media folders is back with the same checksum."""
    before, after = source.snapshot["every_model"], restored.restored["snapshot"]["every_model"]
    assert {label for label in before if before[label] != after.get(label)} == set()
    assert set(after) == set(before)
    assert restored.restored["snapshot"]["media"] == source.snapshot["media"]


def test_the_restored_installation_serves_the_site_as_before(source, restored):
    """The restored installation answers the same pages with the same titles."""
    assert {status for status, _title in source.served.values()} == {200}
    assert restored.restored["served"] == source.served


# --- Refusals ----------------------------------------------------------------------------


def test_restore_refuses_a_database_that_holds_content(source, restored):
    """A second restore into the now filled installation stops with a clear message and
    changes nothing."""
    done = restored.run("manage.py", "restore", str(source.archive))
    assert done.returncode != 0
    assert "The database is not empty" in done.stderr
    assert "--force" in done.stderr
    assert "Loaded" not in done.stdout
    assert restored.snapshot()["snapshot"]["every_model"] == source.snapshot["every_model"]


def tampered_copy(archive, folder, member):
    """The archive with one byte of `member` changed and its manifest left as it was."""
    copy = folder / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as original, tarfile.open(copy, "w:gz") as changed:
        for info in original.getmembers():
            data = original.extractfile(info).read() if info.isfile() else None
            if info.name == member:
                data = data[:-2] + bytes([data[-2] ^ 1]) + data[-1:]
            changed.addfile(info, io.BytesIO(data) if data is not None else None)
    return copy


def test_restore_refuses_an_archive_whose_checksum_does_not_match(source, restored, tmp_path):
    """An archive whose receipt was altered is refused, naming the file, before anything
    is changed, and --force does not override that."""
    copy = tampered_copy(source.archive, tmp_path, source.receipt)
    done = restored.run("manage.py", "restore", "--force", str(copy))
    assert done.returncode != 0
    assert f"checksum does not match: {source.receipt}" in done.stderr
    assert "nothing was restored" in done.stderr
    receipt = restored.private / source.receipt.removeprefix("private/")
    assert sha256(receipt.read_bytes()) == source.receipt_sha256


def test_restore_with_force_replaces_everything_in_a_database_that_holds_content(source, restored):
    """With --force, restore replaces the content of a filled database: an account added
    since is gone, and everything compares equal to the backup again."""
    restored.manage(
        "createsuperuser", "--no-input", "--username", "added-later", "--email", "a@example.org",
        DJANGO_SUPERUSER_PASSWORD="added-later-pw",
    )  # fmt: skip
    restored.manage("restore", "--force", str(source.archive))
    again = restored.snapshot()["snapshot"]
    assert again["accounts"] == source.snapshot["accounts"]
    assert again["every_model"] == source.snapshot["every_model"]
    assert again["media"] == source.snapshot["media"]


# --- A database without tables -------------------------------------------------------------


def test_restore_into_a_database_without_tables_migrates_it_to_the_backup_s_state(source, tmp_path):
    """Into a new database that was never migrated, restore first applies exactly the
    backup's migrations, then loads it: everything compares equal."""
    with new_database(connection, tmp_path, None) as url:
        installation = Installation(tmp_path, url)
        output = installation.manage("restore", str(source.archive)).stdout
        assert "migrating it to the backup's state" in output
        after = installation.snapshot()["snapshot"]
    assert after["every_model"] == source.snapshot["every_model"]
    assert after["pages"] == source.snapshot["pages"]
    assert after["media"] == source.snapshot["media"]
