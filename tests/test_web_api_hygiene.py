"""What a script or a spreadsheet sees of the API, and what a browser is told about caching."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import CORPUS
from tests.test_web import MINUTES, link_to, query_of


def _all_strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return [value] if isinstance(value, str) else []


def test_search_json_never_shows_where_papers_lie_on_the_server(client, indexed_corpus) -> None:  # noqa: ANN001
    result = client.get("/api/search?q=police").get_json()
    assert result["hits"]
    for text in _all_strings(result):
        assert str(CORPUS) not in text and str(indexed_corpus) not in text, text
    assert result["hits"][0]["source"].endswith(".pdf")


def test_each_json_hit_links_to_its_pdf_at_the_cited_page(client) -> None:  # noqa: ANN001
    hit = client.get("/api/commitments?person=Michael+Nunn").get_json()["hits"][0]
    assert hit["link"] == f"/documents/{hit['doc']}/pdf#page={hit['page']}"
    assert client.get(hit["link"].split("#")[0]).mimetype == "application/pdf"


def test_an_unknown_api_address_answers_json(client) -> None:  # noqa: ANN001
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.is_json and response.get_json()["status"] == 404


def test_a_wrong_method_on_the_api_answers_json(client) -> None:  # noqa: ANN001
    response = client.post("/api/search")
    assert response.status_code == 405
    assert response.is_json


def test_site_pages_still_answer_html_when_missing(client) -> None:  # noqa: ANN001
    response = client.get("/no-such-page")
    assert response.status_code == 404 and response.mimetype == "text/html"


def test_the_csv_opens_in_a_spreadsheet_with_apostrophes_intact(client) -> None:  # noqa: ANN001
    data = client.get("/api/commitments.csv").data
    assert data.startswith("\ufeff".encode()), "a UTF-8 byte-order mark tells spreadsheet programs the encoding"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows
    assert {"meeting", "page", "link", "due"} <= set(rows[0])
    assert all(row["link"].startswith("/documents/") for row in rows)


def test_newest_first_is_offered_and_kept_in_links(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=care").text
    href = link_to(page, "Newest first")
    assert query_of(href) == {"q": ["care"], "sort": ["date"]}
    dates = [h["meeting_date"] for h in client.get("/api/search?q=care&sort=date").get_json()["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_a_from_date_after_the_to_date_says_why_nothing_matched(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=care&from=2021-01-01&to=2020-01-01").text
    assert "from-date is after the to-date" in page


def test_pages_and_api_answers_must_be_revalidated_and_static_files_may_be_kept(client) -> None:  # noqa: ANN001
    assert client.get("/search?q=care").headers["Cache-Control"] == "no-cache"
    assert client.get("/api/search?q=care").headers["Cache-Control"] == "no-cache"
    assert "max-age" in client.get("/static/minuted.css").headers["Cache-Control"]


def test_a_forged_host_header_never_gets_a_redirect_to_another_site(client) -> None:  # noqa: ANN001
    response = client.get("/static//etc/passwd", headers={"Host": "evil.example"})
    assert response.status_code == 404
    assert "evil.example" not in response.headers.get("Location", "")


def test_the_cli_keeps_full_paths_for_the_person_at_the_keyboard(runner, indexed_corpus) -> None:  # noqa: ANN001
    from indexer.cli import main

    out = runner.invoke(main, ["search", "police", "--index", str(indexed_corpus), "--json"]).output
    assert json.loads(out)["hits"][0]["source"].endswith(f"{MINUTES}.pdf")


def test_a_word_no_paper_holds_is_named_not_silently_dropped(client) -> None:  # noqa: ANN001
    result = client.get("/api/search?q=police+call-outs+zebra").get_json()
    assert result["total"] >= 1
    assert result["relaxed"] is True and result["missing"] == ["zebra"]
    page = client.get("/search?q=police+call-outs+zebra").text
    assert "No paper mentions “zebra”" in page


def test_a_search_with_every_word_found_is_not_called_relaxed(client) -> None:  # noqa: ANN001
    result = client.get("/api/search?q=police+call-outs").get_json()
    assert result["relaxed"] is False and result["missing"] == []


def test_a_leading_wildcard_is_refused_with_a_reason_and_costs_nothing(client) -> None:  # noqa: ANN001
    result = client.get("/api/search?q=*e*+*o*").get_json()
    assert result["total"] == 0 and "two letters" in result["error"]
    assert client.get("/api/search?q=polic*").get_json()["total"] >= 1


def test_a_wildcard_expands_to_a_bounded_number_of_words() -> None:
    from whoosh.fields import TEXT, Schema
    from whoosh.filedb.filestore import RamStorage

    from indexer.index.query import MAX_EXPANSIONS, CappedPrefix

    ix = RamStorage().create_index(Schema(words=TEXT()))
    with ix.writer() as writer:
        for n in range(MAX_EXPANSIONS + 50):
            writer.add_document(words=f"ab{n:04d}")
    with ix.searcher() as searcher:
        assert len(list(CappedPrefix("words", "ab").expanded_terms(searcher.reader()))) == MAX_EXPANSIONS


@pytest.mark.parametrize(
    ("param", "typed"),
    [
        ("person", "Nunn"),
        ("person", "michael"),
        ("meeting", "corporate parenting"),
        ("meeting", "2020-11-24"),
        ("org", "Lancashire"),
    ],
)
def test_filters_work_as_people_type_them(client, param: str, typed: str) -> None:  # noqa: ANN001
    result = client.get(f"/api/search?q=police&{param}={typed}").get_json()
    assert result["total"] >= 1, f"{param}={typed} found nothing"


def test_a_filter_matching_nothing_still_finds_nothing(client) -> None:  # noqa: ANN001
    assert client.get("/api/search?q=police&person=Zebedee").get_json()["total"] == 0


def test_a_misspelt_name_that_finds_nothing_suggests_the_person(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=Micheal+Nun").text
    assert "Did you mean" in page and "Michael Nunn" in page


def test_a_misspelt_body_suggests_the_meeting(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=corporate+parentng+bord").text
    assert "Did you mean" in page and "Corporate Parenting Board" in page
