"""Whatever a paper or a URL contains, pages show it as text and never fail."""

from __future__ import annotations

from pathlib import Path

import pytest

HOSTILE_MINUTES = """Lancashire County Council
Scrutiny <b>Committee</b>
Minutes of the Meeting held on Tuesday, 2nd March, 2021 at 10.00 am in Room <i>C</i>
Present:
County Councillor Ian Brown
1. Hostile <script>alert('title')</script> item
The clerk pasted <script>alert('x')</script> into the Police call-outs report & "quotes".
Resolved: That Ian Brown would provide a <img src=x onerror=alert(1)> summary of Police call-outs to the Committee.
"""

# Tags that must never reach a page from a paper's text.
RAW_TAGS = ("<script>alert", "<img src=x", "<b>Committee", "<i>C</i>")


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """A web app over one paper whose text is full of HTML."""
    from indexer.index.store import index_paths
    from webapp import create_app

    folder = tmp_path_factory.mktemp("hostile-papers")
    (folder / "hostile-2021-03-02-minutes.txt").write_text(HOSTILE_MINUTES, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("hostile-index")
    summary = index_paths([folder], index_dir)
    assert not summary.failed, summary.failed
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/search?q=call-outs",
        "/search?q=",
        "/search?q=script",
        "/commitments",
        "/meetings/hostile-2021-03-02-minutes",
        "/documents/hostile-2021-03-02-minutes",
        "/people/ian-brown",
    ],
)
def test_html_in_a_paper_is_shown_as_text(hostile_client, url: str) -> None:  # noqa: ANN001
    page = hostile_client.get(url)
    assert page.status_code == 200
    for tag in RAW_TAGS:
        assert tag not in page.text


def test_a_snippet_from_a_paper_with_script_keeps_its_mark_and_escapes_the_rest(hostile_client) -> None:  # noqa: ANN001
    page = hostile_client.get("/search?q=call-outs").text
    assert "<mark>call-outs</mark>" in page
    assert "&lt;script&gt;alert(" in page


def test_a_query_with_script_renders_as_text(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_filters_with_markup_render_as_text(client) -> None:  # noqa: ANN001
    page = client.get("/search?person=%22%3E%3Cb%3Ex&meeting=%3Ci%3E&org=%27onmouseover=1")
    assert page.status_code == 200
    assert '"><b>x' not in page.text and "<i>" not in page.text.split("<main", 1)[1]
    commitments = client.get("/commitments?person=%22%3E%3Cb%3Ex")
    assert '"><b>x' not in commitments.text


def test_malformed_queries_never_error(client) -> None:  # noqa: ANN001
    for q in ['"unclosed', "AND OR NOT", "(((", "person:", "title:[a TO", "*", "?"]:
        assert client.get("/search", query_string={"q": q}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "q=care&from=2020-13-45&to=yesterday",
        "q=care&from=0001-01-01&to=9999-12-31",
        "q=care&from=2021-01-01&to=2020-01-01",
        "q=care&page=-1",
        "q=care&page=abc",
        "q=care&page=0",
        "q=care&page=99999999999999999999999",
        "q=care&limit=abc&page=2",
        "q=%F0%9F%98%80+caf%C3%A9+%E4%BC%9A%E8%AE%AE",
        "q=%00%01&person=%00",
        "type=bogus",
        "type=commitment&person=Nobody",
        "q=" + "call-outs+" * 200,
        "person=Mike+Nunn&meeting=Corporate+Parenting+Board+2020-11-24&org=x&type=item&outcome=lost",
    ],
)
def test_no_query_string_gives_a_server_error(client, query: str) -> None:  # noqa: ANN001
    for path in ("/search", "/api/search", "/commitments", "/api/commitments", "/api/commitments.csv"):
        response = client.get(f"{path}?{query}")
        assert response.status_code in (200, 302), (path, query, response.status_code)


def test_html_pages_forbid_scripts(client) -> None:  # noqa: ANN001
    response = client.get("/search?q=care")
    assert "script-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_every_page_works_without_javascript(client) -> None:  # noqa: ANN001
    for url in (
        "/",
        "/search?q=care",
        "/people/michael-nunn",
        "/commitments",
        "/documents/lancashire-cpb-2020-11-24-minutes",
    ):
        assert "<script" not in client.get(url).text


def test_the_app_never_runs_in_debug_mode_even_when_the_environment_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    from webapp import create_app

    monkeypatch.setenv("FLASK_DEBUG", "1")
    assert create_app({"INDEX_DIR": "var/index"}).debug is False


def test_an_app_without_an_index_explains_how_to_build_one(tmp_path: Path) -> None:
    from webapp import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "empty")}).test_client()
    for url in ("/", "/search?q=care", "/people/michael-nunn", "/commitments", "/meetings/x", "/documents/x"):
        page = client.get(url)
        assert page.status_code == 503, url
        assert "make index" in page.text


def test_the_original_of_an_html_paper_is_served_as_text(tmp_path: Path) -> None:
    from indexer.index.store import index_paths
    from webapp import create_app

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "board-2021-03-02-minutes.html").write_text(
        "<html><body><h1>Scrutiny Committee</h1><p>Minutes of the Meeting held on 2 March 2021</p>"
        "<p>1. Apologies</p><p>None.</p><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    index_paths([folder], tmp_path / "index")
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index")}).test_client()
    response = client.get("/documents/board-2021-03-02-minutes/pdf")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"


def test_a_running_app_shows_people_from_papers_indexed_after_it_started(tmp_path: Path) -> None:
    from indexer.index.store import index_paths
    from webapp import create_app

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "first-2021-03-02-minutes.txt").write_text(HOSTILE_MINUTES, encoding="utf-8")
    index_paths([folder], tmp_path / "index")
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index")}).test_client()
    assert client.get("/people/ian-brown").status_code == 200
    assert client.get("/people/priya-shah").status_code == 404
    later = HOSTILE_MINUTES.replace("2nd March", "9th March").replace("Ian Brown", "Priya Shah")
    (folder / "second-2021-03-09-minutes.txt").write_text(later, encoding="utf-8")
    index_paths([folder], tmp_path / "index")
    assert client.get("/people/priya-shah").status_code == 200
