"""Papers arrive, change and go: a re-index touches only those, and says what it did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whoosh.index import open_dir

import indexer.index.batch
from indexer.index.search import SearchIndex, search
from indexer.index.store import index_paths
from indexer.records import Commitment, Person
from tests.test_reindex_kit import (
    index_is_consistent,
    many_papers,
    meeting,
    read_made_up,
    stored_record,
    write_paper,
)


@pytest.fixture()
def papers(made_up_papers: Path) -> Path:
    return made_up_papers


@pytest.fixture()
def index_dir(made_up_index: Path) -> Path:
    return made_up_index


def _reading(counter: list[str]):  # noqa: ANN202
    def read(path: str) -> tuple[str, object]:
        counter.append(Path(path).name)
        return read_made_up(path)

    return read


def _hits(index_dir: Path, query: str, **filters: str) -> list[str]:
    index = SearchIndex(index_dir)
    try:
        return [f"{h.doc}#{h.item}" for h in search(index, query, **filters).hits]
    finally:
        index.close()


def test_adding_one_paper_reads_only_that_paper(papers: Path, index_dir: Path) -> None:
    many_papers(papers, 1, start=3)
    read: list[str] = []
    summary = index_paths([papers], index_dir, read=_reading(read))
    assert read == ["meeting-003.txt"]
    assert summary.line() == "added 1, updated 0, removed 0, unchanged 3, failed 0"
    assert _hits(index_dir, "wordnumber3") == ["meeting-003#1"]
    index_is_consistent(index_dir)


def test_adding_one_paper_reads_no_other_paper_or_record(
    papers: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_hashing(path: Path) -> str:
        raise AssertionError(f"{path.name} was hashed though its size and mtime are unchanged")

    opened: list[str] = []
    real_load = indexer.index.batch.load_record
    monkeypatch.setattr(indexer.index.batch, "sha256_of", no_hashing)
    monkeypatch.setattr(indexer.index.batch, "load_record", lambda d, doc: opened.append(doc) or real_load(d, doc))
    write_paper(papers, "new.txt", meeting("2022-02-02", [("1", "New", "fresh words")]))
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.added == [str((papers / "new.txt").resolve())]
    assert opened == [], "people.json was rebuilt from every record"


def test_a_paper_touched_but_not_changed_is_not_read_again(papers: Path, index_dir: Path) -> None:
    paper = papers / "meeting-001.txt"
    paper.write_bytes(paper.read_bytes())
    read: list[str] = []
    summary = index_paths([papers], index_dir, read=_reading(read))
    assert read == []
    assert summary.line() == "added 0, updated 0, removed 0, unchanged 3, failed 0"


def test_a_changed_paper_replaces_its_old_text(papers: Path, index_dir: Path) -> None:
    write_paper(papers, "meeting-001.txt", meeting("2021-01-02", [("1", "Topic 1", "now about allotments")]))
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.line() == "added 0, updated 1, removed 0, unchanged 2, failed 0"
    assert _hits(index_dir, "allotments") == ["meeting-001#1"]
    assert _hits(index_dir, "wordnumber1") == []
    index_is_consistent(index_dir)


def test_a_removed_paper_leaves_search_and_records(papers: Path, index_dir: Path) -> None:
    (papers / "meeting-002.txt").unlink()
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.line() == "added 0, updated 0, removed 1, unchanged 2, failed 0"
    assert _hits(index_dir, "wordnumber2") == []
    assert not (index_dir / "records" / "meeting-002.json").exists()
    index_is_consistent(index_dir)


def test_indexing_another_folder_keeps_the_first(tmp_path: Path, papers: Path, index_dir: Path) -> None:
    other = tmp_path / "other"
    many_papers(other, 1, start=10)
    summary = index_paths([other], index_dir, read=read_made_up)
    assert summary.line() == "added 1, updated 0, removed 0, unchanged 0, failed 0"
    assert _hits(index_dir, "wordnumber1") == ["meeting-001#1"]
    index_is_consistent(index_dir)


def test_full_reads_every_paper_again(papers: Path, index_dir: Path) -> None:
    read: list[str] = []
    summary = index_paths([papers], index_dir, full=True, read=_reading(read))
    assert len(read) == 3 and len(summary.updated) == 3
    index_is_consistent(index_dir)


def test_full_leaves_no_segment_of_replaced_papers_on_disk(papers: Path, index_dir: Path) -> None:
    """Every paper replaced: the old segment is dropped at once, not left for a later merge."""
    before = {p.name.split(".")[0] for p in index_dir.glob("MAIN_*.*")}
    index_paths([papers], index_dir, full=True, read=read_made_up)
    after = {p.name.split(".")[0] for p in index_dir.glob("MAIN_*.*")}
    assert before and not before & after
    ix = open_dir(str(index_dir))
    try:
        assert ix.doc_count_all() == ix.doc_count()
    finally:
        ix.close()
    assert _hits(index_dir, "wordnumber1") == ["meeting-001#1"]


def test_a_paper_that_fails_is_reported_and_the_rest_index(papers: Path, index_dir: Path) -> None:
    (papers / "broken.txt").write_text(json.dumps({"fail": "not a PDF"}))
    many_papers(papers, 1, start=3)
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.failed == [(str((papers / "broken.txt").resolve()), "not a PDF")]
    assert summary.line() == "added 1, updated 0, removed 0, unchanged 3, failed 1"
    index_is_consistent(index_dir)


def _nunn_meeting(date: str, alias: str) -> dict:
    people = [Person(name="Michael Nunn", aliases=[alias])]
    items = [("5", "In Care out of Trouble", f"{alias} presented.")]
    return meeting(date, items, people=people)


def test_people_json_learns_an_alias_and_forgets_it_with_its_paper(papers: Path, index_dir: Path) -> None:
    write_paper(papers, "a.txt", _nunn_meeting("2022-01-01", "Mike Nunn"))
    write_paper(papers, "b.txt", _nunn_meeting("2022-02-01", "M Nunn"))
    index_paths([papers], index_dir, read=read_made_up)
    people = json.loads((index_dir / "people.json").read_text())
    assert people["Michael Nunn"] == ["M Nunn", "Mike Nunn"]
    (papers / "b.txt").unlink()
    index_paths([papers], index_dir, read=read_made_up)
    assert json.loads((index_dir / "people.json").read_text())["Michael Nunn"] == ["Mike Nunn"]
    (papers / "a.txt").unlink()
    index_paths([papers], index_dir, read=read_made_up)
    assert "Michael Nunn" not in json.loads((index_dir / "people.json").read_text())
    index_is_consistent(index_dir)


def test_an_alias_learnt_later_finds_passages_indexed_before(papers: Path, index_dir: Path) -> None:
    write_paper(papers, "a.txt", meeting("2022-01-01", [("1", "Budget", "Michael Nunn presented the budget.")]))
    index_paths([papers], index_dir, read=read_made_up)
    write_paper(papers, "b.txt", _nunn_meeting("2022-02-01", "Mike Nunn"))
    a = stored_record(index_dir, "a")
    a["people"] = [{"name": "Michael Nunn", "aliases": []}]
    a["items"][0]["people"] = ["Michael Nunn"]
    write_paper(papers, "a.txt", a)
    index_paths([papers], index_dir, read=read_made_up)
    assert "a#1" in _hits(index_dir, "", person="Mike Nunn")


def test_an_index_of_the_old_format_is_rebuilt_whole(papers: Path, index_dir: Path) -> None:
    manifest = json.loads((index_dir / "manifest.json").read_text())
    flat = {source: {"sha256": e["sha256"], "doc": e["doc"]} for source, e in manifest["papers"].items()}
    (index_dir / "manifest.json").write_text(json.dumps(flat))
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.line() == "added 0, updated 3, removed 0, unchanged 0, failed 0"
    assert json.loads((index_dir / "manifest.json").read_text())["format"] == 2
    index_is_consistent(index_dir)


def test_commitments_of_a_changed_paper_are_replaced(papers: Path, index_dir: Path) -> None:
    promise = Commitment(actor="Sharon Hubber", action="write to the Police", item="1")
    write_paper(
        papers, "c.txt", meeting("2022-03-01", [("1", "Police", "Sharon Hubber will write.")], commitments=[promise])
    )
    index_paths([papers], index_dir, read=read_made_up)
    assert _hits(index_dir, "", type="commitment") == ["c#1"]
    write_paper(papers, "c.txt", meeting("2022-03-01", [("1", "Police", "Nothing was promised.")]))
    index_paths([papers], index_dir, read=read_made_up)
    assert _hits(index_dir, "", type="commitment") == []
    index_is_consistent(index_dir)


def test_a_paper_saved_over_while_it_is_read_is_read_again_next_time(papers: Path, index_dir: Path) -> None:
    paper = write_paper(papers, "late.txt", meeting("2022-04-04", [("1", "Draft", "draft words")]))

    def read_then_save_over(path: str) -> tuple[str, object]:
        outcome = read_made_up(path)
        if Path(path) == paper.resolve():
            write_paper(papers, "late.txt", meeting("2022-04-04", [("1", "Final", "final words here")]))
        return outcome

    index_paths([papers], index_dir, read=read_then_save_over)
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.updated == [str(paper.resolve())]
    assert _hits(index_dir, "final words") == ["late#1"]


def test_a_rebuild_drops_what_it_cannot_read_again(papers: Path, index_dir: Path) -> None:
    manifest = json.loads((index_dir / "manifest.json").read_text())
    manifest["schema"] = 1
    (index_dir / "manifest.json").write_text(json.dumps(manifest))
    (papers / "meeting-002.txt").write_text(json.dumps({"fail": "now unreadable"}))
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.line() == "added 0, updated 2, removed 0, unchanged 0, failed 1"
    assert _hits(index_dir, "wordnumber2") == []
    index_is_consistent(index_dir)


def test_a_first_build_commits_as_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import indexer.index.store

    many_papers(tmp_path / "many", 5)
    monkeypatch.setattr(indexer.index.store, "COMMIT_EVERY", 2)
    steps: list[str] = []
    index_paths([tmp_path / "many"], tmp_path / "index", read=read_made_up, checkpoint=steps.append)
    assert steps.count("index-committed") == 3
    index_is_consistent(tmp_path / "index")
