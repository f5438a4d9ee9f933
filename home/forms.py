"""The public side of editor-built forms: spam protection, receipts, nothing typed is lost.

Wagtail's form builder makes one Django form class per page from the fields editors
chose. The builders here add what every form of the portal needs: a honeypot, the
right `autocomplete` tokens, amounts typed the way the reader writes numbers and, on
refund forms, the receipt upload with its checks.

The honeypot is our own: django-honeypot works through a template tag and a view
decorator, which do not reach the form class Wagtail's form builder makes per page.
"""

import io
import math

import filetype
from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from PIL import Image
from wagtail.admin.widgets.datetime import AdminDateInput, AdminDateTimeInput
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home.admin_dates import PLACEHOLDERS

# Names with a hyphen: Wagtail's clean names are snake_case, so no field an editor
# adds can take one of these names over.
HONEYPOT_FIELD = "website-url"
RECEIPTS_FIELD = "receipt-files"

MAX_RECEIPTS = 10
MAX_RECEIPT_SIZE = 10 * 1024 * 1024
# All receipts of one submission together: a month of tickets and shop receipts as phone
# photos (2–5 MB each) fits; ten files of the full 10 MB do not. Checked before any file
# is opened, so a submission over it costs no decoding at all.
MAX_RECEIPTS_TOTAL = 25 * 1024 * 1024
# Pixels an image receipt may have, read from its header before anything is decoded.
# Phones take 12–24 megapixels by default (recent iPhones 24 MP, 5712 × 4284; most others
# 12 or 20 MP), and all of them pass; a receipt is legible at a tenth of that. Pillow's
# own bomb limit (89 MP) lets through a PNG of 343 KB that takes 334 MB to decode.
MAX_RECEIPT_PIXELS = 25_000_000
# Memory the check of one image may take while it decodes, estimated from the header
# (`decoding_memory`); images are checked one after the other. A gunicorn worker holds
# about 146 MB after start; with this and the request's own few MB it stays under 200 MB.
# A phone photo needs about 2 MB (JPEGs are decoded at an eighth of their width and
# height). Still accepted: PNGs in colour up to 9 megapixels (an A4 page scanned at
# 300 dpi, a 4K screenshot) and progressive colour JPEGs up to 6 to 12 megapixels,
# depending on their colour subsampling; larger ones are refused as too many pixels.
MAX_RECEIPT_DECODING_MEMORY = 36 * 1024 * 1024
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


def jpeg_first_scan_components(upload):
    """How many colour components the first scan of a JPEG holds, read from the markers
    before it; None if these cannot be walked (junk between them, a cut-off file)."""
    upload.seek(2)  # after the start-of-image marker
    while True:
        marker = upload.read(2)
        while marker[1:] == b"\xff":  # fill bytes before a marker
            marker = marker[1:] + upload.read(1)
        length = upload.read(2)
        if len(marker) < 2 or marker[0] != 0xFF or len(length) < 2:
            return None
        if marker[1] == 0xDA:  # start of scan: length, then the number of components
            count = upload.read(1)
            return count[0] if count else None
        if int.from_bytes(length, "big") < 2:
            return None
        upload.seek(int.from_bytes(length, "big") - 2, io.SEEK_CUR)


def decoding_memory(image, upload):
    """Bytes that decoding `image` takes, estimated from its header alone."""
    width, height = image.size
    if image.format == "PNG":
        # Pillow holds 1 byte per pixel for bilevel, grey and palette images, 2 for 16-bit
        # grey, 4 for all others; the decoder two rows of at most 8 bytes per pixel.
        per_pixel = {"1": 1, "L": 1, "P": 1}.get(image.mode, 2 if "I;16" in image.mode else 4)
        return width * height * per_pixel + 2 * 8 * width
    # JPEG, decoded at an eighth of its width and height (see check_image): 4 bytes per
    # pixel of that. libjpeg decodes a file of one scan block by block, but must keep every
    # DCT coefficient (2 bytes) of every component of a progressive file or of one whose
    # first scan lacks some components, whatever the scale.
    memory = math.ceil(width / 8) * math.ceil(height / 8) * 4
    if image.info.get("progressive") or jpeg_first_scan_components(upload) != image.layers:
        h_max = max([1] + [h for _id, h, _v, _table in image.layer])
        v_max = max([1] + [v for _id, _h, v, _table in image.layer])
        for _id, h, v, _table in image.layer:
            columns = math.ceil(math.ceil(width * h / (h_max * 8)) / max(h, 1)) * max(h, 1)
            rows = math.ceil(math.ceil(height * v / (v_max * 8)) / max(v, 1)) * max(v, 1)
            memory += columns * rows * 64 * 2
    return memory


def check_image(upload, pillow_format):
    """What is wrong with an image receipt: "too_many_pixels", "damaged" or None.

    Opening reads only the header. The image is decoded only if its pixels and the memory
    decoding takes are within the limits, and then once, in full: a truncated or forged
    file fails (Pillow's LOAD_TRUNCATED_IMAGES stays off). A JPEG is decoded at an eighth
    of its size, which still reads and checks all of its data.
    """
    upload.seek(0)
    try:
        with Image.open(upload, formats=[pillow_format]) as image:
            if image.format != pillow_format:
                return "damaged"
            width, height = image.size
            if width * height > MAX_RECEIPT_PIXELS:
                return "too_many_pixels"
            if decoding_memory(image, upload) > MAX_RECEIPT_DECODING_MEMORY:
                return "too_many_pixels"
            if pillow_format == "JPEG":
                image.draft(None, (max(1, width // 8), max(1, height // 8)))
            image.load()
    # Pillow refuses images of more than 179 megapixels while opening them; over 89 it
    # only warns, and warnings raised as errors land here too.
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return "too_many_pixels"
    except Exception:  # Pillow raises many kinds for broken data
        return "damaged"
    finally:
        upload.seek(0)
    return None


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
        total = sum(upload.size for upload in uploads)
        if total > MAX_RECEIPTS_TOTAL:
            raise ValidationError(
                _(
                    "The receipts you chose add up to %(size)s; together they may be at most "
                    "%(max)s. Please send some of them with a second form."
                ),
                code="too_large_together",
                params={"size": filesizeformat(total), "max": filesizeformat(MAX_RECEIPTS_TOTAL)},
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
        problem = check_image(upload, pillow_format) if pillow_format else None
        if problem == "too_many_pixels":
            raise ValidationError(
                _(
                    "“%(name)s” has too many pixels; we cannot check an image this large. "
                    "Please send a photo or scan with a lower resolution."
                ),
                code="too_many_pixels",
                params={"name": name},
            )
        if problem:
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

    # Dates as the reader writes them ("15.01.2026" in German, or ISO), read by the
    # localised input formats (cms/formats); the placeholder shows the expected form, and
    # what cannot be read is refused beside the field, never replaced.
    def create_date_field(self, field, options):
        placeholder = PLACEHOLDERS[AdminDateInput]
        attrs = {"placeholder": placeholder, "inputmode": "numeric"}
        options.setdefault("widget", forms.DateInput(attrs=attrs))
        return forms.DateField(**options)

    def create_datetime_field(self, field, options):
        attrs = {"placeholder": PLACEHOLDERS[AdminDateTimeInput]}
        options.setdefault("widget", forms.DateTimeInput(attrs=attrs))
        return forms.DateTimeField(**options)

    def get_form_class(self):
        return type("WagtailForm", (self.form_class,), self.formfields)


class RefundFormBuilder(PortalFormBuilder):
    form_class = RefundForm
