"""A search asked again is answered from the kept results, never with an old answer."""

from __future__ import annotations

from pathlib import Path

from indexer.index.search import SearchIndex, search
from indexer.index.store import index_paths
from tests.test_reindex_kit import many_papers, read_made_up


def test_a_repeated_search_is_answered_from_the_kept_results(made_up_index: Path) -> None:
    index = SearchIndex(made_up_index, cache_size=8)
    first = search(index, "police", cached=True)
    first.hits.clear()  # the caller's copy: the kept result keeps its hits
    again = search(index, "police", cached=True)
    assert index.results.hits == 1 and again.total == 3 and len(again.hits) == 3


def test_a_reindex_is_seen_by_the_next_search_at_once(made_up_index: Path, made_up_papers: Path) -> None:
    index = SearchIndex(made_up_index, cache_size=8)
    assert search(index, "police", cached=True).total == 3
    many_papers(made_up_papers, 2, start=3)
    index_paths([made_up_papers], made_up_index, read=read_made_up)
    assert search(index, "police", cached=True).total == 5


def test_a_search_cut_short_is_not_kept(made_up_index: Path) -> None:
    index = SearchIndex(made_up_index, cache_size=8)
    assert search(index, "police", cached=True, budget=0.0).partial
    assert not search(index, "police", cached=True).partial


def test_without_a_cache_every_search_runs(made_up_index: Path) -> None:
    index = SearchIndex(made_up_index)
    search(index, "police", cached=True)
    search(index, "police", cached=True)
    assert index.results.hits == 0


def test_a_results_page_asked_again_is_the_page_kept_until_the_index_changes(
    made_up_index: Path, made_up_papers: Path
) -> None:
    from webapp import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": str(made_up_index)})
    client = app.test_client()
    first = client.get("/search?q=police").text
    assert client.get("/search?q=police").text == first and app.extensions["minuted_pages"].hits == 1
    assert "3 results" in first
    many_papers(made_up_papers, 2, start=3)
    index_paths([made_up_papers], made_up_index, read=read_made_up)
    assert "5 results" in client.get("/search?q=police").text
