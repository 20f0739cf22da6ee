"""Indexing on a Dask cluster: a real `dask scheduler` and two `dask worker` processes on
127.0.0.1 read real papers; the one writer here indexes them, as a local run would."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.dask_cluster import LocalCluster, free_port
from indexer.cli import EXIT_NO_CLUSTER, main
from tests.conftest import PAPERS

ROOT = Path(__file__).resolve().parent.parent
REAL = ["friends-halesworth-library-2016-01-26-minutes", "nipissing-council-2024-05-14-minutes"]
REAL += ["alameda-open-government-2023-04-03-minutes", "dclg-local-public-data-panel-2013-10-17-minutes"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PAPERS.exists(), reason="needs ../shared/papers"),
]


def _records(index_dir: Path) -> dict[str, dict]:
    out = {}
    for path in sorted((index_dir / "records").glob("*.json")):
        record = json.loads(path.read_text())["record"]
        out[Path(record["source"]).name] = record
    return out


@pytest.fixture()
def cluster() -> Iterator[LocalCluster]:
    running = LocalCluster()
    try:
        running.add_worker()
        running.add_worker()
        running.wait_for(2)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cluster") / "papers"
    folder.mkdir()
    for name in REAL:
        shutil.copy(PAPERS / f"{name}.pdf", folder)
    return folder


@pytest.fixture(scope="module")
def local_records(papers: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    index_dir = tmp_path_factory.mktemp("local-index")
    assert CliRunner().invoke(main, ["index", str(papers), "--index", str(index_dir)]).exit_code == 0
    return _records(index_dir)


def test_papers_read_on_two_workers_give_the_records_a_local_run_gives(
    cluster: LocalCluster, papers: Path, local_records: dict[str, dict], tmp_path: Path
) -> None:
    result = CliRunner().invoke(main, ["index", str(papers), "--index", str(tmp_path), "--cluster", cluster.address])
    assert result.exit_code == 0, result.output
    assert f"added {len(REAL)}," in result.output
    assert _records(tmp_path) == local_records


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(
    cluster: LocalCluster, papers: Path, local_records: dict[str, dict], tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "indexer", "index", str(papers), "--index", str(tmp_path)]
    run = subprocess.Popen(
        [*command, "--cluster", cluster.address], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    time.sleep(4)  # the workers are loading the pipeline or reading the first papers
    os.killpg(cluster.workers[0].pid, signal.SIGKILL)
    cluster.add_worker()
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert f"added {len(REAL)}," in out
    assert _records(tmp_path) == local_records


def test_a_scheduler_that_does_not_answer_is_one_line_and_its_own_exit(papers: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["index", str(papers), "--index", str(tmp_path), "--cluster", f"tcp://127.0.0.1:{free_port()}"]
    )
    assert result.exit_code == EXIT_NO_CLUSTER
    assert result.output.count("\n") == 1 and "no Dask scheduler" in result.output
