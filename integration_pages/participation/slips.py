"""The sheet of code slips the office prints: A4, ten slips a page, cut along dashed lines.

Each slip carries one code with what someone needs to use it: the process, the closing
date, the page's address as text and as a QR code. The PDF is made with fpdf2 and its core
fonts, so nothing but the codes goes into the file; core fonts know latin-1 only, which
covers German (see `latin1`). The text is German: the office hands the slips out here.
"""

import math
import unicodedata

import segno
from django.utils import timezone
from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos

COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
MARGIN = 10  # mm around the slips: most printers cannot print to the edge
PADDING = 4  # mm inside a slip
QR_SIZE = 30  # mm, quiet zone included
QR_BORDER = 4  # modules of quiet zone, as the standard asks
NOTE = "Jeder Code gilt für eine Stimme."

# Characters outside latin-1 that texts typed in the admin commonly hold.
_ASCII = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2039": "<",
    "\u203a": ">",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "-",
    "\u2192": "->",
    "\u20ac": "EUR",
    # Letters NFKD does not take apart.
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
    "\u0131": "i",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
}


def latin1(text):
    """`text` in latin-1, which fpdf2's core fonts can show: German umlauts and ß stay,
    typographic quotes and dashes become their ASCII forms, letters with accents outside
    latin-1 lose them, anything else becomes '?'."""
    out = []
    for ch in str(text):
        if ord(ch) < 256:
            out.append(ch)
        elif ch in _ASCII:
            out.append(_ASCII[ch])
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 256 and c.isprintable()
            )
            out.append(base or "?")
    return "".join(out)


def closing_text(process):
    closes = timezone.localtime(process.closes_at)
    return f"Mitmachen bis {closes:%d.%m.%Y}, {closes:%H:%M} Uhr"


class SlipSheet(FPDF):
    """The sheet; `pages_count` tells how many pages it has."""

    def __init__(self, process, codes, url):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        if not codes:
            raise ValueError("There are no codes to print.")
        self.process = process
        self.url = url
        self.set_title(f"Codes: {process.title}")
        self.set_subject("Einmal-Codes für die Online-Priorisierung")
        self.set_lang("de")
        self.set_creator("integration_pages")
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN)
        self.slip_w = (self.w - 2 * MARGIN) / COLUMNS
        self.slip_h = (self.h - 2 * MARGIN) / ROWS
        self.title_text = latin1(process.title)
        self.closing = latin1(closing_text(process))
        self.url_text = latin1(url)
        self.qr = segno.make(url, error="m", micro=False).matrix
        for start in range(0, len(codes), PER_PAGE):
            self.add_page()
            page = codes[start : start + PER_PAGE]
            self._cut_lines(math.ceil(len(page) / COLUMNS))
            for index, code in enumerate(page):
                row, column = divmod(index, COLUMNS)
                self._slip(MARGIN + column * self.slip_w, MARGIN + row * self.slip_h, latin1(code))

    def _cut_lines(self, rows):
        """Dashed lines around and between the slips of `rows` rows."""
        self.set_draw_color(140)
        self.set_line_width(0.2)
        self.set_dash_pattern(dash=2, gap=1.5)
        bottom = MARGIN + rows * self.slip_h
        for row in range(rows + 1):
            y = MARGIN + row * self.slip_h
            self.line(MARGIN, y, self.w - MARGIN, y)
        for column in range(COLUMNS + 1):
            x = MARGIN + column * self.slip_w
            self.line(x, MARGIN, x, bottom)
        self.set_dash_pattern()
        self.set_draw_color(0)

    def _lines(self, text, width, height, most, wrapmode=WrapMode.WORD):
        """`text` wrapped to `width`, at most `most` lines, the last shortened with '...'."""
        lines = self.multi_cell(
            width, height, text, dry_run=True, output="LINES", wrapmode=wrapmode
        )
        if len(lines) <= most:
            return lines
        kept = lines[:most]
        last = kept[-1]
        while last and self.get_string_width(last + "...") > width - 2 * self.c_margin:
            last = last[:-1]
        kept[-1] = last.rstrip() + "..."
        return kept

    def _text(self, x, y, width, height, lines):
        for line in lines:
            self.set_xy(x, y)
            self.cell(width, height, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y += height
        return y

    def _slip(self, x, y, code):
        text_w = self.slip_w - 2 * PADDING - QR_SIZE - 2
        left = x + PADDING
        top = y + PADDING

        self.set_font("Helvetica", "B", 10)
        lines = self._lines(self.title_text, text_w, 4.5, 2)
        cursor = self._text(left, top, text_w, 4.5, lines) + 1.5

        self.set_font("Helvetica", "", 7)
        cursor = self._text(left, cursor, text_w, 3, ["Ihr Code:"])
        self.set_font("Courier", "B", 17)
        cursor = self._text(left, cursor, text_w, 8, [code]) + 1

        self.set_font("Helvetica", "", 8)
        cursor = self._text(left, cursor, text_w, 4, [self.closing]) + 1.5
        self.set_font("Helvetica", "", 7)
        cursor = self._text(left, cursor, text_w, 3, ["Code eingeben auf:"])
        self._text(left, cursor, text_w, 3, self._lines(self.url_text, text_w, 3, 3, WrapMode.CHAR))

        self.set_font("Helvetica", "B", 8)
        self._text(
            left, y + self.slip_h - PADDING - 4, self.slip_w - 2 * PADDING, 4, [latin1(NOTE)]
        )

        self._qr(x + self.slip_w - PADDING - QR_SIZE, top - 1)

    def _qr(self, x, y):
        """The QR code of the page's address, its dark modules as filled rectangles (one
        per run of a row)."""
        size = len(self.qr)
        module = QR_SIZE / (size + 2 * QR_BORDER)
        x += QR_BORDER * module
        y += QR_BORDER * module
        self.set_fill_color(0)
        for r, row in enumerate(self.qr):
            c = 0
            while c < size:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < size and row[c]:
                    c += 1
                # A hair wider and taller: no white seams between the rectangles on screen.
                self.rect(
                    x + start * module,
                    y + r * module,
                    (c - start) * module + 0.01,
                    module + 0.01,
                    style="F",
                )


def slip_sheet(process, codes, url):
    """The sheet as an fpdf2 document (`.pages_count`, `.output()`)."""
    return SlipSheet(process, list(codes), url)


def slips_pdf(process, codes, url):
    """The sheet of slips for `codes` (printed form) as PDF bytes: A4, ten a page."""
    return bytes(slip_sheet(process, codes, url).output())
