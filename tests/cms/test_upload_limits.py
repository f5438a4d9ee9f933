"""Bounded uploads: receipt images and request bodies cannot exhaust a worker's memory
or disk (security issue "receipt images can exhaust memory").

Memory is measured as the growth of the process's peak resident set size during a call
(Linux: writing 5 to /proc/self/clear_refs resets the peak, /proc/self/status reports
it), after freed heap memory went back to the system (glibc's malloc_trim), so whatever a
decode allocates shows up as newly touched pages. tracemalloc is recorded too, but it sees
only Python's allocator: Pillow and libjpeg allocate pixels and DCT coefficients with C
malloc, so a decode of 88 megapixels shows there as a few kilobytes
(`test_the_measure_sees_a_decode_that_tracemalloc_misses`). Pillow's own counter of the
images it creates counts the decodes; nothing is patched.

Runs against the office's refund form built with each test (the `office_forms` fixture,
tests.support.forms_data). The request bodies' limit is proven in
test_request_body_limits.py.
"""

import ctypes
import gc
import io
import struct
import sys
import tracemalloc
import zlib
from pathlib import Path
from typing import NamedTuple

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from PIL import Image

from home.forms import (
    MAX_RECEIPT_DECODING_MEMORY,
    MAX_RECEIPT_PIXELS,
    MAX_RECEIPT_SIZE,
    MAX_RECEIPTS,
    MAX_RECEIPTS_TOTAL,
    RECEIPTS_FIELD,
)
from home.models import Receipt
from tests.support.forms_data import (
    PDF,
    REFUND,
    assert_refused,
    page_at,
    pdf,
    refund_data,
    stored_refunds,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("office_forms")]

MB = 1_000_000
CLEAR_REFS = Path("/proc/self/clear_refs")
TOO_MANY_PIXELS = "has too many pixels; we cannot check an image this large."
TOO_MANY_PIXELS_DE = "hat zu viele Pixel; ein so großes Bild können wir nicht prüfen."
TOGETHER_DE = "Die ausgewählten Belege sind zusammen"


# --- Measuring ------------------------------------------------------------------------


class Measured(NamedTuple):
    result: object
    peak: int  # growth of the peak resident set size: every allocation, C ones included
    python_peak: int  # tracemalloc's peak: Python's allocator only
    decodes: int  # images Pillow created: one per decode


def _status(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def measure(call):
    if not sys.platform.startswith("linux") or not CLEAR_REFS.exists():
        pytest.skip("measures memory through Linux's /proc/self")
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "malloc_trim"):
        pytest.skip("needs glibc's malloc_trim")
    gc.collect()
    libc.malloc_trim(0)
    CLEAR_REFS.write_text("5")
    before = _status("VmRSS")
    Image.core.reset_stats()
    tracemalloc.start()
    try:
        result = call()
        python_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    decodes = Image.core.get_stats()["new_count"]
    return Measured(result, _status("VmHWM") - before, python_peak, decodes)


# --- Files ------------------------------------------------------------------------------


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, color_type=6, depth=8):
    """A valid PNG of blank pixels, written without holding its pixels: colour type 0 is
    grey, 6 RGBA (Pillow decodes both bilevel and grey at 1 byte per pixel, RGBA at 4)."""
    channels = {0: 1, 6: 4}[color_type]
    row = bytes(1 + (width * channels * depth + 7) // 8)  # filter byte, then the pixels
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def jpeg(width, height, **options):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#f4f1ea").save(buffer, "JPEG", **options)
    return buffer.getvalue()


def upload(name, content):
    kind = "image/png" if name.endswith(".png") else "image/jpeg"
    return SimpleUploadedFile(name, content, content_type=kind)


def clean_refund_form(files, language="en"):
    """The refund form's validation alone, as the view runs it for a POST."""
    page = page_at(REFUND.format(language))
    data = {k: v for k, v in refund_data([]).items() if k != RECEIPTS_FIELD}
    with translation.override(language):
        form = page.get_form(
            data, MultiValueDict({RECEIPTS_FIELD: files}), page=page, user=AnonymousUser()
        )
        form.is_valid()
        return form, [str(message) for message in form.errors.get(RECEIPTS_FIELD, [])]


# --- Images: pixels counted before decoding, each decoded once -------------------------

# 9400 × 9400 is the audit's bomb: over our limit, under Pillow's warning (89.5 MP).
# 20000 × 20000 is over Pillow's own limit (179 MP), where Image.open raises
# DecompressionBombError. Bilevel, so each is a few kilobytes.
BOMBS = [(9400, 9400), (20000, 20000)]


@pytest.mark.parametrize(("width", "height"), BOMBS, ids=["9400x9400", "20000x20000"])
def test_pixel_bomb_is_refused_from_its_header_without_decoding(width, height):
    """A small PNG of many pixels (88 or 400 megapixels, decoding it would take 88 or
    400 MB) is refused with the pixel-count message naming the file. Its clean never
    decodes it: Pillow creates no image, and the peak memory stays under 20 MB."""
    content = png(width, height, color_type=0, depth=1)
    assert len(content) < 100_000 < MAX_RECEIPT_SIZE
    measured = measure(lambda: clean_refund_form([upload("bombe.png", content)]))
    form, messages = measured.result
    assert not form.is_valid()
    assert any(message.startswith(f"“bombe.png” {TOO_MANY_PIXELS}") for message in messages)
    assert measured.decodes == 0
    assert measured.peak < 20 * MB, f"{measured.peak / MB:.1f} MB"
    assert measured.python_peak < 5 * MB


def test_the_measure_sees_a_decode_that_tracemalloc_misses():
    """The instrument of the tests above can fail: decoding the 9400 × 9400 bomb directly
    raises the measured peak by its 88 MB of pixels (and Pillow counts one image), while
    tracemalloc's peak stays below 1 MB."""
    content = png(9400, 9400, color_type=0, depth=1)

    def decode():
        with Image.open(io.BytesIO(content)) as image:
            image.load()

    measured = measure(decode)
    assert measured.decodes == 1
    assert measured.peak > 80 * MB, f"{measured.peak / MB:.1f} MB"
    assert measured.python_peak < 1 * MB


def test_bomb_is_refused_in_a_post_and_everything_typed_stays(client, mailoutbox):
    """Sent through the form: refused with the message naming the file, the fields keep
    what was typed, the receipts field asks to choose the files again, nothing stored."""
    bomb = upload("bombe.png", png(9400, 9400, color_type=0, depth=1))
    response = client.post(REFUND.format("en"), refund_data([pdf(), bomb]))
    assert_refused(response, f"“bombe.png” {TOO_MANY_PIXELS}", mailoutbox)


@pytest.fixture(scope="module")
def maximal_receipts():
    """Ten receipts at the limits, the costliest to check that are still accepted:
    - three JPEGs in one scan at exactly MAX_RECEIPT_PIXELS (5000 × 5000, like a phone
      photo), decoded at an eighth of their size: about 2 MB each;
    - four RGBA PNGs as large as MAX_RECEIPT_DECODING_MEMORY allows (4 bytes a pixel):
      about 38 MB each;
    - three progressive JPEGs without chroma subsampling (libjpeg keeps 6 bytes of DCT
      coefficients a pixel), 2480 × 2480: about 37 MB each.
    """
    width = 3600
    height = (MAX_RECEIPT_DECODING_MEMORY - 2 * 8 * width) // (4 * width)
    photo = jpeg(5000, 5000)
    assert MAX_RECEIPT_PIXELS == 5000 * 5000
    rgba = png(width, height)
    progressive = jpeg(2480, 2480, progressive=True, subsampling=0)
    files = (
        [(f"foto-{n}.jpg", photo) for n in range(3)]
        + [(f"scan-{n}.png", rgba) for n in range(4)]
        + [(f"web-{n}.jpg", progressive) for n in range(3)]
    )
    assert len(files) == MAX_RECEIPTS
    assert sum(len(content) for _name, content in files) <= MAX_RECEIPTS_TOTAL
    return files


def test_ten_maximal_receipts_in_one_post_are_decoded_once_each_one_at_a_time(
    client, maximal_receipts
):
    """Ten receipts, each as costly to check as the limits allow (see the fixture), in one
    POST: all are accepted and stored, each is decoded exactly once (Pillow creates ten
    images), and the whole request's peak memory stays under 52 MB: one image at a time
    (at most MAX_RECEIPT_DECODING_MEMORY, 38 MB) plus the request, not ten images at once
    (380 MB). The request's share (measured: about 9 MB) includes the test client's own
    copies of the 1.5 MB body and tracemalloc's bookkeeping, which a worker does not have.

    A gunicorn worker holds about 146 MB after start (RSS measured after importing
    cms.wsgi); 146 MB + 52 MB = 198 MB, under 200 MB. The peak is also over 30 MB, or
    the measure would not have seen the decodes.
    """
    url = REFUND.format("de")
    client.get(url)  # renders the page once, so the measure holds only the POST
    files = [upload(name, content) for name, content in maximal_receipts]
    measured = measure(lambda: client.post(url, refund_data(files)))
    assert measured.result.status_code == 200
    assert stored_refunds().get().receipts.count() == MAX_RECEIPTS
    assert measured.decodes == MAX_RECEIPTS
    assert 30 * MB < measured.peak < 52 * MB, f"{measured.peak / MB:.1f} MB"
    assert measured.python_peak < 20 * MB, f"{measured.python_peak / MB:.1f} MB"


@pytest.mark.parametrize("name", ["foto.jpg", "scan.png"])
def test_truncated_images_are_still_refused_as_damaged(client, mailoutbox, name):
    """Decoding once (a JPEG at an eighth of its size) still reads all the data: a JPEG
    or PNG cut in half, whose header is intact, cannot be opened as an image."""
    content = jpeg(1200, 900) if name.endswith(".jpg") else png(1200, 900)
    cut = upload(name, content[: len(content) // 2])
    response = client.post(REFUND.format("en"), refund_data([cut]))
    assert_refused(response, f"“{name}” cannot be opened as an image", mailoutbox)


# --- All receipts of a submission together ------------------------------------------------


def pdfs_of(total):
    """Three PDFs, none over MAX_RECEIPT_SIZE, of `total` bytes together."""
    sizes = [total // 3, total // 3, total - 2 * (total // 3)]
    assert max(sizes) <= MAX_RECEIPT_SIZE
    return [pdf(f"beleg-{n}.pdf", padding=size - len(PDF)) for n, size in enumerate(sizes)]


def test_receipts_over_the_total_are_refused_and_everything_typed_stays(client, mailoutbox):
    """Three PDFs of 25 MB together plus one byte, each within its own limit: refused
    with the total and the limit; the fields keep what was typed, the receipts field asks
    to choose the files again, nothing is stored or mailed."""
    response = client.post(REFUND.format("en"), refund_data(pdfs_of(MAX_RECEIPTS_TOTAL + 1)))
    assert_refused(
        response,
        "The receipts you chose add up to 25.0\xa0MB; together they may be at most "
        "25.0\xa0MB. Please send some of them with a second form.",
        mailoutbox,
    )


def test_receipts_of_exactly_the_total_are_accepted(client):
    """Three PDFs of exactly MAX_RECEIPTS_TOTAL together are stored: the limit refuses
    only what is over it, and the body limit lets such a submission through."""
    url = REFUND.format("de")
    response = client.post(url, refund_data(pdfs_of(MAX_RECEIPTS_TOTAL)))
    assert response.status_code == 200
    assert sum(r.size for r in stored_refunds().get().receipts.all()) == MAX_RECEIPTS_TOTAL


# --- In German ------------------------------------------------------------------------


def test_new_receipt_messages_are_german_on_german_pages(client):
    """On /de/ the pixel-count and the total messages are German, naming the file and
    the sizes with German number formatting."""
    url = REFUND.format("de")
    bomb = upload("bombe.png", png(9400, 9400, color_type=0, depth=1))
    html = client.post(url, refund_data([bomb])).content.decode()
    assert f"„bombe.png“ {TOO_MANY_PIXELS_DE}" in html
    html = client.post(url, refund_data(pdfs_of(MAX_RECEIPTS_TOTAL + 1))).content.decode()
    assert f"{TOGETHER_DE} 25,0\xa0MB groß; erlaubt sind insgesamt höchstens 25,0\xa0MB" in html
    assert not Receipt.objects.filter(submission__page=page_at(url)).exists()
