"""Indexed papers by document id: the only way a URL reaches a record or a file.

A document id from the URL is looked up in the indexer's manifest, and the path to
serve comes from that manifest entry, never from the URL, so no crafted id ("..%2f")
can name a file the indexer did not read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from indexer.index.store import load_manifest, load_record
from indexer.records import Record


@dataclass
class IndexedPaper:
    doc: str
    source: Path
    record: Record
    pages: list[dict]

    @property
    def is_pdf(self) -> bool:
        return self.source.suffix.lower() == ".pdf"


def source_of(index_dir: Path, doc: str) -> Path | None:
    """The original file of an indexed paper, or None when ``doc`` is not indexed."""
    for source, entry in load_manifest(index_dir).items():
        if entry.get("doc") == doc:
            return Path(source)
    return None


def doc_of(index_dir: Path, source: str) -> str | None:
    """The document id of an indexed source file, or None when it is not indexed."""
    entry = load_manifest(index_dir).get(str(source))
    return entry.get("doc") if entry else None


def load_paper(index_dir: Path, doc: str) -> IndexedPaper | None:
    """The stored record and page texts of an indexed paper, or None."""
    source = source_of(index_dir, doc)
    if source is None:
        return None
    loaded = load_record(index_dir, doc)
    if loaded is None:
        return None
    record, pages = loaded
    return IndexedPaper(doc, source, record, pages)
