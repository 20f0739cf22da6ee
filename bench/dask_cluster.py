"""Indexing through a Dask cluster with one and with two workers, beside a local run.

What ``index PATH --cluster`` buys is read here on one machine: a real ``dask scheduler`` and
``dask worker`` processes on 127.0.0.1 (one thread each, as a worker per core would run),
the same sample of real papers, and a local ``--workers 2`` run in the same phase for the
ratio. Each run starts cold (workers load the spaCy pipeline on their first paper), as a
user's run does. On several machines the workers' pages/s add up the same way, less what
sending each paper's bytes costs on the network.

Phase: ``python -m bench.dask_cluster LISTFILE WORKDIR`` prints JSON figures;
``LocalCluster`` is also what tests/test_cluster.py starts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.process import ROOT, emit

DASK = Path(sys.executable).parent / "dask"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalCluster:
    """A scheduler and workers as separate processes, each in its own process group."""

    def __init__(self) -> None:
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", self.address.rsplit(":", 1)[1])
        self.workers: list[subprocess.Popen] = []

    def _start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [str(DASK), *args, "--no-dashboard"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def add_worker(self) -> subprocess.Popen:
        worker = self._start("worker", self.address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1")
        self.workers.append(worker)
        return worker

    def wait_for(self, count: int, seconds: float = 120) -> None:
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(count, timeout=seconds)

    def stop_workers(self) -> None:
        for process in self.workers:
            _kill(process)
        self.workers = []

    def stop(self) -> None:
        self.stop_workers()
        _kill(self.scheduler)

    def __enter__(self) -> LocalCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _timed_index(papers: list[Path], index_dir: Path, **how: object) -> tuple[float, int]:
    """Seconds to index ``papers`` into a fresh index, and the pages of what was indexed."""
    from indexer.index.store import index_paths, iter_records

    shutil.rmtree(index_dir, ignore_errors=True)
    started = time.perf_counter()
    summary = index_paths(papers, index_dir, **how)
    seconds = time.perf_counter() - started
    if summary.failed:
        raise SystemExit(f"{len(summary.failed)} papers failed: {summary.failed[0]}")
    return seconds, sum(record.pages for _doc, record in iter_records(index_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dask_cluster")
    parser.add_argument("listing", type=Path, help="a file naming one paper a line")
    parser.add_argument("work", type=Path, help="a folder for the indexes")
    args = parser.parse_args(argv)
    papers = [Path(line) for line in args.listing.read_text(encoding="utf-8").splitlines() if line.strip()]
    figures: dict[str, float] = {"cluster_papers": len(papers)}
    seconds, pages = _timed_index(papers, args.work / "local", workers=2)
    figures.update(cluster_pages=pages, local2_pages_per_s=pages / seconds)
    with LocalCluster() as cluster:
        for count in (1, 2):
            while len(cluster.workers) < count:
                cluster.add_worker()
            cluster.wait_for(count)
            seconds, _pages = _timed_index(papers, args.work / f"dask{count}", cluster=cluster.address)
            figures[f"dask{count}_pages_per_s"] = pages / seconds
    figures["dask2_vs_local2"] = figures["dask2_pages_per_s"] / figures["local2_pages_per_s"]
    figures["dask2_vs_dask1"] = figures["dask2_pages_per_s"] / figures["dask1_pages_per_s"]
    emit({k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
