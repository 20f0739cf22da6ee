"""Run one phase of the bench in its own process and read back its figures.

Each measurement that loads spaCy, builds an index or serves runs in a child process so
its peak memory is its own (VmHWM / ru_maxrss) and one phase's caches never flatter the
next. A phase prints one JSON object as its last line of stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class PhaseFailed(RuntimeError):
    """A phase's process exited non-zero or printed no figures."""


def python() -> str:
    return sys.executable


def run_phase(module: str, args: list[str], timeout: float) -> dict[str, Any]:
    """``python -m module args…`` from the repository root; its last stdout line as JSON."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    try:
        done = subprocess.run(
            [python(), "-m", module, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PhaseFailed(f"{module} took over {timeout:.0f} s") from exc
    lines = [ln for ln in done.stdout.splitlines() if ln.strip()]
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stderr.splitlines()[-15:])
        raise PhaseFailed(f"{module} exited {done.returncode}:\n{tail}")
    return json.loads(lines[-1])


def emit(figures: dict[str, Any]) -> None:
    """A phase's last act: its figures, with its own and its workers' peak memory."""
    figures = {**figures, "peak_rss_mb": peak_rss_mb(), "children_peak_rss_mb": children_peak_rss_mb()}
    print(json.dumps(figures), flush=True)


def peak_rss_mb() -> float:
    """This process's peak resident set (Linux reports ru_maxrss in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def children_peak_rss_mb() -> float:
    """The largest peak of any child this process has waited for (worker pools)."""
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def vm_hwm_mb(pid: int) -> float | None:
    """A live process's peak resident set, read from /proc (None when it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def tree_vm_hwm_mb(pid: int) -> float | None:
    """The peaks of a live process and of its children, added up: what a server of several
    processes holds at most (pages the children share with the parent count twice, so it
    is an upper bound). None when the process is gone."""
    own = vm_hwm_mb(pid)
    if own is None:
        return None
    total = own
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = int((entry / "stat").read_text(encoding="ascii").rsplit(") ", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            total += vm_hwm_mb(int(entry.name)) or 0.0
    return round(total, 1)


Phase = Callable[[list[Path], Path | None, int], dict[str, float]]


def phase_main(prog: str, doc: str, phases: dict[str, Phase], workers: int, argv: list[str] | None = None) -> None:
    """``python -m prog WHICH PAPERS [INDEX] [--workers N]``: one phase over the PDFs a file
    lists, its figures printed as JSON. The pipeline phase writes an index, so it needs INDEX."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    parser.add_argument("which", choices=list(phases))
    parser.add_argument("papers", type=Path, help="a file listing one PDF path per line")
    parser.add_argument("index", type=Path, nargs="?", help="where the pipeline writes its index")
    parser.add_argument("--workers", type=int, default=workers)
    args = parser.parse_args(argv)
    paths = [Path(line) for line in args.papers.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.which == "pipeline" and args.index is None:
        parser.error("pipeline needs INDEX")
    emit(phases[args.which](paths, args.index, args.workers))
