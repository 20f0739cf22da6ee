"""Build the papers that break indexers: empty, truncated, disguised, locked, huge, scanned.

Each builder writes one real file and returns its path, so a test can drop a hostile
paper into a folder next to good ones and index the lot, exactly as a user's batch would
meet it. Nothing here is a mock: the PDFs are made with reportlab, the scans are text
drawn onto an image and embedded, so pdfplumber, pdfium and Tesseract all see the real
thing.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.paperkit import write_pdf

# Fonts that carry ligatures, smart quotes and accents; reportlab's own Vera is the fallback.
_UNICODE_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]
_REPORTLAB_FONTS = Path(__import__("reportlab").__file__).parent / "fonts"

MINUTES = [
    "Parish Council",
    "Minutes of the meeting held on 3 March 2021 at the Village Hall",
    "Present: Cllr Ann Hughes (Chair), Cllr Tom Price",
    "1. Apologies for absence",
    "None were received.",
    "2. Footpath repairs",
    "The clerk reported on the footpath repairs by the river.",
    "Resolved: the clerk to obtain three quotes for the footpath repairs.",
]


def good_minutes(path: Path, marker: str = "footpath") -> Path:
    """An ordinary, readable set of minutes; ``marker`` is a word a test can search for."""
    lines = [line.replace("footpath", marker) for line in MINUTES]
    return write_pdf(path, [lines])


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated(path: Path, source: Path, keep: float = 0.5) -> Path:
    """The first part of a real PDF, as a failed download or an interrupted copy leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[: max(16, int(len(data) * keep))])
    return path


def random_bytes(path: Path, size: int = 64 * 1024, seed: int = 8, header: bool = False) -> Path:
    """Noise named .pdf; with ``header`` it even starts with %PDF-1.7, as a corrupt file might."""
    noise = random.Random(seed).randbytes(size)
    path.write_bytes((b"%PDF-1.7\n" if header else b"") + noise)
    return path


def html_named_pdf(path: Path) -> Path:
    """What a council website serves instead of the PDF when the link has expired."""
    path.write_text(
        "<!DOCTYPE html><html><head><title>Page not found</title></head>"
        "<body><h1>Sorry, we cannot find that document</h1></body></html>",
        encoding="utf-8",
    )
    return path


def encrypted(path: Path, user_password: str = "", lines: list[str] | None = None) -> Path:
    """A PDF locked by its publisher; an empty user password opens to anyone (print-only locks)."""
    lock = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=1, strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=lock, invariant=1)
    _draw_lines(c, lines or MINUTES)
    c.showPage()
    c.save()
    return path


def many_pages(path: Path, pages: int = 1000, seed: int = 1000) -> Path:
    """A long pack: a numbered item per page with its own paragraph, header and footer.

    Titles and sentences are drawn from pools so no two pages read alike; otherwise the
    running-header rule would rightly strip the repeating lines.
    """
    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    width, height = A4
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(72, height - 40, "Finance Committee - 1 April 2022")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, height - 80, f"{number}. {rng.choice(_TOPICS)} ({rng.choice(_PLACES)})")
        c.setFont("Helvetica", 11)
        y = height - 100
        sentences = rng.sample(_SENTENCES, 4)
        for line in _wrap(" ".join(s.format(place=rng.choice(_PLACES)) for s in sentences), 90):
            c.drawString(72, y, line)
            y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(width / 2 - 20, 30, f"Page {number} of {pages}")
        c.showPage()
    c.save()
    return path


_TOPICS = [
    "Capital programme",
    "Revenue budget monitoring",
    "Treasury management",
    "Highways maintenance",
    "Library opening hours",
    "Adult social care charges",
    "School transport review",
    "Council tax support scheme",
    "Waste collection contract",
    "Flood defence works",
    "Parks and open spaces",
    "Housing repairs backlog",
]
_PLACES = ["Ashby", "Brindle", "Carnforth", "Dalton", "Eccleston", "Fleetwood", "Garstang", "Hesketh", "Ince"]
_SENTENCES = [
    "The committee considered the report of the Director of Finance on the work at {place}.",
    "Members asked for a further update on {place} at the next meeting.",
    "The Chair thanked the officers for a clear and thorough report.",
    "Councillor Hughes asked whether the cost at {place} would rise next year.",
    "The Head of Service undertook to circulate a breakdown of spending by ward.",
    "It was noted that the contract at {place} had been extended for twelve months.",
    "Resolved: that the report be noted and the recommendations approved.",
    "The committee agreed to review the figures for {place} in the spring.",
]


def one_long_line(path: Path, megabytes: float = 10) -> Path:
    """One page whose single text line holds ``megabytes`` of text (a broken export does this)."""
    word = "budget "
    text = word * int(megabytes * 1024 * 1024 / len(word))
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Minutes of the Budget Committee")
    c.drawString(72, 680, text)
    c.showPage()
    c.save()
    return path


ODD_LINES = [
    "Community Council",
    "Minutes of the meeting held on 5 May 2022",
    "Present: Cllr \u201cSiobh\u00e1n\u201d O\u2019Neill (Chair), Cllr D\u00e9clan Ma\u00f1ana",
    "1. Of\ufb01cers\u2019 report on the \ufb02ood de\ufb01nitions",
    "The of\ufb01cer\u00a0reported\u00a0that the\u200f \u200eriver \u202bwall\u202c was repaired.",
    "Cllr O\u2019Neill asked about the \u2018Green\u2019 \ufb01eld and the \u201cflood map\u201d.",
]


def odd_unicode(path: Path) -> Path:
    """Ligatures (ﬁ ﬂ), non-breaking spaces, right-to-left marks and smart quotes in names."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _draw_lines(c, ODD_LINES, font=_unicode_font())
    c.showPage()
    c.save()
    return path


def scanned(path: Path, pages: list[list[str]], dpi: int = 200) -> Path:
    """An image-only PDF, as a photocopier's scan-to-PDF makes: no text layer at all.

    Each page's lines are drawn 12 pt high on a white bitmap at ``dpi``; an empty string
    leaves a blank line, the gap a paragraph break leaves on paper.
    """
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        _draw_scan(c, lines, dpi)
        c.showPage()
    c.save()
    return path


def part_scanned(path: Path, typed: list[str], scanned_lines: list[str]) -> Path:
    """A typed page 1 and a scanned page 2: minutes with a signed page scanned back in."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _draw_lines(c, typed)
    c.showPage()
    _draw_scan(c, scanned_lines, 200)
    c.showPage()
    c.save()
    return path


def poster_scan(path: Path, inches: float = 100) -> Path:
    """One scanned page ``inches`` square (a site plan): 900 million pixels if rendered at 300 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1200, 1200), 255)
    ImageDraw.Draw(image).text((100, 100), "SITE PLAN", fill=0, font=ImageFont.truetype(str(_unicode_font_path()), 60))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    side = inches * 72
    c = canvas.Canvas(str(path), pagesize=(side, side), invariant=1)
    c.drawImage(ImageReader(buffer), 0, 0, width=side, height=side)
    c.showPage()
    c.save()
    return path


# --- drawing ---------------------------------------------------------------------------


def _draw_lines(c: canvas.Canvas, lines: list[str], font: str = "Helvetica") -> None:
    y = A4[1] - 72
    for line in lines:
        c.setFont(font, 11)
        c.drawString(72, y, line)
        y -= 16


def _draw_scan(c: canvas.Canvas, lines: list[str], dpi: int) -> None:
    from PIL import Image, ImageDraw, ImageFont

    width, height = A4
    px = dpi / 72
    font = ImageFont.truetype(str(_unicode_font_path()), size=round(12 * px))
    image = Image.new("L", (round(width * px), round(height * px)), 255)
    draw = ImageDraw.Draw(image)
    y = 72 * px
    for line in lines:
        if line:
            draw.text((72 * px, y), line, fill=0, font=font)
        y += 17 * px
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    c.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def _unicode_font_path() -> Path:
    return next((p for p in _UNICODE_FONTS if p.exists()), _REPORTLAB_FONTS / "Vera.ttf")


def _unicode_font() -> str:
    name = "MinutedUnicode"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(_unicode_font_path())))
    return name


def inflation_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A one-page PDF whose content stream is ~1 MB compressed and ``megabytes`` inflated."""
    import zlib

    inflater = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    stream = b"".join(inflater.compress(chunk) for _ in range(megabytes)) + inflater.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
