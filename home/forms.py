"""The public side of editor-built forms: spam protection, receipts, nothing typed is lost.

Wagtail's form builder makes one Django form class per page from the fields editors
chose. The builders here add what every form of the portal needs: a honeypot, the
right `autocomplete` tokens, amounts typed the way the reader writes numbers and, on
refund forms, the receipt upload with its checks.

The honeypot is our own: django-honeypot works through a template tag and a view
decorator, which do not reach the form class Wagtail's form builder makes per page.
"""

import filetype
from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from PIL import Image
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# Names with a hyphen: Wagtail's clean names are snake_case, so no field an editor
# adds can take one of these names over.
HONEYPOT_FIELD = "website-url"
RECEIPTS_FIELD = "receipt-files"

MAX_RECEIPTS = 10
MAX_RECEIPT_SIZE = 10 * 1024 * 1024
# The type found in the content, and the Pillow format an image of that type must have.
RECEIPT_TYPES = {"application/pdf": None, "image/jpeg": "JPEG", "image/png": "PNG"}

# Per address and form page: enough for someone correcting typos, too few for a flood.
SUBMISSION_RATE = "5/10m"

# Wagtail's clean names of the usual personal fields, mapped to HTML autocomplete tokens
# (WCAG 1.3.5), so browsers and assistive tools can fill them in.
AUTOCOMPLETE = {
    "name": "name",
    "ihr_name": "name",
    "vorname": "given-name",
    "nachname": "family-name",
    "e_mail": "email",
    "email": "email",
    "telefon": "tel",
    "telefonnummer": "tel",
}

RESELECT_FILES = _(
    "Please choose your receipts again: after an error, browsers do not keep the files you chose."
)


def detect_type(upload):
    """The MIME type the file's content shows, whatever its name claims; None if unknown."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def image_is_sound(upload, pillow_format):
    """True if Pillow can read the whole image: a truncated or forged one fails."""
    try:
        with Image.open(upload) as image:
            if image.format != pillow_format:
                return False
            image.verify()
        # verify() leaves the image unusable and does not decode JPEG data; decoding
        # once more finds truncated files.
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
    except Exception:  # Pillow raises many kinds for broken data, bombs included
        return False
    finally:
        upload.seek(0)
    return True


class HoneypotField(forms.CharField):
    """A text field people never see (CSS moves it away, its wrapper is aria-hidden and
    it takes no focus from the keyboard); programs that fill every field fill it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
        )
        super().__init__(required=False, **kwargs)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ReceiptsField(forms.FileField):
    """Several receipts at once, each checked by its content (Django's documented
    pattern for uploading multiple files)."""

    default_error_messages = {
        "required": _("Please choose at least one receipt (PDF, JPEG or PNG)."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/*"}),
        )
        kwargs.setdefault("label", _("Receipts"))
        kwargs.setdefault(
            "help_text",
            _(
                "PDF, JPEG or PNG, at most %(size)s per file and %(count)d files at once. "
                "You can choose several files in the file dialogue."
            )
            % {"size": filesizeformat(MAX_RECEIPT_SIZE), "count": MAX_RECEIPTS},
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploads = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not uploads:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(uploads) > MAX_RECEIPTS:
            raise ValidationError(
                ngettext(
                    "You can send at most %(max)d receipt at once; you chose %(count)d.",
                    "You can send at most %(max)d receipts at once; you chose %(count)d.",
                    MAX_RECEIPTS,
                ),
                code="too_many",
                params={"max": MAX_RECEIPTS, "count": len(uploads)},
            )
        errors = []
        for upload in uploads:
            try:
                self.check_receipt(upload)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return uploads

    def check_receipt(self, upload):
        """Checks one file; keeps the type it found on the upload for storing."""
        name = upload.name
        if not upload.size:
            raise ValidationError(
                _("“%(name)s” is empty. Please choose the file again."),
                code="empty",
                params={"name": name},
            )
        if upload.size > MAX_RECEIPT_SIZE:
            raise ValidationError(
                _(
                    "“%(name)s” is %(size)s; each receipt may be at most %(max)s. A scan "
                    "or photo with a lower resolution is usually small enough."
                ),
                code="too_large",
                params={
                    "name": name,
                    "size": filesizeformat(upload.size),
                    "max": filesizeformat(MAX_RECEIPT_SIZE),
                },
            )
        detected = detect_type(upload)
        if detected not in RECEIPT_TYPES:
            raise ValidationError(
                _(
                    "“%(name)s” is not a PDF, JPEG or PNG file (we check what the file "
                    "contains, not its name). Please send your receipt in one of these "
                    "formats."
                ),
                code="wrong_type",
                params={"name": name},
            )
        pillow_format = RECEIPT_TYPES[detected]
        if pillow_format and not image_is_sound(upload, pillow_format):
            raise ValidationError(
                _(
                    "“%(name)s” cannot be opened as an image; it may be damaged or "
                    "incomplete. Please take the photo or make the scan again."
                ),
                code="damaged",
                params={"name": name},
            )
        upload.detected_type = detected


class PortalForm(BaseForm):
    """Every public form: the honeypot, an error summary, typed values kept."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = HoneypotField()
        # A message refusing the whole submission before it was checked (rate limit).
        self.refusal = None

    def clean(self):
        cleaned_data = super().clean()
        # Never stored or mailed, whatever it holds.
        if cleaned_data.pop(HONEYPOT_FIELD, ""):
            raise ValidationError(
                _(
                    "Your form could not be sent: a field meant to stay empty was filled in, "
                    "perhaps automatically by your browser. Please send the form again."
                ),
                code="honeypot",
            )
        return cleaned_data

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def shown_fields(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]

    def keep_typed(self, data):
        """Show what was typed without checking it, for a refusal before validation."""
        self.initial = {
            name: field.widget.value_from_datadict(data, {}, self.add_prefix(name))
            for name, field in self.fields.items()
            if name not in (HONEYPOT_FIELD, RECEIPTS_FIELD)
        }

    def error_summary(self):
        """What is wrong, for the list at the top: (link target or "", label, message)."""
        items = [("", "", self.refusal)] if self.refusal else []
        if not self.is_bound:
            return items
        items += [("", "", message) for message in self.non_field_errors()]
        for field in self.shown_fields:
            # Radio buttons and checkboxes have no single id; the first option stands in.
            target = field.id_for_label or f"{field.auto_id}_0"
            items += [(target, field.label, message) for message in field.errors]
        return items


class RefundForm(PortalForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[RECEIPTS_FIELD] = ReceiptsField()

    def full_clean(self):
        super().full_clean()
        # Whatever went wrong, the files sent are gone from the re-rendered page.
        sent = self.files.getlist(self.add_prefix(RECEIPTS_FIELD)) if self.files else []
        if self.errors and sent:
            self.add_error(RECEIPTS_FIELD, ValidationError(RESELECT_FILES, code="reselect"))

    @property
    def receipts(self):
        return self.cleaned_data.get(RECEIPTS_FIELD, [])


class PortalFormBuilder(FormBuilder):
    form_class = PortalForm

    @property
    def formfields(self):
        fields = super().formfields
        for name, field in fields.items():
            token = AUTOCOMPLETE.get(name)
            if token is None and isinstance(field, forms.EmailField):
                token = "email"
            if token:
                field.widget.attrs["autocomplete"] = token
        return fields

    def create_number_field(self, field, options):
        # Typed as the reader writes numbers ("23,50" in German, "23.50" in English):
        # a localised text input, which also works where number inputs reject commas.
        options["localize"] = True
        options.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        return forms.DecimalField(**options)

    def get_form_class(self):
        return type("WagtailForm", (self.form_class,), self.formfields)


class RefundFormBuilder(PortalFormBuilder):
    form_class = RefundForm
