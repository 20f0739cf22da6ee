"""Blank pages in a pack are not sent to Tesseract; every page that draws something still is.

A meeting pack carries separator pages and the backs of single-sided sheets: no text, no
image, at most a white rectangle the size of the page. They count as pages with no text
layer, and OCR can read nothing there, so they cost ~0.4 s of Tesseract each for nothing.
A page whose letters are drawn as vector shapes, or scanned in as an image, is still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import indexer.read.pdfpages as pdfpages
from indexer.errors import UnreadablePaper
from indexer.read.extract import extract
from indexer.read.ocr import OcrPage
from tests.hostile import _draw_lines, _draw_scan

WIDTH, HEIGHT = A4


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages handed to Tesseract (which reads nothing here, installed or not)."""
    numbers: list[int] = []

    def spy(source, pages, text_only=()):  # noqa: ANN001, ANN202
        numbers.extend(pages)
        return {n: OcrPage(n) for n in pages}

    monkeypatch.setattr(pdfpages, "ocr_pdf_pages", spy)
    monkeypatch.setattr(pdfpages, "tesseract_available", lambda: True)
    return numbers


def _pack(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _draw_lines(c, ["Parish Council", "Minutes of the meeting held on 3 March 2021", "1. Footpaths"])
    c.showPage()
    c.showPage()  # 2: nothing at all
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)  # 3: a white page-sized rectangle
    c.showPage()
    c.setStrokeColorRGB(0, 0, 0)
    for x in range(72, 300, 12):  # 4: strokes only, as a title set in outlines draws its letters
        c.line(x, 700, x + 6, 720)
    c.showPage()
    _draw_scan(c, ["Signed by the Chair"], 100)  # 5: a scanned page
    c.showPage()
    c.save()
    return path


def test_a_packs_blank_pages_are_not_read_by_ocr_and_its_drawn_ones_are(tmp_path: Path, sent: list[int]) -> None:
    document = extract(_pack(tmp_path / "pack.pdf"))
    assert sent == [4, 5]
    assert [p.number for p in document.pages] == [1, 2, 3, 4, 5]
    assert [bool(p.text.strip()) for p in document.pages] == [True, False, False, False, False]


def test_a_paper_of_blank_pages_is_still_named_as_a_scan_ocr_found_nothing_on(tmp_path: Path, sent: list[int]) -> None:
    c = canvas.Canvas(str(tmp_path / "blank.pdf"), pagesize=A4, invariant=1)
    c.showPage()
    c.showPage()
    c.save()
    with pytest.raises(UnreadablePaper) as raised:
        extract(tmp_path / "blank.pdf")
    assert raised.value.reason == "no text layer, and OCR found no text on its 2 pages"
    assert sent == []
