"""Garbled glyphs in what the reader keeps, paper by paper, and the time OCR spent mending them.

    python -m bench.garbled_pages ../shared/bulk [more folders] [--no-ocr]

A page counts as garbled when its kept text or tables still hold "(cid:N)", private-use
or replacement glyphs, control characters, or letters that mostly spell nothing. OCR
time covers scans (no text layer, always read so) and garbled pages; "ocr" lists the
pages that took lines from OCR.

Run of 28 Nov 2026 (bulk 185 + more-papers 30 + papers 8, two cores at load 10-15):
  before: 40 papers with garbled glyphs (bulk 34/185 = 18.4%, 128 pages; more 6/30)
  after:  0 papers, 0 pages; no paper unread; OCR for mending 31 pages in 2 papers
          (a DCMI packet in a no-map font, a 1976 OIML scan's text layer), ~11 s a page
          at that load; every other paper reads with no OCR at all.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from indexer.errors import UnreadablePaper
from indexer.read import pdfpages
from indexer.read.extract import extract
from indexer.read.garbled import garbled, mostly_not_words
from indexer.records import Page

_spent: list[tuple[int, float]] = []


def _timed(real):  # noqa: ANN001, ANN202 - wraps ocr_pdf_pages as it is
    def run(source, numbers, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        started = time.monotonic()
        try:
            return real(source, numbers, *args, **kwargs)
        finally:
            _spent.append((len(numbers), time.monotonic() - started))

    return run


def page_is_garbled(page: Page) -> bool:
    cells = [cell for table in page.tables for row in table for cell in row]
    return any(garbled(text) for text in [page.text, *cells]) or mostly_not_words(page.text)


def main(argv: list[str]) -> None:
    ocr = "--no-ocr" not in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    pdfpages.ocr_pdf_pages = _timed(pdfpages.ocr_pdf_pages)
    papers = bad_papers = pages = bad_pages = ocr_pages = 0
    ocr_seconds = 0.0
    started = time.monotonic()
    for folder in folders:
        for path in sorted(folder.glob("*.pdf")):
            _spent.clear()
            try:
                document = extract(path, ocr=ocr)
            except UnreadablePaper as exc:
                print(f"UNREAD  {path.name}: {exc.reason}", flush=True)
                papers += 1
                continue
            papers += 1
            bad = [p.number for p in document.pages if page_is_garbled(p)]
            pages += len(document.pages)
            bad_pages += len(bad)
            bad_papers += bool(bad)
            ocr_pages += sum(n for n, _ in _spent)
            ocr_seconds += sum(s for _, s in _spent)
            mended = [p.number for p in document.pages if p.ocr]
            if bad or mended or document.warnings:
                print(f"{path.name}: garbled {bad} ocr {mended} {document.warnings}", flush=True)
    print(
        f"papers {papers}, with garbled glyphs {bad_papers} ({bad_papers / max(papers, 1):.1%}); "
        f"pages {pages}, garbled {bad_pages}; OCR {ocr_pages} pages in {ocr_seconds:.0f} s; "
        f"total {time.monotonic() - started:.0f} s"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
