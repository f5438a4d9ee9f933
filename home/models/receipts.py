"""Receipts uploaded with refund requests, kept in private storage."""

import hashlib

from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from home.forms import detect_type
from home.storage import private_storage, receipt_path


class Receipt(models.Model):
    """A receipt uploaded with a refund request; readable only through the admin."""

    submission = models.ForeignKey(
        "wagtailforms.FormSubmission",
        on_delete=models.CASCADE,
        related_name="receipts",
        verbose_name=_("submission"),
    )
    file = models.FileField(_("file"), upload_to=receipt_path, storage=private_storage)
    original_name = models.CharField(_("file name as sent"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        ordering = ["submission", "pk"]

    def __str__(self):
        return self.original_name

    @classmethod
    def from_upload(cls, submission, upload):
        """An unsaved receipt whose file is already written to private storage."""
        digest = hashlib.sha256()
        for chunk in upload.chunks():
            digest.update(chunk)
        upload.seek(0)
        receipt = cls(
            submission=submission,
            original_name=upload.name[:255],
            content_type=getattr(upload, "detected_type", None) or detect_type(upload) or "",
            size=upload.size,
            sha256=digest.hexdigest(),
        )
        receipt.file.save(upload.name, upload, save=False)
        return receipt


@receiver(post_delete, sender=Receipt)
def delete_receipt_file(sender, instance, **kwargs):
    # Deleting a submission deletes its receipts; their files must not outlive them.
    # After the commit, so a rolled-back delete keeps the file.
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
