"""Figure 1: index throughput of the full pipeline against the floor, in pages per second.

The floor is the work no indexer of these papers can skip: pdfplumber reading every word
with its font (headings are found by bold) and one pass of the project's spaCy pipeline
(``indexer.annotate.nlp.load_pipeline()``) over the extracted text. The full pipeline is
``indexer.index.store.index_paths(paths, index_dir, workers=2)``. Both run on the same sample of
real PDFs, both with two processes, and both start with the model already loaded in the
parent, so forked workers inherit it and neither figure counts the model's load time.

Phases: ``python -m bench.throughput floor|pipeline LISTFILE [INDEX]`` print JSON figures.
"""

from __future__ import annotations

import json
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.process import phase_main

WORKERS = 2


def sample(pdfs: list[Path], count: int) -> list[Path]:
    """``count`` papers spread evenly over the archive (so every council's style is in it)."""
    if count >= len(pdfs):
        return list(pdfs)
    step = len(pdfs) / count
    return [pdfs[int(n * step)] for n in range(count)]


def _warm() -> None:
    from indexer.annotate.nlp import load_pipeline

    nlp = load_pipeline()
    nlp("County Councillor Brown would provide a breakdown of police call-outs by the next meeting.")


def floor_paper(path: str) -> int:
    """Extract every word with its font, then run the spaCy pipeline over the text; pages read."""
    import pdfplumber

    from indexer.annotate.nlp import load_pipeline

    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["fontname", "size"])
            texts.append(" ".join(w["text"] for w in words))
            page.close()
    for _doc in load_pipeline().pipe(texts, batch_size=16):
        pass
    return len(texts)


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _cpu_figures(before: tuple[float, float], after: tuple[float, float], pages: int) -> dict[str, float]:
    """Where the CPU went, per page: the parent (which writes the index) and the workers."""
    return {
        "parent_cpu_ms_per_page": round((after[0] - before[0]) * 1000 / max(pages, 1), 1),
        "workers_cpu_ms_per_page": round((after[1] - before[1]) * 1000 / max(pages, 1), 1),
    }


def run_floor(paths: list[Path], workers: int = WORKERS) -> dict[str, float]:
    _warm()
    before = cpu_seconds()
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(floor_paper, [str(p) for p in paths], chunksize=1))
    seconds = time.perf_counter() - started
    return {
        "papers": len(paths),
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": pages / seconds,
        **_cpu_figures(before, cpu_seconds(), pages),
    }


def run_pipeline(paths: list[Path], index_dir: Path, workers: int = WORKERS) -> dict[str, float]:
    import shutil

    from indexer.index.store import index_paths, load_record

    if index_dir.exists():
        shutil.rmtree(index_dir)
    _warm()
    before = cpu_seconds()
    started = time.perf_counter()
    summary = index_paths(paths, index_dir, workers=workers)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds()
    pages = 0
    for source in summary.added:
        loaded = load_record(index_dir, _doc_of(Path(source)))
        pages += len(loaded[1]) if loaded else 0
    return {
        "papers": len(summary.added),
        "failed": len(summary.failed),
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": pages / seconds,
        **_cpu_figures(before, cpu, pages),
        **reading_recall(index_dir, summary.added),
    }


def reading_recall(index_dir: Path, sources: list[str]) -> dict[str, float]:
    """How much of the ground truth the pipeline read: agenda items and people present.

    Throughput means little on papers the pipeline misreads; the truth sits beside the
    papers (``../truth/<stem>.json``), so the sample's reading is checked as it is timed.
    """
    from indexer.index.store import load_record

    found = {"items": [0, 0], "present": [0, 0]}
    for source in sources:
        path = Path(source)
        truth_file = path.parent.parent / "truth" / f"{path.stem}.json"
        loaded = load_record(index_dir, _doc_of(path))
        if not truth_file.exists() or not loaded:
            continue
        truth = json.loads(truth_file.read_text(encoding="utf-8"))["record"]
        record = loaded[0]
        items = {(i["number"], i["title"].lower()) for i in truth["items"]}
        got = {(i.number, i.title.lower()) for i in getattr(record, "items", [])}
        present = {p["name"] for p in truth["attendance"]["present"]}
        attendance = getattr(record, "attendance", None)
        seen = {p.name for p in attendance.present} if attendance else set()
        found["items"][0] += len(items & got)
        found["items"][1] += len(items)
        found["present"][0] += len(present & seen)
        found["present"][1] += len(present)
    return {f"{k}_recall": round(a / b, 3) for k, (a, b) in found.items() if b}


def _doc_of(path: Path) -> str:
    from indexer.index.schema import doc_id

    return doc_id(path)


def main(argv: list[str] | None = None) -> None:
    phases = {
        "floor": lambda paths, _index, workers: run_floor(paths, workers),
        "pipeline": lambda paths, index, workers: run_pipeline(paths, index, workers),
    }
    phase_main("python -m bench.throughput", __doc__, phases, WORKERS, argv)


if __name__ == "__main__":
    main()
