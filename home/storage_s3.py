"""The receipts' bucket on S3-compatible object storage (cms/settings/storage.py).

A module of its own so that boto3 is imported only by installations that use it.
"""

from storages.backends.s3 import S3Storage

from home.storage import NoURLMixin


class PrivateS3Storage(NoURLMixin, S3Storage):
    """A bucket no object of which is ever made readable by URL: objects are written with
    the private ACL (whatever AWS_DEFAULT_ACL says for media) and no URL, signed or not,
    is given out."""

    default_acl = "private"
    querystring_auth = True
    file_overwrite = False
