"""A journalist checks a citation and a councillor narrows a search, in a real browser."""

from __future__ import annotations

from urllib.parse import quote_plus

import pytest

pytestmark = pytest.mark.browser


def test_the_cited_page_opens_at_the_sentence(tab) -> None:  # noqa: ANN001
    tab.goto("/commitments?person=" + quote_plus("Michael Nunn"))
    row = tab.locator("tr", has_text="breakdown of Police call-outs")
    assert "Open PDF at page 6" in row.inner_text()
    assert "Corporate Parenting Board, 24 Nov 2020, item 5, p. 6" in row.inner_text()
    row.get_by_role("link", name="Show the sentence").click()
    mark = tab.locator("mark#quote")
    assert "breakdown of Police call-outs" in " ".join(mark.inner_text().split())
    assert mark.locator("xpath=ancestor::section[@id='page-6']").count() == 1
    assert mark.is_visible() and mark.bounding_box()["y"] < tab.viewport_size["height"]


def test_a_dropped_word_is_announced(tab) -> None:  # noqa: ANN001
    tab.goto("/search?q=" + quote_plus("police call-outs zebra"))
    assert tab.get_by_role("status").filter(has_text="No paper mentions “zebra”").is_visible()


@pytest.mark.parametrize(
    ("param", "typed"),
    [("person", "Nunn"), ("meeting", "corporate parenting"), ("org", "Lancashire")],
)
def test_filters_take_what_people_type(tab, param: str, typed: str) -> None:  # noqa: ANN001
    tab.goto(f"/search?q=police&{param}={quote_plus(typed)}")
    assert tab.locator("ol.hits li").count() >= 1


def test_newest_first_reorders_the_results(tab) -> None:  # noqa: ANN001
    tab.goto("/search?q=care")
    tab.get_by_role("link", name="Newest first").click()
    assert "sort=date" in tab.url
    dates = tab.locator("ol.hits time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates == sorted(dates, reverse=True)
