"""Where files that must never be public are kept: volunteers' receipts.

They live in the storage STORAGES["private"] names: by default a folder outside
MEDIA_ROOT (PRIVATE_MEDIA_ROOT), so no web server configured for /media/ can hand them
out; with object storage, a bucket of their own that is never public
(cms/settings/storage.py). Either way the only way to read one is the admin view that
checks the user's permission.
"""

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InvalidStorageError, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone
from django.utils.functional import LazyObject, empty

PRIVATE_STORAGE_ALIAS = "private"


class NoURLMixin:
    """Storage without URLs.

    FileSystemStorage falls back to MEDIA_URL when it has no base URL, and an S3 backend
    would sign a link anybody holding it could open, so a template writing
    `{{ receipt.file.url }}` would print an address that leaks or misleads. Refusing
    makes such a mistake fail loudly instead.
    """

    def url(self, name):
        raise ValueError("Private files have no URL; link to the admin view that serves them.")


class PrivateStorage(NoURLMixin, FileSystemStorage):
    """PRIVATE_MEDIA_ROOT, read when first used (as MEDIA_ROOT is by the default storage),
    so settings that name another folder after importing these (tests, a second
    installation) are followed."""

    def __init__(self, location=None, **kwargs):
        kwargs["base_url"] = None
        super().__init__(location=location, **kwargs)

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("location", None)


class _PrivateStorageProxy(LazyObject):
    """STORAGES["private"], looked up when first used and again after the setting
    changes, as Django's default_storage is for STORAGES["default"]."""

    def _setup(self):
        try:
            self._wrapped = storages[PRIVATE_STORAGE_ALIAS]
        except InvalidStorageError:
            # Settings that replace STORAGES without naming the private storage.
            self._wrapped = PrivateStorage()


private_storage_proxy = _PrivateStorageProxy()


@receiver(setting_changed)
def _private_storage_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage_proxy._wrapped = empty


def private_storage():
    """The receipts' storage (the Receipt model's FileField calls this)."""
    return private_storage_proxy


SUFFIXES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def receipt_path(instance, filename):
    # The sender's file name never becomes part of a path: it is kept as data only. The
    # suffix follows the type found in the content, not the one the name claims.
    suffix = SUFFIXES.get(getattr(instance, "content_type", ""), "")
    return f"receipts/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"
