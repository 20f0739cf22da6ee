"""The web app answers what the CLI answers, safely."""

from __future__ import annotations


def test_searching_police_callouts_in_the_browser_shows_item_5(client):  # noqa: ANN001
    page = client.get("/search?q=Police+call-outs")
    assert page.status_code == 200
    assert "Corporate Parenting Board" in page.text
    assert "In Care out of Trouble" in page.text
    assert "<mark>" in page.text


def test_api_search_returns_the_cli_json(client):  # noqa: ANN001
    data = client.get("/api/search?q=police%20callouts").get_json()
    assert data["hits"][0]["item"] == "5"


def test_a_query_with_script_renders_as_text(client):  # noqa: ANN001
    page = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text


def test_malformed_queries_never_error(client):  # noqa: ANN001
    for q in ['"unclosed', "AND OR NOT", "(((", "person:", "title:[a TO", "*", "?"]:
        assert client.get("/search", query_string={"q": q}).status_code == 200


def test_files_are_served_only_from_indexed_sources(client):  # noqa: ANN001
    assert client.get("/documents/..%2f..%2fetc%2fpasswd/pdf").status_code == 404
    assert client.get("/documents/lancashire-cpb-2020-11-24-minutes/pdf").status_code == 200


def test_unknown_pages_get_the_404_page(client):  # noqa: ANN001
    page = client.get("/no-such-page")
    assert page.status_code == 404
    assert "Not found" in page.text
