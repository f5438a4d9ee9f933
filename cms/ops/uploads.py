"""Documents are checked by their content, not their name: a program renamed to
``bericht.pdf`` is refused. Images are checked by Wagtail itself (format by content,
pixel count before decoding, size), with SVG left out of the allowed extensions."""

from pathlib import Path

import filetype
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# What filetype may find inside a file of each allowed extension. Office formats are zip
# containers, which filetype names as the format or as plain zip.
CONTENT_KINDS = {
    "pdf": {"pdf"},
    "docx": {"docx", "zip"},
    "xlsx": {"xlsx", "zip"},
    "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"},
    "zip": {"zip"},
    "mp4": {"mp4", "m4v"},
    "webm": {"webm"},
    "rtf": {"rtf"},
}
# Plain text has no signature: it must not look like any known binary and hold no NUL.
TEXT_EXTENSIONS = {"csv", "txt"}
SNIFF_BYTES = 65536


def content_matches_extension(upload) -> bool:
    extension = Path(upload.name).suffix.lower().lstrip(".")
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    if extension in TEXT_EXTENSIONS:
        return kind is None and b"\x00" not in head
    return kind is not None and kind.extension in CONTENT_KINDS.get(extension, set())


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a new upload is checked; editing a document's title keeps its file.
        if upload and hasattr(upload, "content_type") and not content_matches_extension(upload):
            raise forms.ValidationError(
                _(
                    "The content of “%(name)s” does not match its file type. Upload the "
                    "document in the format its name says (e.g. a real PDF for .pdf)."
                ),
                code="content_mismatch",
                params={"name": Path(upload.name).name},
            )
        return upload

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new document is offered the public collection, not the root: the root is
        # not served to the public (integration_pages.wagtail_hooks).
        field = self.fields.get("collection")
        if field is not None and self.instance._state.adding:
            public = public_collection(field.queryset)
            if public is not None:
                self.initial["collection"] = public.pk


def public_collection(collections=None):
    """The collection for public downloads (settings.DOCUMENTS_PUBLIC_COLLECTION) among
    `collections`, or None."""
    from wagtail.models import Collection

    collections = Collection.objects.all() if collections is None else collections
    return collections.filter(name=settings.DOCUMENTS_PUBLIC_COLLECTION, depth=2).first()
