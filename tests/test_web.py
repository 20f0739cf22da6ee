"""The web app answers what the CLI answers: each test is one thing a reader does."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

MINUTES = "lancashire-cpb-2020-11-24-minutes"
DECISION = "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble"


class _Links(HTMLParser):
    """Every <a href> on a page with its visible text, so tests can follow links."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open.append([dict(attrs).get("href") or "", ""])

    def handle_data(self, data: str) -> None:
        for link in self._open:
            link[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            href, text = self._open.pop()
            self.links.append((href, " ".join(text.split())))


def links(html: str) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(html)
    return parser.links


def link_to(html: str, text: str, containing: str = "") -> str:
    """The first link whose text is ``text`` and whose href contains ``containing``."""
    return next(href for href, label in links(html) if label == text and containing in href)


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


# --- search ------------------------------------------------------------------------------


def test_searching_police_callouts_in_the_browser_shows_item_5(client):  # noqa: ANN001
    page = client.get("/search?q=Police+call-outs")
    assert page.status_code == 200
    assert "Corporate Parenting Board" in page.text
    assert "In Care out of Trouble" in page.text
    assert "<mark>" in page.text


def test_search_results_show_the_long_date_item_and_page(client):  # noqa: ANN001
    page = client.get("/search?q=Police+call-outs").text
    assert "24 November 2020" in page
    assert "item 5" in page
    assert "page 4" in page


def test_search_results_open_the_pdf_at_the_item_page(client):  # noqa: ANN001
    page = client.get("/search?q=Police+call-outs").text
    assert f"/documents/{MINUTES}/pdf#page=4" in page


def test_people_in_a_result_link_to_their_person_page(client):  # noqa: ANN001
    page = client.get("/search?q=Police+call-outs").text
    assert "/people/michael-nunn" in page


def test_api_search_returns_the_cli_json(client):  # noqa: ANN001
    data = client.get("/api/search?q=police%20callouts").get_json()
    assert data["hits"][0]["item"] == "5"


def test_the_home_page_offers_one_labelled_search_box_and_the_latest_papers(client):  # noqa: ANN001
    page = client.get("/").text
    assert '<label for="q">' in page and 'id="q" name="q"' in page
    assert f"/meetings/{MINUTES}" in page


def test_a_person_facet_link_adds_that_filter_and_narrows_the_results(client):  # noqa: ANN001
    page = client.get("/search?q=care").text
    href = link_to(page, "Michael Nunn", containing="person=")
    assert query_of(href) == {"q": ["care"], "person": ["Michael Nunn"]}
    everything = client.get("/api/search?q=care").get_json()["total"]
    narrowed = client.get(href.replace("/search", "/api/search")).get_json()
    assert 0 < narrowed["total"] < everything
    assert all("Michael Nunn" in hit["people"] for hit in narrowed["hits"])


def test_an_active_filter_shows_a_remove_link_back_to_the_wider_search(client):  # noqa: ANN001
    page = client.get("/search?q=care&person=Michael+Nunn").text
    remove = link_to(page, "remove the person filter Michael Nunn")
    assert query_of(remove) == {"q": ["care"]}


def test_a_selected_facet_value_links_back_out_of_its_filter(client):  # noqa: ANN001
    page = client.get("/search?q=care&person=Michael+Nunn").text
    href = link_to(page, "Michael Nunn (selected: remove this filter)")
    assert query_of(href) == {"q": ["care"]}


def test_the_year_facet_sets_a_date_range(client):  # noqa: ANN001
    page = client.get("/search?q=care").text
    href = link_to(page, "2020")
    assert query_of(href)["from"] == ["2020-01-01"]
    assert query_of(href)["to"] == ["2020-12-31"]


def test_a_date_range_keeps_meetings_inside_it(client):  # noqa: ANN001
    inside = client.get("/api/search?q=care&from=2020-11-01&to=2020-11-30").get_json()["total"]
    outside = client.get("/api/search?q=care&from=2021-01-01").get_json()["total"]
    assert inside > 0 and outside == 0
    page = client.get("/search?q=care&from=2020-11-01&to=2020-11-30").text
    assert 'name="from" type="date" value="2020-11-01"' in page


def test_the_timeline_is_inline_svg_with_a_text_alternative(client):  # noqa: ANN001
    page = client.get("/search?q=care").text
    assert "<svg" in page and 'role="img"' in page
    assert "all in November 2020" in page
    assert "Hits per month as a table" in page


def test_pagination_keeps_the_query_and_filters(client):  # noqa: ANN001
    page = client.get("/search?org=Lancashire+County+Council&limit=3").text
    assert "Page 1 of" in page
    following = link_to(page, "Next page →")
    assert query_of(following) == {"org": ["Lancashire County Council"], "limit": ["3"], "page": ["2"]}
    second = client.get(following).text
    assert "Page 2 of" in second
    assert "page=" not in link_to(second, "← Previous page")


def test_a_page_past_the_end_goes_to_the_last_page(client):  # noqa: ANN001
    response = client.get("/search?q=care&page=999999")
    assert response.status_code == 302
    assert "page=999999" not in response.headers["Location"]


def test_a_bad_date_is_ignored_and_the_page_says_so(client):  # noqa: ANN001
    page = client.get("/search?q=care&from=2020-13-45")
    assert page.status_code == 200
    assert "was ignored" in page.text


# --- people, meetings, documents, commitments -------------------------------------------


def test_a_person_page_shows_aliases_items_and_commitments(client):  # noqa: ANN001
    page = client.get("/people/michael-nunn").text
    assert "<h1>Michael Nunn</h1>" in page
    assert "Mike Nunn" in page
    assert "In Care out of Trouble" in page
    assert "provide a breakdown of Police call-outs" in page
    assert "24 November 2020" in page


def test_a_person_page_lists_the_meetings_they_attended_and_their_title(client):  # noqa: ANN001
    page = client.get("/people/ian-brown").text
    assert "County Councillor" in page
    assert f"/meetings/{MINUTES}" in page
    assert "present" in page


def test_an_unknown_person_gets_the_404_page(client):  # noqa: ANN001
    page = client.get("/people/nobody-at-all")
    assert page.status_code == 404
    assert "Not found" in page.text


def test_a_meeting_page_shows_attendance_items_and_their_commitments(client):  # noqa: ANN001
    page = client.get(f"/meetings/{MINUTES}").text
    assert "Corporate Parenting Board" in page and "Lancashire County Council" in page
    assert "24 November 2020" in page and "Zoom" in page
    assert "Members" in page and "Apologies" in page
    assert 'id="item-5"' in page
    item_5 = page[page.index('id="item-5"') : page.index('id="item-6"')]
    assert "Michael Nunn" in item_5 and "provide a breakdown of Police call-outs" in item_5
    assert f"/documents/{MINUTES}/pdf" in page


def test_a_decision_notice_has_its_own_meeting_page(client):  # noqa: ANN001
    page = client.get(f"/meetings/{DECISION}").text
    assert "In Care out of Trouble" in page
    assert "Decision" in page
    assert "provide a breakdown of Police call-outs" in page


def test_a_decision_notice_links_to_the_minutes_item_it_records(client):  # noqa: ANN001
    page = client.get(f"/meetings/{DECISION}").text
    assert link_to(page, "the meeting's minutes, item 5") == f"/meetings/{MINUTES}#item-5"


def test_an_unknown_meeting_gets_the_404_page(client):  # noqa: ANN001
    assert client.get("/meetings/no-such-meeting").status_code == 404
    assert client.get("/meetings/..%2f..%2fetc%2fpasswd").status_code == 404


def test_the_document_page_marks_people_and_organisations(client):  # noqa: ANN001
    page = client.get(f"/documents/{MINUTES}").text
    assert '<span class="person">Mike Nunn</span>' in page
    assert '<span class="org">Lancashire County Council</span>' in page


def test_the_document_page_opens_the_pdf_at_each_page(client):  # noqa: ANN001
    page = client.get(f"/documents/{MINUTES}").text
    assert 'id="page-4"' in page
    assert link_to(page, "Open PDF at page 4") == f"/documents/{MINUTES}/pdf#page=4"


def test_the_commitments_page_filters_by_person(client):  # noqa: ANN001
    page = client.get("/commitments?person=Mike+Nunn").text
    assert "provide a breakdown of Police call-outs" in page
    assert "meet with Sharon Hubber" not in page
    assert '<label for="person">' in page and '<label for="meeting">' in page


def test_the_commitments_page_lists_everyone_without_filters(client):  # noqa: ANN001
    page = client.get("/commitments").text
    assert "provide a breakdown of Police call-outs" in page
    assert "meet with Sharon Hubber" in page


def test_the_commitments_page_filters_by_meeting(client):  # noqa: ANN001
    page = client.get(f"/commitments?meeting={MINUTES}").text
    assert "meet with Sharon Hubber" in page
    assert f"/documents/{DECISION}/pdf" not in page


def test_a_long_commitments_table_is_split_into_pages(client, monkeypatch):  # noqa: ANN001
    from webapp.views import commitments

    monkeypatch.setattr(commitments, "ROWS_PER_PAGE", 2)
    first = client.get("/commitments?person=&meeting=" + MINUTES).text
    assert "Page 1 of" in first
    following = link_to(first, "Next page →")
    assert query_of(following) == {"meeting": [MINUTES], "page": ["2"]}
    assert "Page 2 of" in client.get(following).text


def test_the_commitments_csv_link_keeps_the_filters(client):  # noqa: ANN001
    page = client.get("/commitments?person=Michael+Nunn").text
    href = link_to(page, "Download CSV")
    assert query_of(href) == {"person": ["Michael Nunn"]}
    response = client.get(href)
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows and {row["actor"] for row in rows} == {"Michael Nunn"}
    assert any(row["meeting_date"] == "2020-11-24" and row["item"] == "5" for row in rows)


def test_api_commitments_returns_the_cli_json(client):  # noqa: ANN001
    data = client.get("/api/commitments?person=Sharon+Hubber").get_json()
    assert [hit["actor"] for hit in data["hits"]] == ["Sharon Hubber"]


def test_files_are_served_only_from_indexed_sources(client):  # noqa: ANN001
    assert client.get("/documents/..%2f..%2fetc%2fpasswd/pdf").status_code == 404
    assert client.get(f"/documents/{MINUTES}/pdf").status_code == 200


def test_unknown_pages_get_the_404_page(client):  # noqa: ANN001
    page = client.get("/no-such-page")
    assert page.status_code == 404
    assert "Not found" in page.text


def test_a_members_recorded_votes_show_on_their_person_page(tmp_path):  # noqa: ANN001
    """Issue 10: a member's motions and votes, from a roll call, on the person page."""
    from indexer.index.store import index_paths
    from webapp import create_app

    paper = tmp_path / "papers" / "commission.txt"
    paper.parent.mkdir()
    paper.write_text(
        "Open Government Commission\nMinutes of the meeting held on April 3, 2023 at 7:00 p.m.\n\n"
        "Present: Commissioners Miley, Tilos and Sullivan\n\n"
        "4-A. Select Chair and Vice Chair\n\n"
        "Commissioner Tilos moved approval of Commissioner Miley serving as Chair. "
        "Commissioner Sullivan seconded the motion, which carried by the following roll call vote: "
        "Commissioners Miley: Aye; Sullivan: Aye; Tilos: No. Ayes: 2.\n",
        encoding="utf-8",
    )
    index_dir = tmp_path / "index"
    assert not index_paths([paper.parent], index_dir).failed
    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    page = client.get("/people/tilos")
    assert page.status_code == 200
    assert "Votes" in page.text and "moved" in page.text and "against" in page.text
    assert "4-A" in page.text and "carried" in page.text
