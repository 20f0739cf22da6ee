"""The large index, built from the archive's ground truth instead of its PDFs.

Reading 10,000 PDFs through spaCy on two cores takes hours, so the query, web, memory and
incremental figures use an index whose records come from the synthetic ground truth. Only
the reading is replaced: ``index_paths(read=…)`` (or, for a store without that seam,
``indexer.pipeline.read_paper``) returns the truth record, and everything after it is the
real ``indexer.index.store.index_paths`` — its schema, batching, manifest, record files and people
table — so the index has the segments and files a real run would leave, and a later
incremental run treats the archive as already indexed.

Run as a phase: ``python -m bench.truth_index ARCHIVE INDEX`` prints its figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.process import emit
from indexer.records import Record, from_dict


def truth_of(truth_dir: Path, pdf: Path) -> tuple[Record, list[dict]]:
    """The ground-truth record of ``pdf``, as read_paper would have returned it."""
    data = json.loads((truth_dir / f"{pdf.stem}.json").read_text(encoding="utf-8"))
    record = from_dict(data["record"])
    record.source = str(pdf)
    return record, data["pages"]


@contextmanager
def reading_truth(truth_dir: Path) -> Iterator[None]:
    """Within the block, the store reads papers from ground truth (forked workers too)."""
    import indexer.pipeline

    real = indexer.pipeline.read_paper

    def read_paper(path: Path, ocr: bool = True) -> tuple[Record, list[dict]]:
        return truth_of(truth_dir, Path(path))

    indexer.pipeline.read_paper = read_paper
    try:
        yield
    finally:
        indexer.pipeline.read_paper = real


def build(papers: Path, truth: Path, index_dir: Path, workers: int = 1) -> dict[str, float]:
    """A fresh index of every paper under ``papers``; figures of the build."""
    import inspect

    from indexer.index.store import index_paths

    if index_dir.exists():
        shutil.rmtree(index_dir)
    started = time.perf_counter()
    if "read" in inspect.signature(index_paths).parameters:
        # The store's own seam: a reader of (path, (record dict, pages)) in place of the pipeline.
        summary = index_paths([papers], index_dir, workers=1, read=lambda path: (path, _truth_data(truth, path)))
    else:
        with reading_truth(truth):
            summary = index_paths([papers], index_dir, workers=workers)
    seconds = time.perf_counter() - started
    if summary.failed:
        raise RuntimeError(f"{len(summary.failed)} papers failed, first: {summary.failed[0]}")
    return {
        "papers": len(summary.added),
        "seconds": round(seconds, 2),
        "index_mb": round(sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file()) / 2**20, 1),
        "segments": _segments(index_dir),
        **_counts(index_dir),
    }


def _truth_data(truth_dir: Path, source: str) -> tuple[dict, list[dict]]:
    data = json.loads((truth_dir / f"{Path(source).stem}.json").read_text(encoding="utf-8"))
    data["record"]["source"] = source
    return data["record"], data["pages"]


def _segments(index_dir: Path) -> int:
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(index_dir))
    try:
        return len(ix._segments())  # noqa: SLF001 - whoosh has no public segment count
    finally:
        ix.close()


def _counts(index_dir: Path) -> dict[str, int]:
    """Index documents by type: agenda items, commitments, decisions."""
    from whoosh import index as whoosh_index
    from whoosh.query import Term

    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        counts = {
            f"{kind}_docs": searcher.search(Term("type", kind), limit=None, scored=False).scored_length()
            for kind in ("item", "commitment", "decision")
        }
        counts["docs"] = searcher.doc_count()
    ix.close()
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.truth_index", description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="an archive folder from bench.synth")
    parser.add_argument("index", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    emit(build(args.archive / "papers", args.archive / "truth", args.index, args.workers))


if __name__ == "__main__":
    main()
