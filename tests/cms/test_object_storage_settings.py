"""The operator's variables for object storage (cms/settings/storage.py): what an S3_URL
and the AWS_* variables turn into, what is refused, and that nothing changes when none is
set. The storages themselves are tested against a real server in test_object_storage.py."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cms.settings.storage import s3_config, storages
from tests.support.marks import database_independent

pytestmark = database_independent

URL = "s3://AKIA%2FX:se%40cret@minio.example.org:9000/media?private_bucket=receipts&region=eu-central-1&location=luebeck/"


def test_without_variables_media_and_receipts_stay_on_the_local_disk():
    """No bucket named: FileSystemStorage for media, PrivateStorage for receipts, MEDIA_URL
    as it was, and Wagtail's own choice of how documents are served."""
    assert s3_config({}) == {}
    assert storages({}, "/media/") == (
        {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": {"BACKEND": "home.storage.PrivateStorage"},
        },
        "/media/",
    )
    assert settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    assert settings.STORAGES["private"]["BACKEND"] == "home.storage.PrivateStorage"


def test_an_s3_url_names_server_credentials_both_buckets_and_the_prefix():
    """Scheme, percent-encoded key and secret, host with port, bucket, and the query's
    private bucket, region and key prefix become the two storages' options; media URLs
    are unsigned, not overwriting, with no ACL, and point at the bucket on the server."""
    found, media_url = storages(s3_config({"S3_URL": URL}), "/media/")
    media, private = found["default"]["OPTIONS"], found["private"]["OPTIONS"]
    assert found["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert found["private"]["BACKEND"] == "home.storage_s3.PrivateS3Storage"
    shared = {
        "endpoint_url": "https://minio.example.org:9000",
        "access_key": "AKIA/X",
        "secret_key": "se@cret",
        "region_name": "eu-central-1",
        "location": "luebeck",
        "addressing_style": "path",
        "file_overwrite": False,
    }
    assert shared.items() <= media.items()
    assert shared.items() <= private.items()
    assert (media["bucket_name"], private["bucket_name"]) == ("media", "receipts")
    assert media["querystring_auth"] is False
    assert media["default_acl"] is None
    assert "default_acl" not in private and "custom_domain" not in private
    assert media_url == "https://minio.example.org:9000/media/luebeck/"


def test_the_aws_variables_win_and_an_absolute_media_url_is_the_public_domain():
    """AWS_* variables override the S3_URL's parts; an absolute MEDIA_URL (a CDN) becomes
    the domain of media URLs, followed by the key prefix."""
    environ = {
        "S3_URL": URL,
        "AWS_STORAGE_BUCKET_NAME": "office-media",
        "AWS_LOCATION": "lueneburg",
        "AWS_DEFAULT_ACL": "public-read",
    }
    found, media_url = storages(s3_config(environ), "https://cdn.example.org/portal/")
    media = found["default"]["OPTIONS"]
    assert (media["bucket_name"], media["location"], media["default_acl"]) == (
        "office-media",
        "lueneburg",
        "public-read",
    )
    assert (media["url_protocol"], media["custom_domain"]) == ("https:", "cdn.example.org/portal")
    assert media_url == "https://cdn.example.org/portal/lueneburg/"


def test_on_aws_without_an_endpoint_media_urls_use_the_bucket_s_regional_host():
    found, media_url = storages(
        s3_config({"AWS_STORAGE_BUCKET_NAME": "portal", "AWS_S3_REGION_NAME": "eu-central-1"}),
        "/media/",
    )
    assert "endpoint_url" not in found["default"]["OPTIONS"]
    assert found["private"]["BACKEND"] == "home.storage.PrivateStorage"
    assert media_url == "https://portal.s3.eu-central-1.amazonaws.com/"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"S3_URL": "https://minio/media"}, "S3_URL must look like"),
        ({"S3_URL": "s3://minio/media?bucket=x"}, "unknown parameters: bucket"),
        ({"AWS_S3_REGION_NAME": "eu-central-1"}, "needs AWS_STORAGE_BUCKET_NAME"),
        ({"S3_URL": "s3://minio/media?private_bucket=media"}, "bucket of their own"),
    ],
)
def test_settings_that_cannot_work_or_would_mix_receipts_into_media_are_refused(environ, message):
    """A URL of another scheme, an unknown parameter, variables without a bucket, and
    receipts in the media bucket stop the start with a message."""
    with pytest.raises(ImproperlyConfigured, match=message):
        s3_config(environ)


def test_the_settings_read_s3_url_from_the_environment_and_admit_the_media_host():
    """Started with S3_URL in its environment, the portal's settings put media and
    receipts in the buckets, set MEDIA_URL to the bucket's address, have documents served
    by Wagtail's view, and the content security policy admits the media host."""
    script = (
        "import json; from django.conf import settings as s; print(json.dumps(["
        "s.STORAGES['default']['OPTIONS']['bucket_name'], "
        "s.STORAGES['private']['OPTIONS']['bucket_name'], s.MEDIA_URL, "
        "s.WAGTAILDOCS_SERVE_METHOD, s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]))"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        S3_URL="s3+http://k:s@127.0.0.1:9000/media?private_bucket=receipts&location=office-a",
        MEDIA_URL="/media/",
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    media, private, media_url, serve, images = json.loads(done.stdout)
    assert (media, private) == ("media", "receipts")
    assert media_url == "http://127.0.0.1:9000/media/office-a/"
    assert serve == "serve_view"
    assert "http://127.0.0.1:9000" in images
