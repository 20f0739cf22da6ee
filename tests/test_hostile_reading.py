"""One hostile paper read on its own: what the reader keeps, what it says, how fast it gives up."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest

from indexer.errors import UnreadablePaper
from indexer.index.store import index_paths, load_manifest
from indexer.pipeline import read_paper
from indexer.read.extract import extract
from tests import hostile


@pytest.fixture(scope="session")
def ten_mb_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.one_long_line(tmp_path_factory.mktemp("long") / "budget-committee.pdf", megabytes=10)


def test_a_page_with_10_mb_on_one_line_is_read_in_seconds_and_named_in_a_warning(ten_mb_line: Path) -> None:
    started = time.monotonic()
    warnings: list[str] = []
    record, pages = read_paper(ten_mb_line, warnings=warnings)
    assert time.monotonic() - started < 20
    assert "Minutes of the Budget Committee" in pages[0]["text"]
    assert any(w.startswith("page 1: 10 MB") for w in warnings), warnings
    assert record.pages == 1


def test_odd_unicode_is_folded_to_what_readers_type(tmp_path: Path) -> None:
    text = extract(hostile.odd_unicode(tmp_path / "community.pdf")).pages[0].text
    assert "Officers’ report on the flood definitions" in text
    assert "The officer reported that the river wall was repaired." in text
    assert not any(mark in text for mark in "\u00a0\u200e\u200f\u202b\u202c\ufb01\ufb02")
    assert "Cllr \u201cSiobh\u00e1n\u201d O\u2019Neill" in text  # accents and curly quotes are the name's own


def test_a_paper_saved_from_an_error_page_says_it_is_html(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePaper, match="HTML page, not a PDF"):
        extract(hostile.html_named_pdf(tmp_path / "minutes.pdf"))


def test_a_reason_is_always_one_short_line() -> None:
    error = UnreadablePaper("a.pdf", "damaged PDF (PDFSyntaxError: line one\n  line two\n" + "x" * 400 + ")")
    assert "\n" not in error.reason and len(error.reason) <= 240
    assert error.reason.startswith("damaged PDF (PDFSyntaxError: line one line two")


def test_a_later_stage_that_trips_on_a_paper_fails_it_in_one_line_naming_the_stage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trips(_document: object) -> None:
        raise IndexError("list index out of range\nwhile reading headings")

    monkeypatch.setattr("indexer.pipeline.read_structure", trips)
    with pytest.raises(UnreadablePaper) as raised:
        read_paper(hostile.good_minutes(tmp_path / "minutes.pdf"))
    assert (
        raised.value.reason
        == "read, but its structure failed (IndexError: list index out of range while reading headings)"
    )


def test_a_paper_rewritten_while_it_is_read_never_pairs_one_version_with_the_others_hash(tmp_path: Path) -> None:
    """A clerk saves over a paper while the batch runs: whatever is read is hashed as read."""
    versions = {
        marker: hostile.good_minutes(tmp_path / f"{marker}.pdf", marker=marker).read_bytes()
        for marker in ("footpath", "allotment")
    }
    sha_of = {hashlib.sha256(data).hexdigest(): marker for marker, data in versions.items()}
    paper = tmp_path / "minutes.pdf"
    paper.write_bytes(versions["footpath"])
    stop = threading.Event()

    def keep_saving() -> None:
        while not stop.is_set():
            for data in versions.values():
                with paper.open("wb") as handle:  # not atomic: a reader can meet half a file
                    handle.write(data[: len(data) // 2])
                    handle.flush()
                    handle.write(data[len(data) // 2 :])

    saver = threading.Thread(target=keep_saving)
    saver.start()
    try:
        outcomes = []
        for _ in range(40):
            try:
                document = extract(paper)
            except UnreadablePaper as exc:
                outcomes.append(exc.reason)
                continue
            marker = sha_of.get(document.sha256)
            assert marker is not None, "a sha256 of bytes that were never a whole version"
            assert marker in document.pages[0].text
            outcomes.append(marker)
    finally:
        stop.set()
        saver.join()
    assert all(o in versions or ("\n" not in o and o) for o in outcomes), outcomes


def test_a_paper_changed_while_being_indexed_is_read_again_on_the_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    paper = hostile.good_minutes(folder / "minutes.pdf", marker="footpath")
    final = hostile.good_minutes(tmp_path / "final.pdf", marker="allotment").read_bytes()

    def save_over_it(source: str) -> None:  # called once the paper has been read, before it is recorded
        Path(source).write_bytes(final)

    index_dir = tmp_path / "index"
    index_paths([folder], index_dir, progress=save_over_it)
    index_paths([folder], index_dir)
    entry = load_manifest(index_dir)[str(paper.resolve())]
    assert entry["sha256"] == hashlib.sha256(final).hexdigest()
