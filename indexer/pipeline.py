"""One paper through every stage: extract → structure → annotate."""

from __future__ import annotations

from pathlib import Path

from indexer.extract import extract
from indexer.nlp import annotate
from indexer.records import Record
from indexer.structure import read_structure


def read_paper(path: Path, ocr: bool = True) -> tuple[Record, list[dict]]:
    """The annotated record and its pages' text (kept for the document view)."""
    document = extract(Path(path), ocr=ocr)
    record = annotate(read_structure(document))
    pages = [{"number": p.number, "text": p.text, "ocr": p.ocr} for p in document.pages]
    return record, pages
