"""A filter typed as people remember it ("Nunn", "corporate parenting") widens to the keys
holding its words; the keys are split once a reader, and a re-index's new keys are found."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index

from indexer.index.filters import keys_holding
from indexer.index.schema import build_schema
from indexer.index.search import search


def test_a_surname_filter_finds_what_the_full_name_finds_every_time(search_index) -> None:  # noqa: ANN001
    full = {(h.doc, h.item) for h in search(search_index, "", person="Michael Nunn", limit=200).hits}
    for _ in range(2):  # the second search reads the keys as split by the first
        assert full <= {(h.doc, h.item) for h in search(search_index, "", person="Nunn", limit=200).hits}


def test_keys_added_by_a_later_commit_are_found_by_the_next_reader(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    with ix.writer() as writer:
        writer.add_document(id="1", type="item", people_key="michael nunn")
    with ix.searcher() as searcher:
        assert keys_holding(searcher.reader(), "people_key", "nunn") == ["michael nunn"]
        assert keys_holding(searcher.reader(), "people_key", "nunn") == ["michael nunn"]
    with ix.writer() as writer:
        writer.add_document(id="2", type="item", people_key="alice nunn")
    with ix.searcher() as searcher:
        assert keys_holding(searcher.reader(), "people_key", "nunn") == ["alice nunn", "michael nunn"]
        assert keys_holding(searcher.reader(), "people_key", "ali") == ["alice nunn"]
