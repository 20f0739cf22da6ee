"""A decision notice points at the minutes item it records, once both are indexed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.index.search import SearchIndex, search
from indexer.index.store import index_paths, load_manifest
from tests.conftest import DECISION_PDF, MINUTES_PDF
from tests.test_reindex_kit import decision, index_is_consistent, meeting, read_made_up, stored_record, write_paper

DECISION = "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble"
MINUTES = "lancashire-cpb-2020-11-24-minutes"


def _decision_hit(index_dir: Path) -> dict:
    index = SearchIndex(index_dir)
    try:
        hits = search(index, "In Care out of Trouble", type="decision").hits
    finally:
        index.close()
    assert len(hits) == 1
    return {"doc": hits[0].doc, "item": hits[0].item}


def test_the_corpus_decision_links_to_item_5_of_the_minutes(indexed_corpus: Path) -> None:
    same_as = stored_record(indexed_corpus, DECISION)["same_as"]
    assert same_as == {"source": str(MINUTES_PDF.resolve()), "item": "5"}
    assert _decision_hit(indexed_corpus) == {"doc": DECISION, "item": "5"}


@pytest.fixture()
def corpus_as_made_up(indexed_corpus: Path, tmp_path: Path) -> dict[str, Path]:
    """The corpus papers as the indexer read them, one folder each, to index in any order."""
    folders = {}
    for doc in (DECISION, MINUTES):
        data = json.loads((indexed_corpus / "records" / f"{doc}.json").read_text())
        if doc == DECISION:
            data["record"]["same_as"] = None
        folders[doc] = tmp_path / doc
        write_paper(folders[doc], f"{doc}.txt", data["record"], data["pages"])
    return folders


@pytest.mark.parametrize("first", [DECISION, MINUTES])
def test_the_link_is_made_in_either_order_of_indexing(
    corpus_as_made_up: dict[str, Path], tmp_path: Path, first: str
) -> None:
    index_dir = tmp_path / "index"
    second = MINUTES if first == DECISION else DECISION
    index_paths([corpus_as_made_up[first]], index_dir, read=read_made_up)
    summary = index_paths([corpus_as_made_up[second]], index_dir, read=read_made_up)
    minutes_source = str((corpus_as_made_up[MINUTES] / f"{MINUTES}.txt").resolve())
    assert stored_record(index_dir, DECISION)["same_as"] == {"source": minutes_source, "item": "5"}
    assert _decision_hit(index_dir)["item"] == "5"
    assert summary.relinked == (
        [str((corpus_as_made_up[DECISION] / f"{DECISION}.txt").resolve())] if first == DECISION else []
    )
    index_is_consistent(index_dir)


def test_removing_the_minutes_undoes_the_link(corpus_as_made_up: dict[str, Path], tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    index_paths(list(corpus_as_made_up.values()), index_dir, read=read_made_up)
    (corpus_as_made_up[MINUTES] / f"{MINUTES}.txt").unlink()
    index_paths(list(corpus_as_made_up.values()), index_dir, read=read_made_up)
    assert stored_record(index_dir, DECISION)["same_as"] is None
    assert _decision_hit(index_dir)["item"] is None
    index_is_consistent(index_dir)


def test_a_decision_of_another_day_or_title_is_not_linked(tmp_path: Path) -> None:
    folder, index_dir = tmp_path / "papers", tmp_path / "index"
    write_paper(folder, "minutes.txt", meeting("2021-03-01", [("4", "Care Leaver Housing Report", "text")]))
    write_paper(folder, "other-day.txt", decision("2021-03-02", "Care Leaver Housing Report"))
    write_paper(folder, "other-title.txt", decision("2021-03-01", "Youth Justice Board membership"))
    write_paper(folder, "same.txt", decision("2021-03-01", "Care Leavers Housing Report"))
    index_paths([folder], index_dir, read=read_made_up)
    links = {e["doc"]: e.get("same_as") for e in load_manifest(index_dir).values() if e["doc"] != "minutes"}
    minutes = str((folder / "minutes.txt").resolve())
    assert links == {"other-day": None, "other-title": None, "same": {"source": minutes, "item": "4"}}


def test_the_decision_pdf_is_in_the_corpus() -> None:
    assert DECISION_PDF.exists() and MINUTES_PDF.exists()
