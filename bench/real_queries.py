"""Query and web figures on the real papers in ../shared, beside the synthetic archive's.

The synthetic archive flatters search: its passages are short and its words few. Here the
real papers (../shared/papers, more-papers and bulk) are indexed through the real pipeline
(``index_paths``, incremental: a second run reuses the index and costs seconds), then:

- query p50/p95 of the 30-query mix (bench/queries.py) against SQLite FTS5 loaded with the
  same passages, the engines taking turns query by query;
- /search at 8 clients, served as users serve it (``python -m indexer serve``, one process
  per core), twice side by side: repeated queries answered from the result cache (as the
  mix repeats), and every request searched afresh (``MINUTED_SEARCH_CACHE=0``).

Skipped cleanly, with ``real_skipped``, when ../shared is not there.

Phase: ``python -m bench.real_queries OUT`` prints JSON figures.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from bench.process import ROOT, emit

SHARED = ROOT.parent / "shared"
FOLDERS = ("papers", "more-papers", "bulk")


def real_folders(shared: Path = SHARED) -> list[Path]:
    """The real-paper folders that are there."""
    return [shared / name for name in FOLDERS if (shared / name).is_dir()]


def build_index(folders: list[Path], index_dir: Path, workers: int = 2) -> dict[str, Any]:
    """The real papers' index, brought up to date (nothing to do when it already is)."""
    from indexer.index.store import index_paths

    started = time.perf_counter()
    summary = index_paths(folders, index_dir, workers=workers)
    return {
        "real_index_s": round(time.perf_counter() - started, 1),
        "real_papers": len(summary.added) + len(summary.updated) + len(summary.unchanged),
        "real_failed": len(summary.failed),
    }


def query_figures(index_dir: Path, work: Path, rounds: int, budget_s: float) -> dict[str, Any]:
    """Minuted against FTS5 on the real passages (bench/queries.py), keys prefixed ``real_``."""
    from bench.fts import FtsIndex
    from bench.queries import build_fts, measure, query_mix

    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "fts5.sqlite"
    figures = build_fts(index_dir, db_path)
    aliases_path = index_dir / "people.json"
    aliases = json.loads(aliases_path.read_text(encoding="utf-8")) if aliases_path.exists() else {}
    mix = query_mix(FtsIndex(db_path, aliases_path), aliases)
    plain = [{"kind": q.kind, "text": q.text, "filters": q.filters, "match": q.match} for q in mix]
    (work / "mix.json").write_text(json.dumps(plain, indent=1), encoding="utf-8")
    figures.update(measure(index_dir, db_path, rounds, budget_s))
    figures["query_p50_ratio"] = figures["minuted_p50_ms"] / figures["fts5_p50_ms"]
    figures["query_p95_ratio"] = figures["minuted_p95_ms"] / figures["fts5_p95_ms"]
    return {f"real_{k}": v for k, v in figures.items()}


def web_figures(index_dir: Path, mix_path: Path, requests: int, seconds: float) -> dict[str, Any]:
    """/search at 8 clients with the result cache and without it, side by side."""
    from bench import web

    mix = json.loads(mix_path.read_text(encoding="utf-8"))
    figures: dict[str, Any] = {}
    for label, cache in (("cached", "256"), ("uncached", "0")):
        os.environ["MINUTED_SEARCH_CACHE"] = cache  # the served app's children inherit it
        got = web.run(index_dir, mix, 8, requests, seconds)
        figures.update({f"real_{label}_{k}": v for k, v in got.items() if k.startswith(("web_", "serve_"))})
    os.environ.pop("MINUTED_SEARCH_CACHE", None)
    return figures


def run(  # noqa: PLR0913
    out: Path,
    rounds: int = 10,
    budget_s: float = 120.0,
    requests: int = 8 * 80,
    seconds: float = 90.0,
    index_dir: Path | None = None,
) -> dict:
    """Every real-paper figure; ``index_dir`` names an index of them already built."""
    folders = real_folders()
    if not folders:
        return {"real_skipped": 1}
    figures: dict[str, Any] = {"real_load_start": round(os.getloadavg()[0], 2)}
    if index_dir is None:
        index_dir = out / "real-index"
        figures.update(build_index(folders, index_dir))
    else:
        manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
        figures["real_papers"] = len(manifest.get("papers", {}))
    figures.update(query_figures(index_dir, out / "real-queries", rounds, budget_s))
    figures.update(web_figures(index_dir, out / "real-queries" / "mix.json", requests, seconds))
    figures["real_load_end"] = round(os.getloadavg()[0], 2)
    return figures


def table(figures: dict[str, Any]) -> str:
    """The real-paper figures as plain text, each beside its baseline and ratio."""
    if figures.get("real_skipped"):
        return "Real papers: skipped (no ../shared folder beside the repository)."
    g = figures

    def f(key: str, digits: int = 1) -> str:
        value = g.get(key)
        return "—" if value is None else f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"

    web = [
        f"   {label}: {f(f'real_{label}_web_rps')} requests/s, p50 / p95 {f(f'real_{label}_web_p50_ms')} / "
        f"{f(f'real_{label}_web_p95_ms')} ms, errors {f(f'real_{label}_web_errors', 0)}, "
        f"server CPU {f(f'real_{label}_web_server_cpu_ms', 2)} ms a request, "
        f"serving peak {f(f'real_{label}_serve_peak_rss_mb')} MB"
        for label in ("cached", "uncached")
    ]
    return "\n".join(
        [
            f"Real papers: {f('real_papers', 0)} papers from ../shared, {f('real_fts_rows', 0)} index documents "
            f"(index brought up to date in {f('real_index_s')} s), load {f('real_load_start', 2)} → "
            f"{f('real_load_end', 2)}",
            "2r. Query latency, 30-query mix, ms   Minuted   FTS5   ratio (target p95 <= 1.0)",
            f"   p50  {f('real_minuted_p50_ms')}  {f('real_fts5_p50_ms')}  {f('real_query_p50_ratio', 2)}",
            f"   p95  {f('real_minuted_p95_ms')}  {f('real_fts5_p95_ms')}  {f('real_query_p95_ratio', 2)}",
            "3r. Web /search, 8 clients (the mix repeats: 'cached' answers repeats from the result cache)",
            *web,
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.real_queries", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="working folder: the real index and the FTS5 copy go here")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds of timed query rounds at most")
    parser.add_argument("--requests", type=int, default=8 * 80)
    parser.add_argument("--seconds", type=float, default=90.0)
    parser.add_argument("--index", type=Path, help="an index of the real papers already built (not brought up to date)")
    args = parser.parse_args(argv)
    emit(run(args.out, args.rounds, args.budget, args.requests, args.seconds, args.index))


if __name__ == "__main__":
    main()
