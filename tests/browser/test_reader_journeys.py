"""A reader in a real browser: search, narrow by a person, follow commitments, use the keyboard.

Each journey saves a screenshot under its tmp_path, so a failing run leaves pictures of
what the reader saw.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

MINUTES = "lancashire-cpb-2020-11-24-minutes"
PAGES = {
    "search": "/search?q=Police+call-outs",
    "person": "/people/michael-nunn",
    "meeting": f"/meetings/{MINUTES}",
    "commitments": "/commitments",
    "document": f"/documents/{MINUTES}",
}


def _total(tab) -> int:  # noqa: ANN001
    heading = tab.locator("#results-heading").inner_text()
    match = re.match(r"(\d+) results?", heading)
    return int(match.group(1)) if match else 0


def test_typing_police_callouts_and_pressing_enter_shows_item_5_first(tab, tmp_path: Path) -> None:  # noqa: ANN001
    tab.goto("/")
    tab.get_by_label("Search board papers").press_sequentially("Police call-outs")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    first = tab.locator("ol.hits > li").first
    text = first.inner_text()
    assert "Corporate Parenting Board" in text
    assert "24 November 2020" in text
    assert "item 5" in text
    assert "call-outs" in [m.inner_text() for m in first.locator("mark").all()]
    tab.screenshot(path=tmp_path / "search.png", full_page=True)


def test_clicking_a_person_facet_narrows_the_results_to_that_person(tab, tmp_path: Path) -> None:  # noqa: ANN001
    # "care" matches most of the meeting, so narrowing to one person visibly cuts the list.
    tab.goto("/search?q=care")
    before = _total(tab)
    with tab.expect_navigation():
        tab.locator(".facet-person").get_by_role("link", name="Michael Nunn", exact=True).click()
    after = _total(tab)
    assert 0 < after < before
    hits = tab.locator("ol.hits > li")
    assert hits.count() == min(after, 10)
    for hit in hits.all():
        assert "Michael Nunn" in hit.locator(".people").inner_text()
    assert tab.get_by_role("link", name=re.compile("remove the person filter Michael Nunn")).is_visible()
    tab.screenshot(path=tmp_path / "search-person.png", full_page=True)


def test_the_commitments_page_finds_his_row_by_name(tab, tmp_path: Path) -> None:  # noqa: ANN001
    tab.goto("/")
    with tab.expect_navigation():
        tab.get_by_role("navigation", name="Main").get_by_role("link", name="Commitments").click()
    tab.get_by_label("Person").fill("Michael Nunn")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Show commitments").click()
    row = tab.locator("table.commitments tbody tr", has_text="provide a breakdown of Police call-outs").first
    assert "Michael Nunn" in row.inner_text()
    assert "24 November 2020" in row.inner_text()
    csv_link = tab.get_by_role("link", name="Download CSV")
    assert csv_link.get_attribute("href") == "/api/commitments.csv?person=Michael+Nunn"
    tab.screenshot(path=tmp_path / "commitments.png", full_page=True)


def test_the_keyboard_reaches_the_results_through_the_skip_link(tab) -> None:  # noqa: ANN001
    tab.goto(PAGES["search"])
    tab.keyboard.press("Tab")
    skip = tab.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0, "the skip link shows when focused"
    tab.keyboard.press("Enter")
    tab.keyboard.press("Tab")
    focused = tab.evaluate("document.activeElement.closest('ol.hits') !== null")
    assert focused, "the first Tab after skipping lands in the results"


def test_tabbing_from_the_top_reaches_the_first_result_with_a_visible_focus(tab) -> None:  # noqa: ANN001
    tab.goto(PAGES["search"])
    presses = 0
    while not tab.evaluate("document.activeElement.closest('ol.hits') !== null"):
        presses += 1
        if presses > 10:
            pytest.fail("ten Tabs from the top did not reach the results")
        tab.keyboard.press("Tab")
    outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


def test_searching_works_with_javascript_switched_off(no_script_tab) -> None:  # noqa: ANN001
    no_script_tab.goto("/")
    no_script_tab.get_by_label("Search board papers").fill("Police call-outs")
    with no_script_tab.expect_navigation():
        no_script_tab.get_by_role("button", name="Search").click()
    assert "item 5" in no_script_tab.locator("ol.hits > li").first.inner_text()


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_renders_on_a_desktop(tab, name: str, tmp_path: Path) -> None:  # noqa: ANN001
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    response = tab.goto(PAGES[name])
    assert response is not None and response.status == 200
    assert tab.locator("h1").first.is_visible()
    tab.screenshot(path=tmp_path / f"{name}.png", full_page=True)
    assert errors == []


@pytest.mark.parametrize("name", list(PAGES))
def test_nothing_overflows_a_375_pixel_phone(phone_tab, name: str, tmp_path: Path) -> None:  # noqa: ANN001
    phone_tab.goto(PAGES[name])
    width = phone_tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{name} is {width}px wide"
    phone_tab.screenshot(path=tmp_path / f"{name}-phone.png")


def test_the_facet_sidebar_stacks_below_the_results_on_a_phone(phone_tab) -> None:  # noqa: ANN001
    phone_tab.goto(PAGES["search"])
    results = phone_tab.locator("#results").bounding_box()
    sidebar = phone_tab.locator("aside.sidebar").bounding_box()
    assert results is not None and sidebar is not None
    assert sidebar["y"] >= results["y"] + results["height"] - 1
