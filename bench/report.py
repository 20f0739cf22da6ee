"""The bench's output: one table of figures and ratios for people, one JSON object for tools.

Every figure is a number so ``--json`` can be read by anything; the machine it ran on is
described beside the table (and written into bench/RESULTS.md by hand with the figures).
"""

from __future__ import annotations

import math
import os
import platform
import subprocess
from datetime import date
from typing import Any

from bench import real_queries

TARGETS = {
    "throughput_ratio": (">=", 0.8),
    "query_p95_ratio": ("<=", 1.0),
    "incremental_add_s": ("<=", 2.0),
    "serve_peak_rss_mb": ("<=", 500.0),
    "real_throughput_ratio": (">=", 2.0),
}


def machine() -> dict[str, Any]:
    """nproc, RAM, Python, load: what the figures depend on besides the code."""
    ram = 0.0
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            ram = int(handle.readline().split()[1]) / 2**20
    except (OSError, ValueError, IndexError):
        pass
    return {
        "nproc": os.cpu_count() or 0,
        "ram_gb": round(ram, 1),
        "python": platform.python_version(),
        "date": date.today().isoformat(),
        "commit": _commit(),
    }


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
        dirty = subprocess.run(["git", "status", "--porcelain", "indexer", "webapp"], capture_output=True, text=True)
    except OSError:
        return "unknown"
    return head.stdout.strip() + ("+uncommitted indexer/webapp changes" if dirty.stdout.strip() else "")


def met(figures: dict[str, float], key: str) -> bool | None:
    if key not in figures or not isinstance(figures[key], int | float) or math.isnan(figures[key]):
        return None
    op, bound = TARGETS[key]
    return figures[key] >= bound if op == ">=" else figures[key] <= bound


def with_verdicts(figures: dict[str, float]) -> dict[str, float]:
    """Adds ``target_<figure>`` = 1 (met) or 0 (missed) for each figure with a target."""
    out = dict(figures)
    for key in TARGETS:
        verdict = met(figures, key)
        if verdict is not None:
            out[f"target_{key}"] = int(verdict)
    return out


def _f(figures: dict[str, float], key: str, digits: int = 1) -> str:
    value = figures.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def _verdict(figures: dict[str, float], key: str) -> str:
    verdict = met(figures, key)
    op, bound = TARGETS[key]
    return f"{op} {bound:g}: " + {True: "met", False: "MISSED", None: "not measured"}[verdict]


def table(figures: dict[str, float], host: dict[str, Any]) -> str:
    """The figures as a plain-text table, one row per figure, ratio and target beside it."""
    g = figures
    rows = [
        ("1. Index throughput, pages/s", "", "", "", ""),
        (
            "   full pipeline vs floor (2 workers)",
            _f(g, "pipeline_pages_per_s", 2),
            _f(g, "floor_pages_per_s", 2),
            _f(g, "throughput_ratio", 2),
            _verdict(g, "throughput_ratio"),
        ),
        ("   same ratio from CPU time per page", "", "", _f(g, "throughput_cpu_ratio", 2), ""),
        ("2. Query latency, 30-query mix, ms", "Minuted", "FTS5", "ratio", ""),
        ("   p50", _f(g, "minuted_p50_ms"), _f(g, "fts5_p50_ms"), _f(g, "query_p50_ratio", 2), ""),
        (
            "   p95",
            _f(g, "minuted_p95_ms"),
            _f(g, "fts5_p95_ms"),
            _f(g, "query_p95_ratio", 2),
            _verdict(g, "query_p95_ratio"),
        ),
        ("3. Web /search, 8 clients", "", "", "", ""),
        ("   requests/s", _f(g, "web_rps", 2), "", "", f"{_f(g, 'web_requests', 0)} requests"),
        (
            "   p50 / p95 ms",
            f"{_f(g, 'web_p50_ms')} / {_f(g, 'web_p95_ms')}",
            "",
            "",
            f"errors {_f(g, 'web_errors', 0)}",
        ),
        ("4. Incremental, one paper added, s", "", "", "", ""),
        ("   index_paths, model loaded", _f(g, "incremental_add_s", 2), "", "", _verdict(g, "incremental_add_s")),
        ("   reading that paper alone", _f(g, "incremental_paper_s", 2), "", "", ""),
        ("   `python -m indexer index` (cold)", _f(g, "incremental_cli_s", 2), "", "", ""),
        ("   removing the papers again", _f(g, "incremental_remove_s", 2), "", "", ""),
        ("5. Peak memory (RSS), MB", "", "", "", ""),
        ("   serving (waitress, VmHWM)", _f(g, "serve_peak_rss_mb"), "", "", _verdict(g, "serve_peak_rss_mb")),
        ("   indexing: store, truth records", _f(g, "truth_index_peak_rss_mb"), "", "", ""),
        ("   indexing: pipeline parent", _f(g, "pipeline_peak_rss_mb"), "", "", ""),
        ("   indexing: pipeline worker", _f(g, "pipeline_worker_peak_rss_mb"), "", "", ""),
    ]
    widths = [max(len(str(r[i])) for r in rows) for i in range(5)]
    lines = [
        f"Minuted bench: {_f(g, 'papers', 0)} meetings, {_f(g, 'pages', 0)} pages, {_f(g, 'items', 0)} agenda items, "
        f"{_f(g, 'index_docs', 0)} index documents",
        f"machine: {host['nproc']} CPUs, {host['ram_gb']} GB RAM, Python {host['python']}, {host['date']}, "
        f"commit {host['commit']}, load average {_f(g, 'load_start', 2)} → {_f(g, 'load_end', 2)}",
        "",
    ]
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    lines += [
        "",
        f"Throughput: {_f(g, 'sample_papers', 0)} real PDFs ({_f(g, 'sample_pages', 0)} pages) through the real pipeline;",
        "the floor is pdfplumber extract_words + one spaCy pass (load_pipeline) over the text, also 2 processes.",
        f"CPU per page, parent + workers: pipeline {_f(g, 'pipeline_parent_cpu_ms_per_page', 0)} + "
        f"{_f(g, 'pipeline_workers_cpu_ms_per_page', 0)} ms, floor {_f(g, 'floor_parent_cpu_ms_per_page', 0)} + "
        f"{_f(g, 'floor_workers_cpu_ms_per_page', 0)} ms. The sample was read correctly: agenda items "
        f"{_f(g, 'items_recall', 2)}, people present {_f(g, 'present_recall', 2)} of the ground truth.",
        f"Figures 2-5 use an index of all {_f(g, 'papers', 0)} meetings built from the synthetic ground truth: the store's",
        "own index_paths reading each paper's truth record instead of its PDF (no pdfplumber, no spaCy): bench/truth_index.py;",
        f"built in {_f(g, 'truth_index_s')} s, {_f(g, 'index_segments', 0)} segment(s), {_f(g, 'index_mb')} MB.",
        f"Queries: {_f(g, 'query_samples', 0)} timed per engine; top-10 overlap {_f(g, 'top10_overlap', 2)}, "
        f"totals agree {_f(g, 'totals_agree', 2)}, Minuted's reported total short of its matches in "
        f"{_f(g, 'minuted_total_short', 2)} of queries.",
    ]
    if "real_pages" in figures:
        lines += ["", *real_rows(figures)]
    return "\n".join(lines)


def real_table(figures: dict[str, float], host: dict[str, Any]) -> str:
    """``python -m bench --real``: the real-paper figures alone."""
    return "\n".join(
        [
            f"machine: {host['nproc']} CPUs, {host['ram_gb']} GB RAM, Python {host['python']}, {host['date']}, "
            f"commit {host['commit']}, load average {_f(figures, 'load_start', 2)} → {_f(figures, 'load_end', 2)}",
            "",
            *real_rows(figures),
        ]
    )


def real_rows(figures: dict[str, float]) -> list[str]:
    """Indexing the real papers in ../shared against the naive floor, and where a worker's CPU goes."""
    g = figures
    if "real_pages" not in g:
        return ["Real papers: none found in ../shared, not measured."]
    return [
        f"Real papers: {_f(g, 'real_papers', 0)} PDFs, {_f(g, 'real_pages', 0)} pages from ../shared (bulk, more-papers, papers)",
        f"   indexing, OCR on, 2 workers   {_f(g, 'real_pipeline_pages_per_s', 2)} pages/s, "
        f"{_f(g, 'real_pipeline_cpu_ms_per_page', 0)} ms CPU a page",
        f"   floor (extract_text + spaCy)  {_f(g, 'real_floor_pages_per_s', 2)} pages/s, "
        f"{_f(g, 'real_floor_cpu_ms_per_page', 0)} ms CPU a page",
        f"   ratio {_f(g, 'real_throughput_ratio', 2)} (CPU: {_f(g, 'real_throughput_cpu_ratio', 2)}), "
        + _verdict(g, "real_throughput_ratio"),
        f"   worker peak RSS: pipeline {_f(g, 'real_pipeline_worker_peak_rss_mb')} MB, "
        f"floor {_f(g, 'real_floor_worker_peak_rss_mb')} MB",
        f"   one worker's CPU a page ({_f(g, 'real_stage_pages', 0)} pages, {_f(g, 'real_stage_ocr_pages', 0)} by OCR): "
        f"reading {_f(g, 'real_stage_read_cpu_ms_per_page', 0)} ms (OCR {_f(g, 'real_stage_ocr_cpu_ms_per_page', 0)}, "
        f"pdfminer {_f(g, 'real_stage_pdfminer_cpu_ms_per_page', 0)}), "
        f"structure {_f(g, 'real_stage_structure_cpu_ms_per_page', 0)}, "
        f"annotation {_f(g, 'real_stage_annotate_cpu_ms_per_page', 0)} (spaCy {_f(g, 'real_stage_spacy_cpu_ms_per_page', 0)})",
        *([real_queries.table(g)] if "real_minuted_p95_ms" in g else []),
        *(
            [
                "4r. Add one paper (of median length) to their index: "
                f"{_f(g, 'real_incremental_add_s', 2)} s against its own reading {_f(g, 'real_incremental_paper_s', 2)} s, "
                f"ratio {_f(g, 'real_incremental_ratio', 2)} (target <= 1.2)"
            ]
            if "real_incremental_ratio" in g
            else []
        ),
        *(
            [
                f"6r. Reading {_f(g, 'cluster_papers', 0)} of them ({_f(g, 'cluster_pages', 0)} pages) on a Dask cluster "
                f"(127.0.0.1, one thread a worker, cold start): 1 worker {_f(g, 'dask1_pages_per_s', 2)} pages/s, "
                f"2 workers {_f(g, 'dask2_pages_per_s', 2)} pages/s ({_f(g, 'dask2_vs_dask1', 2)}x); "
                f"local --workers 2 {_f(g, 'local2_pages_per_s', 2)} pages/s"
            ]
            if "dask2_pages_per_s" in g
            else []
        ),
    ]
