"""Adding one real paper to the index of all the others, against reading that paper alone.

A clerk adds last month's minutes to an archive already indexed: what that costs beyond
reading the paper itself (the manifest, people.json, the index commit) is the figure.
One real paper is copied under a new name into a folder of its own, read alone with the
model loaded, then indexed into the real-paper index, then removed again, so the index is
left as it was found. Target: adding ≤ 1.2× its own reading.

Phase: ``python -m bench.real_incremental INDEX WORKDIR`` prints JSON figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench.process import emit

ROUNDS = 3


def _chosen(index_dir: Path) -> Path:
    """The indexed paper whose page count is the median: a typical month's minutes."""
    from indexer.index.store import load_manifest

    entries = [(Path(source), entry["doc"]) for source, entry in load_manifest(index_dir).items()]
    sized = sorted(
        (len(json.loads((index_dir / "records" / f"{doc}.json").read_bytes())["pages"]), str(p)) for p, doc in entries
    )
    return Path(sized[len(sized) // 2][1])


def main(argv: list[str] | None = None) -> int:
    from indexer.annotate.nlp import load_pipeline
    from indexer.index.store import index_paths
    from indexer.pipeline import read_paper

    parser = argparse.ArgumentParser(prog="python -m bench.real_incremental")
    parser.add_argument("index", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args(argv)
    paper = _chosen(args.index)
    folder = args.work / "new-papers"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    load_pipeline()("A warm-up sentence for the model.")
    reading, adding, reading_cpu, adding_cpu = [], [], [], []
    for n in range(args.rounds):
        copy = folder / f"added-{n}-{paper.name}"
        shutil.copy(paper, copy)
        # Each phase starts from a collected heap: with the model loaded a full collection
        # is ~60 ms, and it fell in whichever phase happened to cross Python's threshold.
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        read_paper(copy)
        reading.append(time.perf_counter() - started)
        reading_cpu.append(time.process_time() - cpu)
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        summary = index_paths([folder], args.index, workers=1)
        adding.append(time.perf_counter() - started)
        adding_cpu.append(time.process_time() - cpu)
        if len(summary.added) != 1 or summary.failed:
            raise SystemExit(f"adding one paper did: {summary.line()}")
        copy.unlink()
        index_paths([folder], args.index, workers=1)  # and it goes again
    read_s, add_s = statistics.median(reading), statistics.median(adding)
    # On a shared machine the wall-clock ratio moves with other loads; CPU time is steadier
    # (it leaves out waiting for the disk, which the wall-clock figure keeps).
    read_cpu, add_cpu = statistics.median(reading_cpu), statistics.median(adding_cpu)
    # Each round's add beside that round's reading, which ran just before it under the same load.
    paired = statistics.median(a / r for a, r in zip(adding_cpu, reading_cpu, strict=True))
    print(f"added {paper.name} {args.rounds} times", file=sys.stderr)
    emit(
        {
            "real_incremental_paper_s": round(read_s, 3),
            "real_incremental_add_s": round(add_s, 3),
            "real_incremental_ratio": round(add_s / read_s, 3),
            "real_incremental_paper_cpu_s": round(read_cpu, 3),
            "real_incremental_add_cpu_s": round(add_cpu, 3),
            "real_incremental_cpu_ratio": round(add_cpu / read_cpu, 3),
            "real_incremental_cpu_ratio_paired": round(paired, 3),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
