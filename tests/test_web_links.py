"""Links on the results page, built the quick way, read exactly as Flask would build them."""

from __future__ import annotations

from flask import url_for

from webapp.search_page import SearchLinks
from webapp.timeline import build_timeline


def test_a_search_link_reads_as_url_for_writes_it_whatever_the_query_holds(app) -> None:  # noqa: ANN001
    args = {"q": 'budget & "next meeting" 50%', "person": "Siobhán O'Brien", "from": "2020-01-01"}
    with app.test_request_context("/search"):
        link = SearchLinks(args)
        assert link(page=2, type="item") == url_for("search.results", **args, type="item", page=2)
        assert link(person=None) == url_for("search.results", q=args["q"], **{"from": "2020-01-01"})
        assert link(**{"from": None}, q=None, person=None) == url_for("search.results")


def test_a_month_with_no_hits_is_drawn_without_a_link() -> None:
    asked = []

    def link(start: str, end: str) -> str:
        asked.append(start)
        return f"{start}..{end}"

    timeline = build_timeline([["2020-11", 3], ["2021-01", 1]], link)
    assert timeline is not None
    assert next(b for b in timeline.bars if b.key == "2020-12").url == ""
    assert sorted(asked) == ["2020-11-01", "2021-01-01"]


def test_a_stray_date_a_century_off_draws_years_not_every_month_between() -> None:
    timeline = build_timeline([["1901-01", 1], ["2020-06", 5]], lambda start, end: start)
    assert timeline is not None and timeline.unit == "year"
    assert len(timeline.bars) == 2020 - 1901 + 1
