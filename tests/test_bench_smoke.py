"""The benchmarks still run: a tiny archive through every figure, read back as JSON.

The real runs (``make bench``, ``python -m bench --size 10000``) take minutes to hours and
are not part of ``make test``; this one proves the bench works end to end on 20 meetings.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "pipeline_pages_per_s",
    "floor_pages_per_s",
    "throughput_ratio",
    "minuted_p50_ms",
    "minuted_p95_ms",
    "fts5_p50_ms",
    "fts5_p95_ms",
    "query_p95_ratio",
    "web_rps",
    "web_p95_ms",
    "incremental_add_s",
    "incremental_cli_s",
    "serve_peak_rss_mb",
    "truth_index_peak_rss_mb",
    "pipeline_peak_rss_mb",
)


def run_bench(*args: str, timeout: float = 300) -> tuple[subprocess.CompletedProcess, dict]:
    """``python -m bench ARGS --json`` from the repository root: the run and its figures."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", *args, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done, json.loads(done.stdout)


def every_figure_a_number(figures: dict, names: tuple[str, ...]) -> None:
    assert all(isinstance(v, int | float) and not isinstance(v, bool) for v in figures.values()), figures
    for name in names:
        assert name in figures, name
        assert math.isfinite(figures[name]) and figures[name] > 0, (name, figures[name])


@pytest.mark.slow
def test_bench_on_20_meetings_prints_every_figure_as_a_number(tmp_path: Path) -> None:
    _done, figures = run_bench(
        "--size", "20", "--out", str(tmp_path), "--sample", "3", "--rounds", "1", "--requests", "40", "--no-real"
    )
    every_figure_a_number(figures, FIGURES)
    assert figures["papers"] == 20 and figures["items"] > 20
    assert figures["web_errors"] == 0 and figures["pipeline_failed"] == 0


REAL_FIGURES = (
    "real_throughput_ratio",
    "real_query_p95_ratio",
    "real_uncached_web_rps",
    "real_incremental_ratio",
    "dask1_pages_per_s",
    "dask2_pages_per_s",
)


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT.parent / "shared" / "papers").is_dir(), reason="needs ../shared")
def test_the_real_paper_bench_on_three_papers_prints_every_figure_as_a_number(tmp_path: Path) -> None:
    """Throughput against the floor, queries against FTS5, the web, one paper added, Dask."""
    _done, figures = run_bench(
        "--real",
        "--out",
        str(tmp_path),
        "--real-sample",
        "3",
        "--real-rounds",
        "1",
        "--rounds",
        "1",
        "--requests",
        "40",
        timeout=600,
    )
    every_figure_a_number(figures, REAL_FIGURES)
