"""A costly search is bounded: it answers with what it found in its time and says so."""

from __future__ import annotations

import itertools

import pytest
from whoosh.query import Every

import indexer.index.matching as matching
import indexer.index.search as search_module
from indexer.index.query import MAX_EXPANSIONS, CappedPrefix, CappedTermRange, parse_query
from indexer.index.search import SEARCH_BUDGET_S, search


class _Clock:
    """A clock that moves on a tenth of a second each time a search looks at it."""

    def __init__(self) -> None:
        self.ticks = itertools.count()

    def monotonic(self) -> float:
        return next(self.ticks) * 0.1


@pytest.fixture()
def slow_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock()
    monkeypatch.setattr(matching, "CHECK_EVERY", 1)
    monkeypatch.setattr(search_module.time, "monotonic", clock.monotonic)


def test_a_search_out_of_time_shows_what_it_found_and_says_so(search_index, slow_clock) -> None:  # noqa: ANN001
    whole = search(search_index, "council", budget=None)
    cut = search(search_index, "council", budget=0.45)
    assert not whole.partial and cut.partial
    assert 0 < cut.total < whole.total
    assert cut.hits and sum(n for _, n in cut.facets["type"]) == cut.total


def test_a_search_within_its_time_is_whole(search_index) -> None:  # noqa: ANN001
    assert not search(search_index, "council", budget=SEARCH_BUDGET_S).partial


def test_the_api_says_when_a_search_was_cut_short(indexed_corpus) -> None:  # noqa: ANN001
    from webapp import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(indexed_corpus), "SEARCH_BUDGET_S": 0.0}).test_client()
    assert client.get("/api/search?q=council").get_json()["partial"] is True
    assert "This search was stopped" in client.get("/search?q=council").text


def test_wildcards_share_one_cap_on_the_words_they_expand_to(search_index) -> None:  # noqa: ANN001
    query = parse_query("co* re* pr* st*", search_index.searcher().schema)
    caps = [leaf.cap for leaf in query.leaves() if isinstance(leaf, CappedPrefix)]
    assert len(caps) == 4 and sum(caps) <= MAX_EXPANSIONS


def test_a_range_of_words_expands_to_capped_words(search_index) -> None:  # noqa: ANN001
    query = parse_query("[a TO z]", search_index.searcher().schema)
    assert isinstance(query, CappedTermRange) and query.cap <= MAX_EXPANSIONS
    assert search(search_index, "[a TO z]").total > 0


def test_a_lone_star_lists_every_passage_without_reading_every_word(search_index) -> None:  # noqa: ANN001
    assert parse_query("*", search_index.searcher().schema) == Every()
    assert search(search_index, "*").total == search(search_index, "").total


def test_a_wildcard_search_waits_for_the_one_running_and_says_when_its_turn_never_came(search_index) -> None:  # noqa: ANN001
    import threading

    from indexer.index.costly import costly_turn

    holding, done = threading.Event(), threading.Event()

    def other_wildcard_search() -> None:
        with costly_turn(search_index.index_dir, None):
            holding.set()
            done.wait(10)

    other = threading.Thread(target=other_wildcard_search)
    other.start()
    holding.wait(10)
    try:
        assert search(search_index, "pol*", budget=0.2).partial
        assert not search(search_index, "police", budget=0.2).partial  # an ordinary search does not wait
    finally:
        done.set()
        other.join(10)
    assert not search(search_index, "pol*", budget=5).partial
