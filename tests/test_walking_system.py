"""The whole path once: corpus PDFs indexed, searched from the CLI, failures reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.cli import main


def _search(runner, index_dir: Path, query: str) -> dict:  # noqa: ANN001
    result = runner.invoke(main, ["search", query, "--json", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("query", ["Police call-outs", "police callouts", "police call outs"])
def test_searching_police_callouts_finds_item_5_first(runner, indexed_corpus, query):  # noqa: ANN001
    data = _search(runner, indexed_corpus, query)
    first = data["hits"][0]
    assert first["doc"] == "lancashire-cpb-2020-11-24-minutes"
    assert first["item"] == "5"
    assert first["type"] == "item"
    assert first["title"].endswith("In Care out of Trouble")
    assert first["page"] >= 1


def test_search_json_has_the_contract_fields(runner, indexed_corpus):  # noqa: ANN001
    data = _search(runner, indexed_corpus, "Police call-outs")
    assert {"query", "total", "hits", "facets"} <= set(data)
    keys = {
        "type",
        "doc",
        "source",
        "title",
        "body",
        "meeting_date",
        "item",
        "page",
        "people",
        "highlight",
        "score",
        "actor",
        "action",
    }
    assert keys <= set(data["hits"][0])
    assert set(data["facets"]) == {"person", "meeting", "organisation", "type", "year"}


def test_the_page_of_item_5_holds_the_callouts_text(runner, indexed_corpus):  # noqa: ANN001
    from indexer.index.store import load_record

    hit = _search(runner, indexed_corpus, "Police call-outs")["hits"][0]
    _record, pages = load_record(indexed_corpus, hit["doc"])
    texts = " ".join(p["text"] for p in pages if hit["page"] <= p["number"])
    assert "call-outs" in texts


def test_a_broken_pdf_is_reported_by_name_and_the_rest_index(runner, paper_folder, tmp_path):  # noqa: ANN001
    (paper_folder / "broken-minutes.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>>\ntruncated")
    index_dir = tmp_path / "index"
    result = runner.invoke(main, ["index", str(paper_folder), "--index", str(index_dir)])
    assert result.exit_code == 3
    assert "broken-minutes.pdf" in result.output
    assert "added 2" in result.output and "failed 1" in result.output
    assert _search(runner, index_dir, "Police call-outs")["hits"][0]["item"] == "5"


def test_reindexing_an_unchanged_corpus_skips_every_paper(runner, paper_folder, tmp_path):  # noqa: ANN001
    index_dir = tmp_path / "index"
    runner.invoke(main, ["index", str(paper_folder), "--index", str(index_dir)])
    again = runner.invoke(main, ["index", str(paper_folder), "--index", str(index_dir)])
    assert again.exit_code == 0
    assert "added 0, updated 0, removed 0, unchanged 2, failed 0" in again.output


def test_a_missing_folder_is_a_usage_error(runner, tmp_path):  # noqa: ANN001
    result = runner.invoke(main, ["index", str(tmp_path / "nope"), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 2
