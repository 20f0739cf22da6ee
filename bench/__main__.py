"""``python -m bench --size N [--json]``: generate an archive, measure the five figures.

Each figure is a ratio measured side by side in one run (see the modules for why each is
measured the way it is): throughput.py, queries.py (+ fts.py), web.py, incremental.py;
memory comes from every phase's own peak. Then the real papers in ../shared are indexed
against the naive floor (real.py; ``--real`` measures only those, ``--no-real`` skips them).
Progress goes to stderr, the table (or with
``--json`` one JSON object of numbers) to stdout. Generated data lives under bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from bench import real
from bench.process import PhaseFailed, run_phase
from bench.report import machine, real_table, table, with_verdicts
from bench.synth import SEED, write_archive
from bench.throughput import sample

OUT = Path(__file__).resolve().parent / "out"


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _plan(size: int, args: argparse.Namespace) -> dict[str, int]:
    """How much of each measurement a size gets: small runs must stay quick."""
    small = size <= 50
    return {
        "sample": args.sample or min(80, max(6, size // 25)),
        "rounds": 1 if small else 2,
        "query_rounds": args.rounds or (3 if small else 10),
        "query_budget": 20 if small else 180,
        "requests": args.requests or (8 * 15 if small else 8 * 80),
        "web_seconds": 20 if small else 120,
        "real_sample": args.real_sample or (3 if small else 0),
    }


def run(args: argparse.Namespace) -> dict[str, float]:
    size = args.size
    out = Path(args.out or OUT)
    plan = _plan(size, args)
    figures: dict[str, float] = {"size": size, "load_start": round(os.getloadavg()[0], 2)}
    timeout = 600 + size * 0.5  # seconds a phase may take; beyond that something is wrong

    _log(f"archive of {size} meetings")
    archive = write_archive(out / f"archive-{size}", size, args.seed)
    figures.update(
        papers=size, pages=archive.pages, items=archive.items, commitments=archive.commitments, synth_s=archive.seconds
    )

    chosen = sample(archive.pdfs(), plan["sample"])
    listing = out / f"sample-{size}.txt"
    listing.write_text("\n".join(str(p) for p in chosen), encoding="utf-8")
    floor = {"pages": 0, "seconds": 0.0}
    pipe = {"pages": 0, "seconds": 0.0}
    for r in range(plan["rounds"]):
        order = ("floor", "pipeline") if r % 2 == 0 else ("pipeline", "floor")
        for which in order:
            _log(f"throughput: {which} on {len(chosen)} papers (round {r + 1}/{plan['rounds']})")
            extra = [str(out / f"pipeline-index-{size}")] if which == "pipeline" else []
            got = run_phase("bench.throughput", [which, str(listing), *extra], timeout)
            total = floor if which == "floor" else pipe
            total["pages"] += got["pages"]
            total["seconds"] += got["seconds"]
            for part in ("parent", "workers"):
                key = f"{which}_{part}_cpu_ms_per_page"
                figures[key] = figures.get(key, 0) + got[f"{part}_cpu_ms_per_page"] / plan["rounds"]
            if which == "pipeline":
                figures["pipeline_peak_rss_mb"] = max(figures.get("pipeline_peak_rss_mb", 0), got["peak_rss_mb"])
                figures["pipeline_worker_peak_rss_mb"] = max(
                    figures.get("pipeline_worker_peak_rss_mb", 0), got["children_peak_rss_mb"]
                )
                figures["pipeline_failed"] = got["failed"]
                figures.update({k: v for k, v in got.items() if k.endswith("_recall")})
            else:
                figures["floor_worker_peak_rss_mb"] = got["children_peak_rss_mb"]
    figures["sample_papers"] = len(chosen)
    figures["sample_pages"] = pipe["pages"] // plan["rounds"]
    figures["pipeline_pages_per_s"] = pipe["pages"] / pipe["seconds"]
    figures["floor_pages_per_s"] = floor["pages"] / floor["seconds"]
    figures["throughput_ratio"] = figures["pipeline_pages_per_s"] / figures["floor_pages_per_s"]
    # CPU per page is steadier than wall time on a shared machine: the same ratio, from CPU.
    floor_cpu = figures["floor_parent_cpu_ms_per_page"] + figures["floor_workers_cpu_ms_per_page"]
    pipe_cpu = figures["pipeline_parent_cpu_ms_per_page"] + figures["pipeline_workers_cpu_ms_per_page"]
    figures["throughput_cpu_ratio"] = floor_cpu / pipe_cpu if pipe_cpu else float("nan")

    index_dir = out / f"index-{size}"
    _log(f"index of all {size} meetings from ground truth (store.index_paths, truth records)")
    got = run_phase("bench.truth_index", [str(archive.root), str(index_dir)], timeout * 4)
    figures.update(
        truth_index_s=got["seconds"],
        index_docs=got["docs"],
        index_item_docs=got["item_docs"],
        index_mb=got["index_mb"],
        index_segments=got["segments"],
        truth_index_peak_rss_mb=got["peak_rss_mb"],
    )

    work = out / f"queries-{size}"
    _log("queries: FTS5 copy, then the 30-query mix on both engines")
    got = run_phase(
        "bench.queries",
        [str(index_dir), str(work), "--rounds", str(plan["query_rounds"]), "--budget", str(plan["query_budget"])],
        timeout,
    )
    for key in ("minuted_p50_ms", "minuted_p95_ms", "fts5_p50_ms", "fts5_p95_ms", "top10_overlap", "totals_agree"):
        figures[key] = got[key]
    figures.update({k: v for k, v in got.items() if k.endswith("_p95_ms")})
    figures["minuted_total_short"] = got["minuted_total_short"]
    figures["query_samples"] = got["samples"]
    figures["fts_build_s"] = got["fts_build_s"]
    figures["query_p50_ratio"] = got["minuted_p50_ms"] / got["fts5_p50_ms"]
    figures["query_p95_ratio"] = got["minuted_p95_ms"] / got["fts5_p95_ms"]

    _log(f"web: {plan['requests']} requests from 8 clients at most, {plan['web_seconds']} s at most")
    got = run_phase(
        "bench.web",
        [
            str(index_dir),
            str(work / "mix.json"),
            "--requests",
            str(plan["requests"]),
            "--seconds",
            str(plan["web_seconds"]),
        ],
        timeout,
    )
    figures.update({k: v for k, v in got.items() if k.startswith(("web_", "serve_"))})

    _log("incremental: one paper added, then removed")
    got = run_phase("bench.incremental", [str(archive.root), str(index_dir)], timeout)
    figures.update({k: v for k, v in got.items() if k.startswith("incremental_")})
    if not args.no_real:
        figures.update(_real(out, args, plan["real_sample"], plan["rounds"]))
    figures["load_end"] = round(os.getloadavg()[0], 2)
    return with_verdicts({k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()})


def _real(out: Path, args: argparse.Namespace, papers: int | None, rounds: int) -> dict[str, float]:
    """Every real-paper figure: indexing against the floor (real.py), then on the index that
    built, queries against FTS5 and the web (real_queries.py), adding one paper
    (real_incremental.py), and reading on a Dask cluster of one and two workers."""
    figures = real.measure(out, papers, rounds, _log, args.shared)
    index_dir = out / "real-index"
    if "real_pages" not in figures or not (index_dir / "manifest.json").exists():
        return figures
    timeout = 7200
    _log("real papers: queries against FTS5, web at 8 clients")
    extra = ["--rounds", str(args.rounds)] if args.rounds else []
    extra += ["--requests", str(args.requests)] if args.requests else []
    got = run_phase("bench.real_queries", [str(out), "--index", str(index_dir), *extra], timeout)
    figures.update({k: v for k, v in got.items() if k not in figures})
    _log("real papers: one paper added to their index")
    small = bool(papers and papers < 10)
    incremental = [str(index_dir), str(out / "real-extra"), "--rounds", "1" if small else "3"]
    got = run_phase("bench.real_incremental", incremental, timeout)
    figures.update({k: v for k, v in got.items() if k.startswith("real_incremental_")})
    listing = out / "real-cluster.txt"
    chosen = sample(real.real_papers(args.shared), min(24, papers or 24))
    listing.write_text("\n".join(str(p) for p in chosen), encoding="utf-8")
    _log(f"real papers: {len(chosen)} read on a Dask cluster of one, then two workers, beside a local run")
    got = run_phase("bench.dask_cluster", [str(listing), str(out / "real-cluster")], timeout)
    figures.update({k: v for k, v in got.items() if k.startswith(("dask", "local2", "cluster_"))})
    return figures


def run_real(args: argparse.Namespace) -> dict[str, float]:
    """Only the real-paper figures (``--real``): no synthetic archive is built."""
    figures: dict[str, float] = {"load_start": round(os.getloadavg()[0], 2)}
    figures.update(_real(Path(args.out or OUT), args, args.real_sample, args.real_rounds))
    figures["load_end"] = round(os.getloadavg()[0], 2)
    return with_verdicts({k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="meetings in the archive (about 10 items each)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object of numbers")
    parser.add_argument("--out", type=Path, help="working folder (default bench/out)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--sample", type=int, help="papers read through the real pipeline for throughput")
    parser.add_argument("--rounds", type=int, help="timed rounds of the query mix")
    parser.add_argument("--requests", type=int, help="web requests in all")
    parser.add_argument("--real", action="store_true", help="only the real papers in ../shared, no synthetic archive")
    parser.add_argument("--real-sample", type=int, help="real papers to read (default: all, about 1,200 pages)")
    parser.add_argument("--real-rounds", type=int, default=2, help="timed rounds of each side with --real")
    parser.add_argument("--no-real", action="store_true", help="skip the real papers")
    parser.add_argument("--shared", type=Path, default=real.SHARED, help="the folder holding bulk, more-papers, papers")
    args = parser.parse_args(argv)
    if args.size < 2:
        parser.error("--size must be at least 2")
    started = time.perf_counter()
    try:
        figures = run_real(args) if args.real else run(args)
    except PhaseFailed as exc:
        _log(f"failed: {exc}")
        return 1
    figures["bench_s"] = round(time.perf_counter() - started, 1)
    _log(f"done in {figures['bench_s']:.0f} s")
    Path(args.out or OUT).mkdir(parents=True, exist_ok=True)
    saved = Path(args.out or OUT) / ("figures-real.json" if args.real else f"figures-{args.size}.json")
    saved.write_text(json.dumps({**figures, "machine": machine()}, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(figures))
    else:
        print(real_table(figures, machine()) if args.real else table(figures, machine()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
