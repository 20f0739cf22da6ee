"""One paper through every stage: extract → structure → annotate."""

from __future__ import annotations

from pathlib import Path

from indexer.annotate.nlp import annotate
from indexer.errors import UnreadablePaper, one_line
from indexer.read.extract import extract
from indexer.records import Record
from indexer.structure.reader import read_structure


def read_paper(path: Path, ocr: bool = True, warnings: list[str] | None = None) -> tuple[Record, list[dict]]:
    """The annotated record and its pages' text (kept for the document view).

    Pass a list as ``warnings`` to hear what was read imperfectly (pages with no text
    layer, pages cut or read without layout) while the paper still indexes.
    A later stage that trips on a paper's text turns it into UnreadablePaper naming the
    stage, so the batch reports one line; the original error stays chained for debugging.
    """
    document = extract(Path(path), ocr=ocr)
    if warnings is not None:
        warnings.extend(document.warnings)
    try:
        structured = read_structure(document)
    except Exception as exc:  # noqa: BLE001 - one paper's odd layout never stops a batch
        raise UnreadablePaper(str(path), _stage_problem("structure", exc)) from exc
    try:
        record = annotate(structured)
    except Exception as exc:  # noqa: BLE001 - nor does one paper's odd text
        raise UnreadablePaper(str(path), _stage_problem("annotation", exc)) from exc
    pages = [{"number": p.number, "text": p.text, "ocr": p.ocr} for p in document.pages]
    return record, pages


def _stage_problem(stage: str, exc: Exception) -> str:
    return f"read, but its {stage} failed ({type(exc).__name__}: {one_line(exc, 160)})"
