"""Where files that must never be public are kept: volunteers' receipts.

They live outside MEDIA_ROOT, so no web server configured for /media/ can hand them
out; the only way to read one is the admin view that checks the user's permission.
"""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils import timezone


class PrivateStorage(FileSystemStorage):
    """File storage without URLs.

    FileSystemStorage falls back to MEDIA_URL when it has no base URL, so a template
    writing `{{ receipt.file.url }}` would print a public-looking address. Refusing
    makes such a mistake fail loudly instead.
    """

    def url(self, name):
        raise ValueError("Private files have no URL; link to the admin view that serves them.")


def private_storage():
    return PrivateStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


SUFFIXES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def receipt_path(instance, filename):
    # The sender's file name never becomes part of a path: it is kept as data only. The
    # suffix follows the type found in the content, not the one the name claims.
    suffix = SUFFIXES.get(getattr(instance, "content_type", ""), "")
    return f"receipts/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"
