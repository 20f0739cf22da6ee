"""Papers set in a font with no Unicode map: read by OCR where Tesseract is installed,
left out with a warning where it is not, and never indexed as glyph garbage.

The papers are made here the way such PDFs are: each garbled line is printed (drawn as
an image of its letters, so OCR can read it) under an invisible text layer in a font
whose encoding hands out private-use code points instead of letters.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from indexer.pipeline import read_paper
from indexer.read.extract import extract
from indexer.read.garbled import garbled
from indexer.read.ocr import tesseract_available

_FONTS = Path("/usr/share/fonts/truetype/dejavu")
needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr is not installed")
needs_font = pytest.mark.skipif(not (_FONTS / "DejaVuSans-Bold.ttf").exists(), reason="DejaVu fonts not installed")

MINUTES = [
    ("Minutes of the Parish Council meeting held on 3 March 2021", False, False),
    ("Present: Cllr Margaret Carey (Chair), Cllr Aled Hopkins", False, False),
    ("2. Footpath repairs", True, True),
    ("The clerk reported on the footpath repairs by the river.", True, False),
    ("Resolved: the clerk to obtain three quotes for the repairs.", False, False),
]


def _private_use(text: str) -> str:
    return "".join(chr(0xE000 + ord(ch)) if not ch.isspace() else ch for ch in text)


def garbled_paper(path: Path, lines: list[tuple[str, bool, bool]]) -> Path:
    """One page; each (text, garbled, bold) line typed normally or printed under a garbled text layer."""
    from PIL import Image, ImageDraw, ImageFont

    for name, file in (("NoMap", "DejaVuSans.ttf"), ("NoMap-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_FONTS / file)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 760.0
    px = 300 / 72
    for text, is_garbled, bold in lines:
        if not is_garbled:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 12)
            c.drawString(72, y, text)
        else:
            font = ImageFont.truetype(
                str(_FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), round(12 * px)
            )
            width = font.getlength(text) / px + 4
            image = Image.new("L", (round(width * px), round(16 * px)), 255)
            ImageDraw.Draw(image).text((0, round(12 * px)), text, fill=0, font=font, anchor="ls")
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            buffer.seek(0)
            c.drawImage(ImageReader(buffer), 72, y - 4, width=width, height=16)
            layer = c.beginText(72, y)
            layer.setTextRenderMode(3)  # invisible, as an OCR'd or mis-embedded layer often is
            layer.setFont("NoMap-Bold" if bold else "NoMap", 12)
            layer.textOut(_private_use(text))
            c.drawText(layer)
        y -= 20
    c.showPage()
    c.save()
    return path


@pytest.fixture()
def paper(tmp_path: Path) -> Path:
    return garbled_paper(tmp_path / "parish-2021-03-03.pdf", MINUTES)


@pytest.fixture()
def no_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@needs_font
def test_the_made_paper_really_hands_the_reader_private_use_glyphs(paper: Path) -> None:
    import pdfplumber

    with pdfplumber.open(paper) as pdf:
        raw = pdf.pages[0].extract_text()
    assert garbled(raw)
    assert "Footpath" not in raw


@needs_font
@needs_tesseract
def test_a_heading_and_paragraph_in_a_font_with_no_unicode_map_are_read_by_ocr_keeping_bold(paper: Path) -> None:
    document = extract(paper)
    page = document.pages[0]
    assert not garbled(page.text)
    assert "Footpath repairs" in page.text
    assert "footpath repairs by the river" in page.text
    heading = next(ln for ln in page.lines if "Footpath repairs" in ln.text)
    assert heading.bold
    # the lines that read well are kept as typed, not replaced by OCR's reading of them
    assert "Present: Cllr Margaret Carey (Chair), Cllr Aled Hopkins" in page.text
    assert page.ocr and document.warnings == []


@needs_font
@needs_tesseract
def test_the_mended_paper_reads_its_item_like_a_typed_one(paper: Path) -> None:
    record, pages = read_paper(paper)
    assert not any(garbled(p["text"]) for p in pages)
    assert any("Footpath repairs" in (item.title or "") for item in record.items)


@needs_font
def test_without_tesseract_garbled_lines_are_left_out_and_named_in_a_warning(paper: Path, no_tesseract: None) -> None:
    document = extract(paper)
    text = document.pages[0].text
    assert not garbled(text)
    assert "Resolved: the clerk to obtain three quotes for the repairs." in text
    assert any("font with no Unicode map" in w and "install tesseract-ocr" in w for w in document.warnings)


@needs_font
def test_with_ocr_turned_off_the_warning_says_so(paper: Path) -> None:
    document = extract(paper, ocr=False)
    assert not garbled(document.pages[0].text)
    assert any("page(s) 1:" in w and "OCR is turned off" in w for w in document.warnings)
