"""Folders as users' disks hold them: odd names, links, folders named like papers, full disks,
killed runs. Each problem is one line naming the file, exit 3, and nothing already indexed is lost.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from indexer.cli import EXIT_WRITE_FAILED, main
from tests import hostile

ROOT = Path(__file__).resolve().parent.parent


def _index(folder: Path, index_dir: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["index", str(folder), "--index", str(index_dir), *extra])


def _sources(index_dir: Path) -> set[str]:
    return set(json.loads((index_dir / "manifest.json").read_text())["papers"])


def _found(index_dir: Path, word: str) -> int:
    result = CliRunner().invoke(main, ["search", word, "--json", "--index", str(index_dir)])
    return json.loads(result.output)["total"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    hostile.good_minutes(papers / "parish-2021-03-03.pdf", marker="footpath")
    return papers


def test_a_file_name_that_is_not_utf8_is_one_failed_line_and_the_rest_index(folder: Path, tmp_path: Path) -> None:
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-minutes.pdf")
    hostile.good_minutes(Path(os.fsdecode(odd)), marker="allotment")
    result = _index(folder, tmp_path / "index")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "caf\\xe9-minutes.pdf" in failed[0] and "UTF-8" in failed[0]
    assert _found(tmp_path / "index", "footpath") >= 1
    assert not list((tmp_path / "index").rglob("*.tmp*"))


def test_a_file_named_with_a_newline_cannot_forge_a_second_report_line(folder: Path, tmp_path: Path) -> None:
    (folder / "x.pdf\nfailed: forged.pdf").with_suffix(".pdf").write_bytes(b"not a pdf")
    result = _index(folder, tmp_path / "index")
    assert result.exit_code == 3
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "\\n" in failed[0]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda f: os.symlink(f / "gone.pdf", f / "dangling.pdf"), "link to nothing"),
        (lambda f: os.symlink(f / "loop.pdf", f / "loop.pdf"), "loops"),
        (lambda f: (f / "folder.pdf").mkdir(), "a folder, not a paper"),
    ],
    ids=["dangling link", "looping link", "folder named like a paper"],
)
def test_entries_that_look_like_papers_but_are_not_are_named(folder: Path, tmp_path: Path, make, reason: str) -> None:  # noqa: ANN001
    make(folder)
    result = _index(folder, tmp_path / "index")
    assert result.exit_code == 3, result.output
    assert any(line.startswith("failed:") and reason in line for line in result.output.splitlines()), result.output
    assert _found(tmp_path / "index", "footpath") >= 1


def test_a_link_out_of_the_folder_is_refused_unless_asked_and_dropped_when_removed(
    folder: Path, tmp_path: Path
) -> None:
    outside = hostile.good_minutes(tmp_path / "private-notes.pdf", marker="allotment")
    link = folder / "linked.pdf"
    link.symlink_to(outside)
    index_dir = tmp_path / "index"
    refused = _index(folder, index_dir)
    assert refused.exit_code == 3 and "--follow-links" in refused.output
    assert _found(index_dir, "allotment") == 0
    followed = _index(folder, index_dir, "--follow-links")
    assert followed.exit_code == 0, followed.output
    assert _found(index_dir, "allotment") >= 1
    link.unlink()
    assert _index(folder, index_dir, "--follow-links").exit_code == 0
    assert _found(index_dir, "allotment") == 0
    assert str(outside) not in _sources(index_dir)


def test_an_indexed_paper_that_cannot_be_read_now_keeps_its_place(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    assert _index(folder, index_dir).exit_code == 0
    paper = next(folder.glob("*.pdf"))
    os.utime(paper, ns=(1, 1))  # its size or time moved, so the run must look at it again
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == paper.resolve() else real_access(p, mode))
    result = _index(folder, index_dir)
    assert result.exit_code == 3 and "permission denied" in result.output
    assert "Traceback" not in result.output
    assert str(paper.resolve()) in _sources(index_dir)
    assert _found(index_dir, "footpath") >= 1


def test_a_full_disk_is_one_line_with_its_own_exit_and_the_index_stays(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexer.index import batch

    index_dir = tmp_path / "index"
    assert _index(folder, index_dir).exit_code == 0
    hostile.good_minutes(folder / "parish-2021-04-07.pdf", marker="allotment")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch, "write_json", full)
    result = _index(folder, index_dir)
    assert result.exit_code == EXIT_WRITE_FAILED
    assert result.output.count("\n") == 1 and "No space left on device" in result.output
    monkeypatch.undo()
    assert not list((index_dir / "records").glob("*.new"))
    assert _found(index_dir, "footpath") >= 1
    assert _index(folder, index_dir).exit_code == 0
    assert _found(index_dir, "allotment") >= 1


def test_a_lock_held_by_orphans_of_a_killed_run_is_recovered_with_a_notice(folder: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    lock = index_dir / "minuted.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            f"h = open({str(lock)!r}, 'a+'); fcntl.flock(h, fcntl.LOCK_EX); print('held', flush=True); time.sleep(120)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        lock.write_text("999999999")  # the run that took it is gone
        result = _index(folder, index_dir)
        assert result.exit_code == 0, result.output
        assert "stale lock" in result.output
        assert holder.wait(timeout=10) == -signal.SIGKILL
    finally:
        holder.kill()


def test_a_lock_held_by_a_live_run_is_respected(folder: Path, tmp_path: Path) -> None:
    from indexer.cli import EXIT_BUSY
    from indexer.index.store import index_lock

    index_dir = tmp_path / "index"
    with index_lock(index_dir):
        assert _index(folder, index_dir).exit_code == EXIT_BUSY


@pytest.mark.slow
def test_killing_a_run_with_two_workers_at_twenty_random_moments_never_blocks_or_breaks_the_index(
    folder: Path, tmp_path: Path
) -> None:
    """kill -9 anywhere in a ``--workers 2`` run: while its workers read, write or commit.

    Each round changes two papers so the run it kills has reading to do; after each kill
    the lock is free at once (no orphan holds it) and the index answers. The last run
    completes the work and leaves index, manifest and records agreeing.
    """
    from indexer.index.store import index_lock
    from tests.test_reindex_kit import index_is_consistent

    rounds = int(os.environ.get("MINUTED_KILL_ROUNDS", "20"))
    chance = random.Random(16)
    index_dir = tmp_path / "index"
    command = [sys.executable, "-m", "indexer", "index", str(folder), "--index", str(index_dir), "--workers", "2"]
    for n in range(rounds):
        for k in (n % 4, (n + 1) % 4):
            hostile.good_minutes(folder / f"parish-2022-0{k + 1}-01.pdf", marker=f"round{n}paper{k}")
        log = tmp_path / f"round{n}.log"  # a file, not a pipe: orphans could hold a pipe open
        with log.open("w") as stderr:
            run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
            time.sleep(chance.uniform(0.5, 9.0))
            run.send_signal(signal.SIGKILL)
            run.wait()
        assert run.returncode in (0, -signal.SIGKILL), f"round {n}: {log.read_text()}"
        notices: list[str] = []
        with index_lock(index_dir, wait=2.0, notice=notices.append):
            pass
        assert not notices, f"round {n}: workers outlived their killed parent: {notices}"
        if (index_dir / "manifest.json").exists():
            assert _found(index_dir, "footpath") >= 1, f"round {n}: the index stopped answering"
    final = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    index_is_consistent(index_dir)
    last = rounds - 1
    assert _found(index_dir, f"round{last}paper{last % 4}") == 1
    assert _found(index_dir, f"round{last}paper{(last + 1) % 4}") == 1


def test_a_damaged_record_is_skipped_by_every_page_and_repaired_by_the_next_index(folder: Path, tmp_path: Path) -> None:
    from webapp import create_app

    hostile.good_minutes(folder / "parish-2021-04-07.pdf", marker="allotment")
    index_dir = tmp_path / "index"
    assert _index(folder, index_dir).exit_code == 0
    damaged = sorted((index_dir / "records").glob("*.json"))[0]
    damaged.write_text(damaged.read_text()[:200])
    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    pages = [
        "/",
        "/search?q=footpath",
        "/search?q=allotment",
        "/commitments",
        "/people/ann-hughes",
        "/people/tom-price",
    ]
    links = {
        href.split('"')[0]
        for page in pages
        for href in client.get(page).text.split('href="')[1:]
        if href.startswith("/") and not href.startswith("/static")
    }
    for link in [*pages, *links]:
        assert client.get(link).status_code < 500, link
    result = _index(folder, index_dir)
    assert result.exit_code == 0 and "updated 1" in result.output
    json.loads(damaged.read_text())
