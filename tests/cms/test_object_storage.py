"""Media, documents and receipts on S3-compatible object storage, against a real S3
server (moto's, tests.support.s3_server) on 127.0.0.1: the settings built from an S3_URL
as an operator writes it (cms/settings/storage.py), two buckets per test, images with
their renditions, a document download, a receipt in its private bucket read only through
the admin view, deletes, and a backup restored into the buckets."""

import hashlib
import io
import tarfile
from types import SimpleNamespace

import pytest
import requests
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page

from cms.ops.backup import restore
from cms.settings.storage import s3_config, storages
from home.models import Receipt
from tests.support.marks import indexed

pytestmark = pytest.mark.django_db

LOCATION = "office-a"
RECEIPT = b"%PDF-1.4\n% Fahrkarten zur Ausl\xc3\xa4nderbeh\xc3\xb6rde, 23,50 EUR\n%%EOF\n"


@pytest.fixture
def buckets(s3_server, settings):
    """STORAGES switched to two new buckets (media, receipts) by an S3_URL, with a key
    prefix as one office of a shared hosting has it."""
    media, private = s3_server.new_bucket("media"), s3_server.new_bucket("receipts")
    url = s3_server.s3_url(media, private_bucket=private, location=LOCATION)
    found, media_url = storages(s3_config({"S3_URL": url}), "/media/")
    settings.STORAGES = {**settings.STORAGES, **found}
    settings.MEDIA_URL = media_url
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    # What the operator's documentation asks: the public may read images, nothing else.
    s3_server.allow_public_read(media, [f"{LOCATION}/images", f"{LOCATION}/original_images"])
    return SimpleNamespace(media=media, private=private, server=s3_server, media_url=media_url)


def png(width=64, height=48):
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def stored(buckets, bucket, key):
    return buckets.server.client().get_object(Bucket=bucket, Key=key)["Body"].read()


def new_receipt(data=RECEIPT):
    submission = FormSubmission.objects.create(
        page=Page.objects.get(depth=1), form_data={"name": "Jonas Brandt"}
    )
    upload = ContentFile(data, name="fahrkarten.pdf")
    upload.detected_type = "application/pdf"
    receipt = Receipt.from_upload(submission, upload)
    receipt.save()
    return receipt


def test_an_image_and_its_rendition_are_stored_in_the_media_bucket_under_stable_urls(buckets):
    """The original and a rendition land in the media bucket under the installation's
    prefix; the rendition's URL is unsigned, under MEDIA_URL, and serves its bytes."""
    image = Image.objects.create(title="Beratung", file=ContentFile(png(), name="beratung.png"))
    rendition = image.get_rendition("fill-32x32")
    keys = buckets.server.keys(buckets.media)
    assert f"{LOCATION}/{image.file.name}" in keys
    assert f"{LOCATION}/{rendition.file.name}" in keys
    assert buckets.media_url == f"{buckets.server.endpoint_url}/{buckets.media}/{LOCATION}/"
    assert rendition.url == f"{buckets.media_url}{rendition.file.name}"
    assert "Signature" not in rendition.url
    response = requests.get(rendition.url, timeout=10)
    assert response.status_code == 200
    assert response.content == stored(buckets, buckets.media, f"{LOCATION}/{rendition.file.name}")
    assert PILImage.open(io.BytesIO(response.content)).size == (32, 32)
    assert response.headers["Cache-Control"] == "public, max-age=86400"


def test_a_second_upload_of_the_same_name_does_not_replace_the_first(buckets):
    """file_overwrite is off: an upload under a taken name gets a name of its own."""
    first = Image.objects.create(title="Eins", file=ContentFile(png(10, 10), name="bild.png"))
    second = Image.objects.create(title="Zwei", file=ContentFile(png(20, 20), name="bild.png"))
    assert first.file.name != second.file.name
    assert PILImage.open(first.file).size == (10, 10)


@indexed  # Wagtail's serve view looks up where the document is used
def test_a_public_document_is_downloaded_through_wagtails_view_from_the_bucket(buckets, client):
    """A document of the public collection is stored in the bucket and its download
    (Wagtail's serve view, not a redirect to the bucket) returns its bytes."""
    data = b"Merkblatt Sprachkurse\n" * 100
    document = Document.objects.create(
        title="Merkblatt",
        file=ContentFile(data, name="merkblatt.txt"),
        collection=Collection.objects.get(name="Öffentlich"),
    )
    assert f"{LOCATION}/{document.file.name}" in buckets.server.keys(buckets.media)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data


@indexed
def test_a_restricted_document_is_neither_downloaded_nor_read_from_the_bucket_by_anyone(
    buckets, client
):
    """A document outside the public collection: Wagtail's view refuses an anonymous
    visitor, and its object cannot be fetched from the bucket without credentials."""
    document = Document.objects.create(
        title="Intern", file=ContentFile(b"nur intern", name="intern.txt")
    )
    assert client.get(document.url).status_code in (302, 403, 404)
    public = f"{buckets.media_url}{document.file.name}"
    assert requests.get(public, timeout=10).status_code == 403


def test_a_receipt_lands_in_the_private_bucket_only_without_url_or_public_grant(buckets):
    """The receipt is written to the private bucket (private ACL), not to the media
    bucket, has no URL, and the bucket does not hand it out without credentials."""
    receipt = new_receipt()
    key = f"{LOCATION}/{receipt.file.name}"
    assert buckets.server.keys(buckets.private) == [key]
    assert not [k for k in buckets.server.keys(buckets.media) if "receipts" in k]
    assert stored(buckets, buckets.private, key) == RECEIPT
    grants = buckets.server.client().get_object_acl(Bucket=buckets.private, Key=key)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert grants[0]["Grantee"]["Type"] == "CanonicalUser"
    with pytest.raises(ValueError, match="no URL"):
        receipt.file.url  # noqa: B018
    address = f"{buckets.server.endpoint_url}/{buckets.private}/{key}"
    assert requests.get(address, timeout=10).status_code == 403


def test_the_admin_view_streams_a_receipt_from_the_bucket_to_staff_only(
    buckets, client, django_user_model
):
    """A permitted user downloads the receipt from the private bucket; an anonymous
    visitor is sent to the login and gets nothing of it."""
    receipt = new_receipt()
    url = reverse("receipt_file", args=[receipt.pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]
    client.force_login(django_user_model.objects.create_superuser("kasse", "k@example.org", "pw"))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == RECEIPT
    assert "no-store" in response["Cache-Control"]
    assert 'filename="fahrkarten.pdf"' in response["Content-Disposition"]


def test_deleting_removes_the_objects_from_the_buckets(buckets, django_capture_on_commit_callbacks):
    """Deleting a refund request deletes its receipt's object; deleting an image deletes
    its original and renditions."""
    receipt = new_receipt()
    image = Image.objects.create(title="Weg", file=ContentFile(png(), name="weg.png"))
    image.get_rendition("width-16")
    assert buckets.server.keys(buckets.private)
    assert buckets.server.keys(buckets.media)
    with django_capture_on_commit_callbacks(execute=True):
        receipt.submission.delete()
        image.delete()
    assert buckets.server.keys(buckets.private) == []
    assert buckets.server.keys(buckets.media) == []


@pytest.mark.xdist_group("backup")
def test_backup_holds_both_buckets_and_restore_writes_deleted_objects_back(buckets, tmp_path):
    """The backup holds the media and receipt objects under media/ and private/, named
    without the key prefix; objects deleted after it are back after a restore, byte for
    byte, each in its own bucket."""
    receipt = new_receipt()
    image = Image.objects.create(title="Zurück", file=ContentFile(png(), name="zurueck.png"))
    rendition = image.get_rendition("fill-16x16")
    media_keys, private_keys = (buckets.server.keys(b) for b in (buckets.media, buckets.private))
    before = {
        bucket: {key: stored(buckets, bucket, key) for key in keys}
        for bucket, keys in ((buckets.media, media_keys), (buckets.private, private_keys))
    }
    archive = tmp_path / "portal.tar.gz"
    call_command("backup", str(archive), verbosity=0)
    with tarfile.open(archive, "r:gz") as tar:
        names = {member.name for member in tar.getmembers()}
    assert {f"media/{image.file.name}", f"media/{rendition.file.name}"} <= names
    assert f"private/{receipt.file.name}" in names
    assert hashlib.sha256(RECEIPT).hexdigest() == receipt.sha256

    client = buckets.server.client()
    for bucket, keys in ((buckets.media, media_keys), (buckets.private, private_keys)):
        client.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys]})
    assert buckets.server.keys(buckets.media) == buckets.server.keys(buckets.private) == []

    if connection.vendor == "postgresql":
        # The rows this test made are checked at its (never reached) commit; PostgreSQL
        # will not TRUNCATE tables with such checks pending, so they run now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED")
    restore(archive, force=True, rebuild_index=False, log=lambda message: None)
    after = {
        bucket: {key: stored(buckets, bucket, key) for key in buckets.server.keys(bucket)}
        for bucket in (buckets.media, buckets.private)
    }
    assert after == before
    assert Receipt.objects.get(pk=receipt.pk).file.read() == RECEIPT
