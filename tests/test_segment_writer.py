"""Adding a paper writes its segment faster, and the index it leaves is the one Whoosh writes.

``QuickSegmentWriter`` keeps positions and field lengths in memory instead of asking the
disk, writes a small batch's segment in memory as one compound file, and analyses each text
once a segment. What a search finds, and how it ranks it, must not move: the files are
compared byte for byte with Whoosh's own writer, and searches on both indexes give the same
hits with the same scores.
"""

from __future__ import annotations

import re
from pathlib import Path
from unittest.mock import ANY

import pytest
from whoosh import index as whoosh_index
from whoosh.qparser import QueryParser

import indexer.index.segment
from indexer.index.schema import build_schema, index_documents
from indexer.index.segment import QuickSegmentWriter
from indexer.index.store import index_paths
from indexer.records import Commitment, Person, from_dict
from tests.test_reindex_kit import index_is_consistent, many_papers, meeting, read_made_up

_SEGMENT_FILE = re.compile(r"MAIN_[a-z0-9]+(\..+)$")
_WORDS = "budget housing repairs tenancy school transport library leisure planning licensing".split()


def _papers(count: int) -> list[list[dict]]:
    """Minutes of ``count`` meetings: numbered items, people, commitments, words shared by all."""
    papers = []
    for n in range(count):
        people = [Person(name="Jane Smith", role="Chair"), Person(name=f"Alex Member{n}")]
        record = meeting(
            f"2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}",
            [
                (
                    f"{n}.{i}",
                    f"{_WORDS[(n + i) % 10].title()} update",
                    f"The board discussed {_WORDS[i]} call-outs "
                    f"and {_WORDS[(n * i) % 10]} for ward {n}. Jane Smith noted the {_WORDS[n % 10]} figures.",
                )
                for i in range(1, 4)
            ],
            people=people,
            commitments=[Commitment(actor="Jane Smith", action=f"to report on {_WORDS[n % 10]} costs", item=f"{n}.1")],
        )
        record["source"], record["sha256"] = f"/papers/m{n}.pdf", f"{n:064x}"
        aliases = {"Jane Smith": ["Councillor Smith", "J. Smith"]}
        papers.append(list(index_documents(from_dict(record), f"m{n}", aliases)))
    return papers


def _add(writer, documents: list[dict]) -> None:  # noqa: ANN001 - a whoosh writer
    for fields in documents:
        writer.add_document(**{k: v for k, v in fields.items() if v not in (None, "")})


def _segment_files(index_dir: Path) -> dict[str, bytes]:
    """Each file of the index's segments by its kind (``.trm``, ``.pst``, ``.content.col`` …)."""
    found = {}
    for path in sorted(index_dir.iterdir()):
        match = _SEGMENT_FILE.fullmatch(path.name)
        if match:
            assert match.group(1) not in found, "one segment expected"
            found[match.group(1)] = path.read_bytes()
    return found


def _create(index_dir: Path):  # noqa: ANN202 - whoosh FileIndex
    index_dir.mkdir()
    return whoosh_index.create_in(str(index_dir), build_schema())


def _build(index_dir: Path, batches: list[list[dict]], quick: bool, **options) -> None:  # noqa: ANN003
    ix = _create(index_dir)
    for documents in batches:
        writer = QuickSegmentWriter(ix, compound=False, **options) if quick else ix.writer(compound=False)
        _add(writer, documents)
        writer.commit(optimize=True)


def _hits(index_dir: Path, queries: list[str]) -> list[list[tuple[str, float]]]:
    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        parser = QueryParser("words", ix.schema)
        return [
            [(hit["id"], round(hit.score, 9)) for hit in searcher.search(parser.parse(q), limit=None)] for q in queries
        ]


QUERIES = ["housing", "callouts", '"call outs"', "title:budget", "commitments:report", "person:smith", "jane smith"]


def test_a_papers_segment_is_byte_for_byte_whoosh_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer.index.segment, "SMALL_SEGMENT_DOCS", -1)  # compressed, as Whoosh writes it
    papers = _papers(3)
    _build(tmp_path / "whoosh", [sum(papers, [])], quick=False)
    _build(tmp_path / "quick", [sum(papers, [])], quick=True)
    ours, theirs = _segment_files(tmp_path / "quick"), _segment_files(tmp_path / "whoosh")
    assert set(ours) == set(theirs) and {".trm", ".pst", "._words_len.col"} <= set(ours)
    assert ours == theirs


def test_a_merged_segment_of_many_papers_is_byte_for_byte_whoosh_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 160 papers: words in more documents than a posting block holds (128), and segments merged.
    monkeypatch.setattr(indexer.index.segment, "SMALL_SEGMENT_DOCS", -1)
    papers = _papers(160)
    batches = [sum(papers[:100], []), sum(papers[100:], [])]
    _build(tmp_path / "whoosh", batches, quick=False)
    _build(tmp_path / "quick", batches, quick=True)
    assert _segment_files(tmp_path / "quick") == _segment_files(tmp_path / "whoosh")


def test_a_small_segment_in_memory_is_found_and_ranked_the_same(tmp_path: Path) -> None:
    papers = _papers(12)
    whoosh_dir, quick_dir = tmp_path / "whoosh", tmp_path / "quick"
    for index_dir, quick in ((whoosh_dir, False), (quick_dir, True)):
        ix = _create(index_dir)
        for documents in papers:  # one paper a commit, as a clerk adds them
            writer = QuickSegmentWriter(ix, in_memory=True, compound=False) if quick else ix.writer(compound=False)
            _add(writer, documents)
            writer.commit(merge=False)
    assert _hits(quick_dir, QUERIES) == _hits(whoosh_dir, QUERIES)
    assert all(_hits(quick_dir, QUERIES))
    # Each paper's segment is one file, and nothing temporary is left beside the index.
    # The schema the TOC keeps has the index's own analyzer, not the writer's replaying one.
    assert b"_AnalysedOnce" not in (quick_dir / "_MAIN_12.toc").read_bytes()
    assert type(whoosh_index.open_dir(str(quick_dir)).schema["title"].analyzer).__name__ == "CompositeAnalyzer"
    names = sorted(p.name for p in quick_dir.iterdir())
    assert len([n for n in names if n.endswith(".seg")]) == 12
    assert [n for n in names if not n.endswith(".seg")] == ["MAIN_WRITELOCK", "_MAIN_12.toc"]


def test_deleting_from_and_merging_small_segments_finds_the_same(tmp_path: Path) -> None:
    papers = _papers(8)
    whoosh_dir, quick_dir = tmp_path / "whoosh", tmp_path / "quick"
    for index_dir, quick in ((whoosh_dir, False), (quick_dir, True)):
        ix = _create(index_dir)
        for n, documents in enumerate(papers):
            writer = QuickSegmentWriter(ix, in_memory=True, compound=False) if quick else ix.writer(compound=False)
            if n % 3 == 2:
                writer.delete_by_term("doc", f"m{n - 1}")
            _add(writer, documents)
            writer.commit()
        writer = QuickSegmentWriter(ix, in_memory=True, compound=False) if quick else ix.writer(compound=False)
        writer.commit(optimize=True)  # every small segment folded into one
    assert _hits(quick_dir, QUERIES) == _hits(whoosh_dir, QUERIES)


def test_a_large_segment_written_in_memory_lands_as_separate_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Readers copy a compound file whole, each: only a small segment may be one.
    monkeypatch.setattr(indexer.index.segment, "COMPOUND_MAX_BYTES", 10_000)
    papers = _papers(6)
    whoosh_dir, quick_dir = tmp_path / "whoosh", tmp_path / "quick"
    for index_dir, quick in ((whoosh_dir, False), (quick_dir, True)):
        ix = _create(index_dir)
        writer = QuickSegmentWriter(ix, in_memory=True, compound=False) if quick else ix.writer(compound=False)
        _add(writer, sum(papers, []))
        writer.commit()
    assert not list(quick_dir.glob("*.seg"))
    assert set(_segment_files(quick_dir)) == set(_segment_files(whoosh_dir))
    assert _hits(quick_dir, QUERIES) == _hits(whoosh_dir, QUERIES)


def test_adding_a_paper_to_an_archive_lands_one_file_and_a_large_batch_separate_ones(tmp_path: Path) -> None:
    papers, index_dir = tmp_path / "papers", tmp_path / "index"
    many_papers(papers, 12)
    index_paths([papers], index_dir, read=read_made_up)  # the archive: one batch of 12
    assert not list(index_dir.glob("*.seg"))
    many_papers(papers, 1, start=12)  # last month's minutes
    summary = index_paths([papers], index_dir, read=read_made_up)
    assert summary.line() == "added 1, updated 0, removed 0, unchanged 12, failed 0"
    assert len(list(index_dir.glob("*.seg"))) == 1
    assert not list(index_dir.glob("*.tmp")), "no temporary folder is left beside the index"
    index_is_consistent(index_dir)
    assert _hits(index_dir, ["wordnumber12", "wordnumber3"]) == [
        [("meeting-012#item-0", ANY)],
        [("meeting-003#item-0", ANY)],
    ]
