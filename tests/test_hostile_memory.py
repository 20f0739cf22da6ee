"""A 1,000-page pack indexes within 1 GB, and its last page is as findable as its first.

Indexing runs in a child process, as `python -m indexer index` does for a user, and its
peak resident memory is read from the kernel (ru_maxrss of the waited-for children).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import hostile

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 1024


@pytest.fixture(scope="session")
def thousand_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("thousand") / "papers"
    folder.mkdir()
    hostile.many_pages(folder / "finance-2022-04-01.pdf", pages=1000)
    return folder


def _peak_of(command: list[str]) -> tuple[int, int, str]:
    """Exit status, peak RSS in MB and output of ``command`` run in a measuring child."""
    measure = (
        "import resource, subprocess, sys; "
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(done.returncode); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024); "
        "print(done.stdout + done.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", measure, *command], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert done.returncode == 0, done.stderr
    status, peak_mb, output = done.stdout.split("\n", 2)
    return int(status), int(peak_mb), output


@pytest.fixture(scope="session")
def indexed_thousand(thousand_pages: Path) -> tuple[Path, int, str]:
    """The pack indexed by the CLI in a child; its index, peak RSS in MB, and its output."""
    index_dir = thousand_pages.parent / "index"
    command = [sys.executable, "-m", "indexer", "index", str(thousand_pages), "--index", str(index_dir)]
    status, peak_mb, output = _peak_of(command)
    assert status == 0, output
    return index_dir, int(peak_mb), output


@pytest.mark.slow
def test_indexing_a_1000_page_pack_stays_under_1_gb(indexed_thousand: tuple[Path, int, str]) -> None:
    _index_dir, peak_mb, output = indexed_thousand
    assert "added 1, updated 0, removed 0, unchanged 0, failed 0" in output
    assert peak_mb < LIMIT_MB, f"peak RSS {peak_mb} MB"


@pytest.mark.slow
def test_the_last_page_of_a_1000_page_pack_is_found(indexed_thousand: tuple[Path, int, str]) -> None:
    index_dir, _peak_mb, _output = indexed_thousand
    from indexer.index.store import load_record

    record, pages = load_record(index_dir, "finance-2022-04-01")
    assert len(pages) == 1000 and pages[-1]["number"] == 1000
    assert record.items[-1].pages[-1] == 1000
    last_page_words = " ".join(pages[-1]["text"].split()[-12:])
    assert last_page_words in " ".join(record.items[-1].text.split())
    found = subprocess.run(
        [sys.executable, "-m", "indexer", "search", "", "--meeting", "finance-2022-04-01", "--json", "--limit", "200"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"MINUTED_INDEX": str(index_dir), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] >= 1000


@pytest.mark.slow
def test_a_stream_that_inflates_to_a_gigabyte_is_refused_within_500_mb(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    hostile.inflation_bomb(folder / "bomb.pdf", megabytes=1024)
    hostile.good_minutes(folder / "parish-2021-03-03.pdf")
    command = [sys.executable, "-m", "indexer", "index", str(folder), "--index", str(tmp_path / "index")]
    status, peak_mb, output = _peak_of(command)
    assert status == 3, output
    assert peak_mb < 500, f"peak RSS {peak_mb} MB"
    failed = [line for line in output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "bomb.pdf" in failed[0] and "decompression bomb" in failed[0]
    assert "added 1," in output
