"""A search that finds nothing is asked again more loosely, but never asked the same again."""

from __future__ import annotations

import pytest

import indexer.index.search as search_module
from indexer.index.search import search


@pytest.fixture()
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    ranked_page = search_module.ranked_page

    def counting(searcher, q, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(repr(q))
        return ranked_page(searcher, q, *args)

    monkeypatch.setattr(search_module, "ranked_page", counting)
    return asked


@pytest.mark.parametrize("query", ['"budget zebra"', "zebraic"])
def test_a_phrase_or_word_that_finds_nothing_is_searched_once(search_index, searches, query: str) -> None:  # noqa: ANN001
    result = search(search_index, query)
    assert result.total == 0 and not result.relaxed
    assert len(searches) == 1


def test_words_that_are_never_all_together_are_still_asked_for_any_of_them(search_index, searches) -> None:  # noqa: ANN001
    result = search(search_index, "police zebraic")
    assert result.relaxed and result.total > 0 and result.missing == ["zebraic"]
    assert len(searches) == 2 and searches[0] != searches[1]
