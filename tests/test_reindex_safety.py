"""A re-index can be killed, run twice, or run under a busy web app, and nothing breaks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import indexer.index.batch
from indexer.cli import main
from indexer.index.search import SearchIndex, search
from indexer.index.store import index_lock, index_paths, iter_records, load_manifest, load_record
from tests.conftest import ROOT, SHARED
from tests.test_reindex_kit import index_is_consistent, many_papers, meeting, read_made_up, write_paper

STEPS = list(indexer.index.batch.STEPS)
# Runs index_paths on made-up papers in another process: argv = papers, index, kill step,
# commit batch size. The step "none" lets it finish.
REINDEX = """
import os, signal, sys
from pathlib import Path
import indexer.index.store
from tests.test_reindex_kit import read_made_up
indexer.index.store.COMMIT_EVERY = int(sys.argv[4])
def checkpoint(name):
    if name == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)
indexer.index.store.index_paths([Path(sys.argv[1])], Path(sys.argv[2]), read=read_made_up, checkpoint=checkpoint)
"""


def _reindex_process(papers: Path, index_dir: Path, step: str = "none", batch: int = 100) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-c", REINDEX, str(papers), str(index_dir), step, str(batch)]
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _found(index_dir: Path, query: str = "police", **filters: str) -> set[str]:
    index = SearchIndex(index_dir)
    try:
        return {f"{h.doc}#{h.item}" for h in search(index, query, limit=200, **filters).hits}
    finally:
        index.close()


@pytest.fixture()
def papers(made_up_papers: Path) -> Path:
    return made_up_papers


@pytest.fixture()
def index_dir(made_up_index: Path) -> Path:
    return made_up_index


def _change(papers: Path) -> None:
    """Two new papers, one changed, one removed: every kind of work a batch does."""
    many_papers(papers, 2, start=3)
    write_paper(papers, "meeting-001.txt", meeting("2021-01-02", [("1", "Topic 1", "Police and allotments")]))
    (papers / "meeting-002.txt").unlink()


@pytest.mark.parametrize("step", STEPS)
def test_a_reindex_killed_at_any_step_leaves_a_searchable_index_and_the_next_run_completes_it(
    papers: Path, index_dir: Path, tmp_path: Path, step: str
) -> None:
    before = _found(index_dir)
    _change(papers)
    killed = _reindex_process(papers, index_dir, step, batch=100)
    assert killed.wait(timeout=60) == -signal.SIGKILL, killed.stderr.read().decode()
    during = _found(index_dir)
    if STEPS.index(step) < STEPS.index("index-committed"):
        assert during == before
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.recovered
    index_is_consistent(index_dir)
    fresh = tmp_path / "fresh"
    index_paths([papers], fresh, read=read_made_up)
    for query in ("police", "allotments", "wordnumber2", "wordnumber4"):
        assert _found(index_dir, query) == _found(fresh, query)


def test_a_reindex_killed_just_after_the_index_commit_shows_the_same_papers_in_records_as_in_search(
    papers: Path, index_dir: Path
) -> None:
    """Searches see the batch at once; the records the web app reads must not lag behind it."""
    _change(papers)
    killed = _reindex_process(papers, index_dir, "index-committed", batch=100)
    assert killed.wait(timeout=60) == -signal.SIGKILL, killed.stderr.read().decode()
    docs = {entry["doc"] for entry in load_manifest(index_dir).values()}
    assert {"meeting-003", "meeting-004"} <= docs and "meeting-002" not in docs
    assert {doc for doc, _record in iter_records(index_dir)} == docs
    changed = load_record(index_dir, "meeting-001")
    assert changed and "Police and allotments" in changed[0].items[0].text
    assert "meeting-001#1" in _found(index_dir, "allotments")
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.recovered and not summary.updated and not summary.added, "a committed batch is finished, not redone"
    index_is_consistent(index_dir)


def test_a_reindex_killed_at_random_moments_always_completes(papers: Path, index_dir: Path) -> None:
    many_papers(papers, 40, start=3)
    for delay in (0.6, 1.0, 1.4, 1.8):
        run = _reindex_process(papers, index_dir, batch=3)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        assert "meeting-000#1" in _found(index_dir)
    index_paths([papers], index_dir, read=read_made_up)
    index_is_consistent(index_dir)
    assert len(_found(index_dir)) == 43


def test_the_cli_killed_after_its_commit_point_is_settled_by_the_next_run(runner, tmp_path: Path) -> None:  # noqa: ANN001
    index_dir = tmp_path / "index"
    env = {**os.environ, "MINUTED_TEST_KILL_AT": "manifest-saved", "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "indexer", "index", str(SHARED / "seeds"), "--index", str(index_dir)]
    killed = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    result = runner.invoke(main, ["index", str(SHARED / "seeds"), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "finished the re-index that was interrupted" in result.output
    assert "added 0, updated 0, removed 0, unchanged 2, failed 0" in result.output
    index_is_consistent(index_dir)
    assert "lancashire-cpb-2020-11-24-minutes#5" in _found(index_dir, "Police call-outs")


def test_searches_from_many_threads_during_a_reindex_never_error(papers: Path, index_dir: Path) -> None:
    many_papers(papers, 60, start=3)
    index = SearchIndex(index_dir)  # one per process, as the web app holds it
    errors: list[BaseException] = []
    searches = [0, 0, 0]
    done = threading.Event()

    def user(n: int) -> None:
        while not done.is_set():
            try:
                if n == 0:
                    search(index, "police call-outs", limit=5)
                elif n == 1:
                    search(index, "", person="Michael Nunn", date_from="2021-01-01")
                else:
                    search(index, "topic wordnumber7", type="item")
                searches[n] += 1
            except Exception as exc:  # noqa: BLE001 - the test is that there are none
                errors.append(exc)

    users = [threading.Thread(target=user, args=(n,)) for n in range(3)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads interleave often, so a shared-state race shows
    for thread in users:
        thread.start()
    run = _reindex_process(papers, index_dir, batch=2)
    try:
        run.wait(timeout=120)
    finally:
        done.set()
        for thread in users:
            thread.join()
        sys.setswitchinterval(switch)
    assert run.returncode == 0, run.stderr.read().decode()
    assert not errors, errors[:3]
    assert min(searches) > 5
    assert search(index, "police call-outs").total == 63
    index.close()


def _nunn_paper(papers: Path, name: str, date: str, words: str, aliases: list[str]) -> None:
    record = meeting(date, [("1", words.title(), f"Michael Nunn on {words}")])
    record["people"] = [{"name": "Michael Nunn", "aliases": aliases}]
    record["items"][0]["people"] = ["Michael Nunn"]
    write_paper(papers, name, record)


def test_a_running_web_app_sees_new_papers_and_names_without_a_restart(papers: Path, index_dir: Path) -> None:
    from webapp import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    assert client.get("/api/search?q=allotments").get_json()["total"] == 0
    _nunn_paper(papers, "a.txt", "2022-05-05", "allotments", aliases=[])
    index_paths([papers], index_dir, read=read_made_up)
    hits = client.get("/api/search?q=allotments").get_json()["hits"]
    assert [(h["doc"], h["item"]) for h in hits] == [("a", "1")]
    assert client.get("/api/search?person=Mike+Nunn").get_json()["total"] == 0
    _nunn_paper(papers, "b.txt", "2022-06-06", "bus shelters", aliases=["Mike Nunn"])
    index_paths([papers], index_dir, read=read_made_up)
    hits = client.get("/api/search?person=Mike+Nunn").get_json()["hits"]
    assert {(h["doc"], h["item"]) for h in hits} == {("a", "1"), ("b", "1")}


def test_a_second_reindex_says_one_is_running(runner, tmp_path: Path, index_dir: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "empty"
    empty.mkdir()
    with index_lock(index_dir):
        result = runner.invoke(main, ["index", str(empty), "--index", str(index_dir)])
    assert result.exit_code == 4
    assert "another re-index" in result.output and "--wait" in result.output


def test_a_second_reindex_with_wait_runs_when_the_first_ends(runner, tmp_path: Path, index_dir: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "empty"
    empty.mkdir()
    held = threading.Event()
    release = threading.Event()

    def first_run() -> None:
        with index_lock(index_dir):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=first_run)
    thread.start()
    held.wait(5)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    result = runner.invoke(main, ["index", str(empty), "--index", str(index_dir), "--wait", "10"])
    thread.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 0.4
