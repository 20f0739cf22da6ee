"""Figure 4: adding one paper to an indexed archive, and taking it away again.

The new paper is the archive's next one (same generator, same seed), dropped into the
papers folder; then the folder is re-indexed as a clerk would after a meeting. Measured
three ways: ``index_paths`` in a process whose model is already loaded (the indexer's own
cost: what the target is about), the ``python -m indexer index`` command a user runs
(adds Python start-up and loading spaCy), and removing the papers again. The reading of
the new paper alone is timed too, so what the rest of the archive costs is visible.

Phase: ``python -m bench.incremental ARCHIVE INDEX`` prints JSON figures; the archive and
the index are left as they were found.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from pathlib import Path

from bench.process import ROOT, emit, python
from bench.synth import write_paper


def _index(papers: Path, index_dir: Path) -> tuple[float, object]:
    from indexer.index.store import index_paths

    started = time.perf_counter()
    summary = index_paths([papers], index_dir, workers=1)
    return time.perf_counter() - started, summary


def run(archive: Path, index_dir: Path) -> dict[str, float]:
    from indexer.annotate.nlp import load_pipeline
    from indexer.pipeline import read_paper

    stamp = json.loads((archive / "archive.json").read_text(encoding="utf-8"))
    size, seed = stamp["size"], stamp["seed"]
    papers = archive / "papers"
    extra = archive / "extra-truth"
    extra.mkdir(exist_ok=True)
    load_pipeline()("A warm-up sentence for the model.")
    added: list[Path] = []
    figures: dict[str, float] = {}
    try:
        stem, *_ = write_paper(seed, size, papers, extra)
        added.append(papers / f"{stem}.pdf")
        started = time.perf_counter()
        read_paper(added[0])
        figures["incremental_paper_s"] = round(time.perf_counter() - started, 3)
        seconds, summary = _index(papers, index_dir)
        if len(summary.added) != 1 or summary.failed:
            raise RuntimeError(f"adding one paper did: {summary.line()}")
        figures["incremental_add_s"] = round(seconds, 3)
        figures["incremental_unchanged"] = len(summary.unchanged)

        stem, *_ = write_paper(seed, size + 1, papers, extra)
        added.append(papers / f"{stem}.pdf")
        started = time.perf_counter()
        done = subprocess.run(
            [python(), "-m", "indexer", "index", str(papers), "--index", str(index_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        figures["incremental_cli_s"] = round(time.perf_counter() - started, 3)
        if done.returncode != 0:
            raise RuntimeError(f"indexer index exited {done.returncode}: {done.stderr[-500:]}")
    finally:
        for path in added:
            path.unlink(missing_ok=True)
        for path in extra.iterdir():
            path.unlink()
        extra.rmdir()
    seconds, summary = _index(papers, index_dir)
    figures["incremental_remove_s"] = round(seconds, 3)
    if len(summary.removed) != len(added):
        raise RuntimeError(f"removing the added papers did: {summary.line()}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.incremental", description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("index", type=Path)
    args = parser.parse_args(argv)
    emit(run(args.archive, args.index))


if __name__ == "__main__":
    main()
