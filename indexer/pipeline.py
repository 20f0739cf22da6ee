"""One paper through every stage: extract → structure → annotate."""

from __future__ import annotations

import gc
from functools import lru_cache
from pathlib import Path

from indexer.annotate.nlp import annotate, load_pipeline
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
    settle_collector()
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


# A paper allocates millions of short-lived objects (pdfminer's characters, spaCy's tokens);
# at Python's default of 700 the collector ran ~20 times a page and scanned the model's
# objects on each full pass: ~12 ms a page, a tenth of a worker's CPU (bench/RESULTS.md).
COLLECT_AFTER = (20_000, 10, 10)


@lru_cache(maxsize=1)
def settle_collector() -> None:
    """Once a reading process: load the model, freeze what it allocated out of the cyclic
    collector's scans (it lives as long as the process) and collect less often. What is
    read is the same; a worker holds ~5–15 MB more at its peak."""
    load_pipeline()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECT_AFTER)


def _stage_problem(stage: str, exc: Exception) -> str:
    return f"read, but its {stage} failed ({type(exc).__name__}: {one_line(exc, 160)})"
