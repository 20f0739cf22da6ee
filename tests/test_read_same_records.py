"""Reading faster reads the same: the real papers give the same pages, lines and tables
whether pdfplumber builds its character dicts itself or indexer/read/charobjects.py does.

Every later stage is a function of the Document, so the same Document means the same
record. OCR is left off: it reads pdfium's rendering, which the char dicts never touch.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

import indexer.read.pdfpages as pdfpages
from indexer.errors import UnreadablePaper
from indexer.read.charobjects import lean
from indexer.read.extract import extract
from indexer.records import Document
from tests.conftest import PAPERS
from tests.paperkit import L, T, write_pdf

MORE_PAPERS = PAPERS.parent / "more-papers"
REAL = sorted(p for folder in (PAPERS, MORE_PAPERS) if folder.is_dir() for p in folder.glob("*.pdf"))

pytestmark = pytest.mark.skipif(not REAL, reason="../shared/papers and more-papers are not beside the repository")


def _without_stream(images: list[dict]) -> list[dict]:
    # An image's stream is a pdfminer object compared by identity; both sides build images alike.
    return [{k: v for k, v in image.items() if k not in ("stream", "colorspace")} for image in images]


@pytest.mark.slow
def test_lean_char_dicts_equal_pdfplumbers_own_on_every_real_page() -> None:
    differing = []
    for path in REAL[::3]:
        with pdfplumber.open(path) as stock, pdfplumber.open(path) as quick:
            for theirs, ours in zip(stock.pages, quick.pages):
                lean(ours)
                same = theirs.chars == ours.chars and theirs.edges == ours.edges
                if not same or _without_stream(theirs.images) != _without_stream(ours.images):
                    differing.append(f"{path.name} p{theirs.page_number}")
    assert differing == []


@pytest.mark.slow
def test_every_real_paper_reads_to_the_same_document_with_the_lean_char_dicts(monkeypatch) -> None:  # noqa: ANN001
    quick = {path.name: _read(path) for path in REAL}
    monkeypatch.setattr(pdfpages, "lean", lambda page: page)
    stock = {path.name: _read(path) for path in REAL}
    assert [name for name in stock if stock[name] != quick[name]] == []
    assert sum(isinstance(d, Document) for d in stock.values()) > len(REAL) / 2


def _read(path: Path) -> Document | str:
    try:
        return extract(path, ocr=False)
    except UnreadablePaper as exc:  # a scan, with OCR left off
        return exc.reason


def test_minutes_with_an_action_table_read_the_same_either_way(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    rows = [
        ["Action", "Owner", "Due"],
        ["Send the survey to members", "JB", "March"],
        ["Book the hall", "Clerk", "May"],
    ]
    lines = [L("MINUTES OF THE PARISH COUNCIL", bold=True, size=14), "1. Apologies", T(rows), L("Signed", indent=20)]
    paper = write_pdf(tmp_path / "table.pdf", [lines], header="Parish Council", footer=True)
    quick = extract(paper, ocr=False)
    assert quick.pages[0].tables and any(line.bold for line in quick.pages[0].lines)
    monkeypatch.setattr(pdfpages, "lean", lambda page: page)
    assert extract(paper, ocr=False) == quick
