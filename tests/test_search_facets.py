"""Facets count what the hits are; filters narrow them; snippets show the words found."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from indexer.index.search import search
from indexer.index.snippets import SNIPPET_SOURCE_CHARS, snippet_source

MINUTES = "lancashire-cpb-2020-11-24-minutes"


def _all(search_index, query: str = "", **filters: str):  # noqa: ANN001, ANN202
    result = search(search_index, query, limit=200, **filters)
    assert result.total == len(result.hits)
    return result


@pytest.mark.parametrize("query", ["police", "care leavers", ""])
def test_facet_counts_are_the_counts_of_the_hits(search_index, query: str) -> None:  # noqa: ANN001
    result = _all(search_index, query, **({} if query else {"type": "item"}))
    facets = {name: dict(values) for name, values in result.facets.items()}
    assert facets["type"] == Counter(h.type for h in result.hits)
    assert facets["person"] == Counter(p for h in result.hits for p in h.people)
    assert facets["meeting"] == Counter(h.meeting for h in result.hits)
    assert facets["year"] == Counter(h.meeting_date[:4] for h in result.hits if h.meeting_date)
    assert set(facets) == {"person", "organisation", "meeting", "type", "year"}


def test_organisation_facet_counts_the_council(search_index) -> None:  # noqa: ANN001
    result = _all(search_index, "police")
    assert dict(result.facets["organisation"]).get("Lancashire County Council") == result.total


def test_facets_follow_the_filters(search_index) -> None:  # noqa: ANN001
    result = _all(search_index, "", person="Roxanne McAllister")
    assert dict(result.facets["person"])["Roxanne McAllister"] == result.total > 0


def test_the_timeline_counts_hits_per_month(search_index) -> None:  # noqa: ANN001
    result = _all(search_index, "police")
    assert result.timeline == [["2020-11", result.total]]


@pytest.mark.parametrize(
    ("date_from", "date_to", "finds"),
    [
        ("2020-11-24", "2020-11-24", True),
        ("2020-01-01", None, True),
        ("2020-11-25", None, False),
        (None, "2020-11-23", False),
    ],
)
def test_a_date_range_keeps_meetings_inside_it(search_index, date_from, date_to, finds: bool) -> None:  # noqa: ANN001
    hits = search(search_index, "police", date_from=date_from, date_to=date_to).hits
    assert bool(hits) is finds


def test_a_type_filter_lists_only_that_type(search_index) -> None:  # noqa: ANN001
    assert {h.type for h in _all(search_index, "police", type="commitment").hits} == {"commitment"}


def test_an_org_filter_matches_the_council(search_index) -> None:  # noqa: ANN001
    assert _all(search_index, "police", org="lancashire county council").total == _all(search_index, "police").total


def test_a_meeting_filter_takes_the_document_id(search_index) -> None:  # noqa: ANN001
    assert {h.doc for h in _all(search_index, "police", meeting=MINUTES).hits} == {MINUTES}


def test_an_empty_query_with_filters_lists_everything_they_match(search_index) -> None:  # noqa: ANN001
    result = _all(search_index, "", meeting=MINUTES, type="item")
    assert result.total >= 11 and result.facets["type"] == [["item", result.total]]


def test_snippets_mark_the_words_found(search_index) -> None:  # noqa: ANN001
    hit = search(search_index, "dental check-ups").hits[0]
    marked = re.findall(r"<mark[^>]*>([^<]+)</mark>", hit.highlight)
    assert {"dental", "check-up"} <= {m.lower() for m in marked}


def test_snippets_mark_the_line_broken_spelling(search_index) -> None:  # noqa: ANN001
    hit = search(search_index, "callouts").hits[0]
    assert re.search(r"<mark[^>]*>call-\s*outs</mark>", hit.highlight, re.I)


def test_a_long_passage_is_highlighted_around_its_matches() -> None:
    text = "filler words here. " * 2000 + "The burst water pipe was fixed. " + "more filler. " * 2000
    source = snippet_source(text, [b"burst", b"pipe"])
    assert len(source) < SNIPPET_SOURCE_CHARS and "burst water pipe" in source


def test_results_page_through_the_hits(search_index) -> None:  # noqa: ANN001
    everything = [(h.doc, h.item, h.type) for h in _all(search_index, "care").hits]
    pages = [search(search_index, "care", limit=3, page=n).hits for n in range(1, len(everything) // 3 + 2)]
    assert [(h.doc, h.item, h.type) for page in pages for h in page] == everything


def test_the_total_and_facets_count_every_match_not_only_the_top_hits(search_index):  # noqa: ANN001
    """Block-quality skipping in the ranking pass must not hide matches from the counts."""
    from indexer.index.search import search

    one = search(search_index, "care", limit=1)
    many = search(search_index, "care", limit=200)
    assert one.total == many.total == len(many.hits)
    assert dict(map(tuple, one.facets["type"])) == dict(map(tuple, many.facets["type"]))


def test_snippets_are_cut_from_the_spans_stored_at_index_time(search_index, monkeypatch) -> None:  # noqa: ANN001
    """A search analyses no passage text for its snippets: the words' places were stored."""
    import indexer.index.snippets as snippets

    def no_analysis(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a passage was re-analysed at search time")

    monkeypatch.setattr(snippets, "_ANALYZER", no_analysis)
    hit = search(search_index, "police call-outs", type="item").hits[0]
    assert re.search(r"<mark>police</mark>", hit.highlight, re.I)
    assert re.search(r"<mark>call-\s*outs</mark>", hit.highlight, re.I)


def test_a_word_seen_more_often_than_its_stored_spans_is_never_shown_unmarked() -> None:
    from indexer.index.snippets import SPANS_PER_WORD, highlighted_from_spans, word_spans

    text = " ".join(f"The budget line {n} was agreed." for n in range(SPANS_PER_WORD + 6))
    snippet = highlighted_from_spans(text, word_spans(text), ["budget"])
    assert snippet.count("<mark>budget</mark>") == snippet.lower().count("budget")


def test_facet_counts_add_up_across_segments_and_equal_counts_read_in_order(tmp_path) -> None:  # noqa: ANN001
    """Two commits, two segments: a value in both is counted once with both counts, and
    values with equal counts come in the order of their names, as the page lists them."""
    from whoosh import index as whoosh_index

    from indexer.index.facets import FacetColumns
    from indexer.index.schema import FACET_SEPARATOR, build_schema

    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    batches = [
        [("Zoe Ng", "2020", "2020-11"), ("Amy Fox", "2020", "2020-11"), ("", "2021", "2021-01")],
        [("Zoe Ng", "2021", "2021-02"), ("Bob Lee" + FACET_SEPARATOR + "Amy Fox", "2021", "2021-02")],
    ]
    n = 0
    for batch in batches:
        with ix.writer() as writer:
            for people, year, month in batch:
                n += 1
                writer.add_document(
                    id=str(n), type="item", people_facet=people.encode(), year=year, month=month, meeting="m"
                )
    with ix.searcher() as searcher:
        assert len(list(searcher.reader().leaf_readers())) == 2
        facets, months = FacetColumns().count(searcher, range(n))
    assert facets["person"] == [["Amy Fox", 2], ["Zoe Ng", 2], ["Bob Lee", 1]]
    assert facets["year"] == [["2021", 3], ["2020", 2]]
    assert months == [["2020-11", 2], ["2021-01", 1], ["2021-02", 2]]


def test_a_long_facet_lists_its_most_frequent_values_and_never_the_empty_one(tmp_path) -> None:  # noqa: ANN001
    """Forty meetings, most passages from none (the empty value counts most): the thirty
    listed are the most frequent, equal counts in name order, and no empty name."""
    from whoosh import index as whoosh_index

    from indexer.index.facets import TOP_VALUES, FacetColumns
    from indexer.index.schema import build_schema

    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    names = [f"Meeting {n:02d}" for n in range(40)]
    meetings = [name for n, name in enumerate(names) for _ in range(1 + n % 3)] + [""] * 200
    with ix.writer() as writer:
        for n, name in enumerate(meetings):
            writer.add_document(id=str(n), type="item", meeting=name)
    with ix.searcher() as searcher:
        facets, _months = FacetColumns().count(searcher, range(len(meetings)))
    expected = sorted(((name, 1 + n % 3) for n, name in enumerate(names)), key=lambda pair: (-pair[1], pair[0]))
    assert facets["meeting"] == [list(pair) for pair in expected[:TOP_VALUES]]
