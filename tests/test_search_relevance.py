"""What a user of the seed meeting types finds first, whatever the query's syntax."""

from __future__ import annotations

import json

import pytest

from indexer.index.search import list_commitments, search
from tests.conftest import GOLD

QUERIES = json.loads((GOLD / "queries.json").read_text())
MINUTES = "lancashire-cpb-2020-11-24-minutes"
DECISION = "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble"


def _first(search_index, query: str, **filters: str) -> tuple[str, str, str | None]:  # noqa: ANN001
    hits = search(search_index, query, **filters).hits
    assert hits, f"nothing found for {query!r}"
    return hits[0].type, hits[0].doc, hits[0].item


def _found(search_index, query: str, **filters: str) -> set[tuple[str, str | None]]:  # noqa: ANN001
    return {(h.doc, h.item) for h in search(search_index, query, limit=50, **filters).hits}


@pytest.mark.parametrize("case", QUERIES["queries"], ids=lambda c: c["q"])
def test_each_gold_query_finds_its_agenda_item_first(search_index, case: dict) -> None:  # noqa: ANN001
    assert _first(search_index, case["q"]) == ("item", case["expect"]["doc"], case["expect"]["item"])
    for also in case.get("also", []):
        assert also["doc"] in {doc for doc, _item in _found(search_index, case["q"])}


@pytest.mark.parametrize("case", QUERIES["filters"], ids=lambda c: c.get("note", c["q"]) or str(c))
def test_each_gold_filter_includes_its_items(search_index, case: dict) -> None:  # noqa: ANN001
    filters = {k: case[k] for k in ("person", "meeting") if k in case}
    items = {item for doc, item in _found(search_index, case["q"], **filters) if doc == MINUTES}
    assert set(case["must_include_items"]) <= items


def test_person_filter_mike_nunn_matches_michael_nunn(search_index) -> None:  # noqa: ANN001
    assert _found(search_index, "", person="Mike Nunn") == _found(search_index, "", person="Michael Nunn")


@pytest.mark.parametrize("case", QUERIES["commitment_queries"], ids=str)
def test_each_gold_commitment_query_finds_the_commitment(search_index, case: dict) -> None:  # noqa: ANN001
    hits = list_commitments(search_index, person=case.get("person"), query=case.get("q", "")).hits
    if "expect_count" in case:
        assert len(hits) == case["expect_count"]
        assert {h.actor for h in hits} == {case["person"]}
    else:
        assert hits[0].actor == case["actor"] and hits[0].meeting_date == case["meeting_date"]


def test_a_commitment_a_decision_restates_is_listed_once(search_index) -> None:  # noqa: ANN001
    hits = list_commitments(search_index, person="Michael Nunn").hits
    assert [(h.doc, h.item) for h in hits] == [(MINUTES, "5")]


@pytest.mark.parametrize("query", ['"Police call-outs"', '"police call outs"', '"police callouts"'])
def test_a_quoted_phrase_finds_item_5_first(search_index, query: str) -> None:  # noqa: ANN001
    assert _first(search_index, query) == ("item", MINUTES, "5")


def test_a_quoted_phrase_needs_its_words_together(search_index) -> None:  # noqa: ANN001
    assert _found(search_index, "care homes") > _found(search_index, '"homes care"')


def test_person_prefix_finds_passages_under_any_of_their_names(search_index) -> None:  # noqa: ANN001
    assert (MINUTES, "5") in _found(search_index, 'person:"Mike Nunn"')
    assert _found(search_index, 'person:"Mike Nunn"') == _found(search_index, 'person:"Michael Nunn"')


def test_person_prefix_combines_with_words(search_index) -> None:  # noqa: ANN001
    assert _first(search_index, 'who:"Mike Nunn" breakdown') == ("item", MINUTES, "5")


def test_title_prefix_searches_item_titles_only(search_index) -> None:  # noqa: ANN001
    assert _found(search_index, "title:gift") == {(MINUTES, "9")}


def test_content_prefix_searches_the_whole_passage(search_index) -> None:  # noqa: ANN001
    assert _found(search_index, "content:callouts") == _found(search_index, "callouts")


def test_or_finds_either_word(search_index) -> None:  # noqa: ANN001
    assert {(MINUTES, "4"), (MINUTES, "10")} <= _found(search_index, "ASDAN OR recipe")


def test_and_needs_both_words(search_index) -> None:  # noqa: ANN001
    assert _found(search_index, "ASDAN AND recipe") == set()


def test_not_excludes_a_word(search_index) -> None:  # noqa: ANN001
    assert (MINUTES, "5") in _found(search_index, "callouts")
    assert _found(search_index, "callouts NOT police") == set()


def test_words_no_passage_has_together_still_find_each(search_index) -> None:  # noqa: ANN001
    assert {(MINUTES, "4"), (MINUTES, "10")} <= _found(search_index, "ASDAN recipe")


@pytest.mark.parametrize(
    "query", ['"unclosed police', "AND OR NOT", "(((", "person:", "title:[a TO", "*", "?", "police^^", ")", '"', "NOT"]
)
def test_a_malformed_query_never_errors(search_index, query: str) -> None:  # noqa: ANN001
    result = search(search_index, query)
    assert result.total >= 0


def test_a_malformed_query_still_searches_its_words(search_index) -> None:  # noqa: ANN001
    assert _first(search_index, '"Police call-outs') == ("item", MINUTES, "5")
    assert (MINUTES, "5") in _found(search_index, "(police call-outs")


def test_items_rank_above_the_commitments_drawn_from_them(search_index) -> None:  # noqa: ANN001
    types = [h.type for h in search(search_index, "Police call-outs").hits]
    assert types[0] == "item" and "commitment" in types


def _search_made_up(tmp_path, items: list[tuple[str, str, str]], query: str) -> list[str | None]:  # noqa: ANN001
    """The items a search of one made-up meeting of ``items`` (number, title, text) finds, in order."""
    from indexer.index.search import SearchIndex
    from indexer.index.store import index_paths
    from tests.test_reindex_kit import meeting, read_made_up, write_paper

    write_paper(tmp_path / "papers", "cabinet.txt", meeting("2025-01-30", items))
    index_paths([tmp_path / "papers"], tmp_path / "index", read=read_made_up)
    index = SearchIndex(tmp_path / "index")
    try:
        return [h.item for h in search(index, query).hits]
    finally:
        index.close()


def test_a_passage_with_all_but_one_word_ranks_above_one_with_a_few(tmp_path) -> None:  # noqa: ANN001
    items = [
        ("89", "Draft Revenue Budget", "A council tax increase of 2.99% and the social care precept were proposed."),
        ("90", "Adult Social Care", "Social care: the adult social care service and social care staff."),
    ]
    assert _search_made_up(tmp_path, items, "council tax rise 2.99% social care") == ["89"]


def test_an_item_titled_with_the_word_outranks_one_that_mentions_it(tmp_path) -> None:  # noqa: ANN001
    items = [
        ("4", "Highways Update", "Gritting routes near libraries and potholes by the libraries were discussed."),
        ("5", "Libraries", "The service plan for next year was presented and the questions were answered."),
    ]
    assert _search_made_up(tmp_path, items, "libraries") == ["5", "4"]
