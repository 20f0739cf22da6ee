"""Throughput on real papers: the PDFs in ../shared (bulk, more-papers, papers), beside the
synthetic archive, because made-up papers hide what users meet (issue 17): scans that
need OCR, fonts with no Unicode map, 40-page packs, tables drawn with rules.

The pipeline is ``index_paths(paths, index, workers=2)`` as shipped, OCR on. The floor is
the naive indexer of the same papers: pdfplumber ``extract_text`` on every page and one
pass of the project's spaCy pipeline (``load_pipeline()``) over that text, in 2 processes.
Both are measured in the same run, twice in alternating order, with the model loaded in
the parent first. A third phase, ``stages``, reads a few papers in one process and says
where a worker's CPU goes (reading, of which OCR; structure; annotation).

Phases: ``python -m bench.real floor|pipeline|stages LISTFILE [INDEX]`` print JSON figures.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from bench.process import ROOT, phase_main, run_phase
from bench.throughput import WORKERS, _warm, cpu_seconds, run_pipeline, sample

SHARED = ROOT.parent / "shared"
FOLDERS = ("bulk", "more-papers", "papers")


def real_papers(shared: Path = SHARED) -> list[Path]:
    """Every PDF in the shared folders of real papers, in a stable order (none when absent)."""
    return sorted(p for folder in FOLDERS if (shared / folder).is_dir() for p in (shared / folder).rglob("*.pdf"))


def floor_paper(path: str) -> int:
    """pdfplumber's plain text of every page, then one spaCy pass over it; pages read."""
    import pdfplumber

    from indexer.annotate.nlp import load_pipeline

    texts = []
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts.append(page.extract_text() or "")
                page.close()
    except Exception:  # noqa: BLE001 - the naive indexer skips what it cannot open, as ours does
        return 0
    for _doc in load_pipeline().pipe(texts, batch_size=16):
        pass
    return len(texts)


def run_floor(paths: list[Path], workers: int = WORKERS) -> dict[str, float]:
    _warm()
    before = cpu_seconds()
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(floor_paper, [str(p) for p in paths], chunksize=1))
    seconds = time.perf_counter() - started
    after = cpu_seconds()
    return {
        "papers": len(paths),
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": pages / seconds,
        "parent_cpu_ms_per_page": round((after[0] - before[0]) * 1000 / max(pages, 1), 1),
        "workers_cpu_ms_per_page": round((after[1] - before[1]) * 1000 / max(pages, 1), 1),
    }


def run_stages(paths: list[Path]) -> dict[str, float]:
    """CPU a page of each stage in one process; OCR is Tesseract's own CPU (child processes).

    Two parts of the stages are timed inside them, as they are the floor's own two costs:
    ``pdfminer`` (interpreting the pages' content streams, part of reading) and ``spacy``
    (the model's pass over the texts, part of annotation); the rest of each stage is ours.
    """
    from indexer.annotate.nlp import annotate
    from indexer.errors import UnreadablePaper
    from indexer.pipeline import settle_collector
    from indexer.read.extract import extract
    from indexer.structure.reader import read_structure

    _warm()
    settle_collector()  # as a worker's first paper does
    spent = {"read": 0.0, "ocr": 0.0, "structure": 0.0, "annotate": 0.0, "pdfminer": 0.0, "spacy": 0.0}
    pages = ocr_pages = 0
    with _timed_inside(spent):
        for path in paths:
            start, kids, inside = time.process_time(), _children_cpu(), dict(spent)
            try:
                document = extract(path)
            except UnreadablePaper:
                spent.update(inside)  # a paper not read counts in no stage
                continue
            read, ocr = time.process_time(), _children_cpu()
            structured = read_structure(document)
            built = time.process_time()
            annotate(structured)
            spent["read"] += read - start + ocr - kids
            spent["ocr"] += ocr - kids
            spent["structure"] += built - read
            spent["annotate"] += time.process_time() - built
            pages += len(document.pages)
            ocr_pages += sum(p.ocr for p in document.pages)
    figures = {f"{k}_cpu_ms_per_page": round(v * 1000 / max(pages, 1), 1) for k, v in spent.items()}
    return {"papers": len(paths), "pages": pages, "ocr_pages": ocr_pages, **figures}


@contextmanager
def _timed_inside(spent: dict[str, float]) -> Iterator[None]:
    """While open, pdfminer's page interpretation and spaCy's ``pipe`` add their CPU to ``spent``."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from spacy.language import Language

    process_page, pipe = PDFPageInterpreter.process_page, Language.pipe

    def timed_page(self, page):  # noqa: ANN001, ANN202
        start = time.process_time()
        try:
            return process_page(self, page)
        finally:
            spent["pdfminer"] += time.process_time() - start

    def timed_pipe(self, texts, **kwargs):  # noqa: ANN001, ANN003, ANN202
        docs = pipe(self, texts, **kwargs)
        while True:
            start = time.process_time()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                spent["spacy"] += time.process_time() - start
            yield doc

    PDFPageInterpreter.process_page = timed_page
    Language.pipe = timed_pipe
    try:
        yield
    finally:
        PDFPageInterpreter.process_page, Language.pipe = process_page, pipe


def _children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def measure(out: Path, count: int | None, rounds: int, log, shared: Path = SHARED) -> dict[str, float]:  # noqa: ANN001
    """The real-paper figures (keys ``real_*``), or ``{}`` when ../shared holds no papers."""
    papers = real_papers(shared)
    if not papers:
        log(f"real papers: none under {shared}, skipped")
        return {}
    chosen = sample(papers, count or len(papers))
    out.mkdir(parents=True, exist_ok=True)
    listing = out / "real-sample.txt"
    listing.write_text("\n".join(str(p) for p in chosen), encoding="utf-8")
    timeout = 600 + 10 * len(chosen)
    totals = {"floor": [0, 0.0, 0.0], "pipeline": [0, 0.0, 0.0]}  # pages, seconds, cpu ms
    figures: dict[str, float] = {"real_papers": len(chosen)}
    for r in range(rounds):
        for which in ("floor", "pipeline") if r % 2 == 0 else ("pipeline", "floor"):
            log(f"real papers: {which} on {len(chosen)} papers (round {r + 1}/{rounds})")
            extra = [str(out / "real-index")] if which == "pipeline" else []
            got = run_phase("bench.real", [which, str(listing), *extra], timeout)
            total = totals[which]
            total[0] += got["pages"]
            total[1] += got["seconds"]
            total[2] += (got["parent_cpu_ms_per_page"] + got["workers_cpu_ms_per_page"]) * got["pages"]
            figures[f"real_{which}_worker_peak_rss_mb"] = got["children_peak_rss_mb"]
            if which == "pipeline":
                figures["real_pipeline_failed"] = got["failed"]
    for which, (pages, seconds, cpu) in totals.items():
        figures[f"real_{which}_pages_per_s"] = pages / seconds if seconds else float("nan")
        figures[f"real_{which}_cpu_ms_per_page"] = cpu / pages if pages else float("nan")
    figures["real_pages"] = totals["pipeline"][0] // rounds
    figures["real_throughput_ratio"] = figures["real_pipeline_pages_per_s"] / figures["real_floor_pages_per_s"]
    figures["real_throughput_cpu_ratio"] = (
        figures["real_floor_cpu_ms_per_page"] / figures["real_pipeline_cpu_ms_per_page"]
    )
    stage_list = out / "real-stages.txt"
    stage_list.write_text("\n".join(str(p) for p in sample(chosen, 20)), encoding="utf-8")
    log("real papers: where one worker's CPU goes (20 papers, one process)")
    got = run_phase("bench.real", ["stages", str(stage_list)], timeout)
    figures.update({f"real_stage_{k}": v for k, v in got.items() if k.endswith("_per_page") or k == "ocr_pages"})
    figures["real_stage_pages"] = got["pages"]
    return figures


def main(argv: list[str] | None = None) -> None:
    phases = {
        "floor": lambda paths, _index, workers: run_floor(paths, workers),
        "pipeline": lambda paths, index, workers: run_pipeline(paths, index, workers),
        "stages": lambda paths, _index, _workers: run_stages(paths),
    }
    phase_main("python -m bench.real", __doc__, phases, WORKERS, argv)


if __name__ == "__main__":
    main()
