"""A scrutiny officer chases promises in a real browser: a later meeting that says nothing of
a promise makes it overdue; one that reports it kept makes it done."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from indexer.records import AgendaItem, Attendance, Commitment, MeetingRecord, Person, to_dict

pytestmark = pytest.mark.browser

PROMISE = "write to the harbour master about mooring fees"


def _minutes(day: str, text: str, commitments: list[Commitment]) -> MeetingRecord:
    return MeetingRecord(
        source="",
        sha256="0" * 64,
        organisation="Port Council",
        body="Harbour Board",
        meeting_date=day,
        attendance=Attendance(present=[Person(name="Ann Miley", title="Cllr")]),
        people=[Person(name="Ann Miley", title="Cllr")],
        items=[AgendaItem(number="2", title="Matters arising", text=text, pages=[1, 1], people=["Ann Miley"])],
        commitments=commitments,
    )


class Archive:
    """A folder of made-up meetings, indexed as the CLI would, and served while it grows."""

    def __init__(self, root: Path) -> None:
        self.folder = root / "papers"
        self.folder.mkdir()
        self.index_dir = root / "index"
        self.records: dict[str, MeetingRecord] = {}

    def add(self, name: str, record: MeetingRecord) -> None:
        from indexer.index.store import index_paths

        record.source = str(self.folder / name)
        (self.folder / name).write_text(name)
        self.records[name] = record

        def read(path: str) -> tuple[str, object]:
            return path, (to_dict(self.records[Path(path).name]), [{"number": 1, "text": "", "ocr": False}])

        index_paths([self.folder], self.index_dir, read=read)


@pytest.fixture()
def archive(tmp_path: Path, chromium) -> Iterator[tuple[Archive, str, object]]:  # noqa: ANN001
    from werkzeug.serving import make_server

    from webapp import create_app

    shelf = Archive(tmp_path)
    promise = Commitment(actor="Ann Miley", action=PROMISE, item="2", meeting_date="2021-01-10", due="the next meeting")
    shelf.add("harbour-2021-01-10.txt", _minutes("2021-01-10", "Promises were made.", [promise]))
    app = create_app({"INDEX_DIR": str(shelf.index_dir), "TODAY": date(2021, 3, 1)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    context = chromium.new_context(base_url=f"http://127.0.0.1:{server.server_port}")
    context.set_default_timeout(10_000)
    try:
        yield shelf, f"http://127.0.0.1:{server.server_port}", context.new_page()
    finally:
        context.close()
        server.shutdown()
        thread.join(timeout=10)


def _status_on(tab, url: str) -> str:  # noqa: ANN001
    tab.goto(url)
    return tab.locator("tr", has_text="mooring fees").locator(".status").inner_text().strip().lower()


def test_a_promise_the_next_meeting_ignores_shows_as_overdue(archive) -> None:  # noqa: ANN001
    shelf, _base, tab = archive
    assert _status_on(tab, "/commitments") == "open"
    shelf.add("harbour-2021-02-10.txt", _minutes("2021-02-10", "The harbour wall was discussed.", []))
    assert _status_on(tab, "/commitments") == "overdue"
    assert _status_on(tab, "/people/ann-miley") == "overdue"
    tab.goto("/people/ann-miley")
    assert tab.get_by_role("link", name="1 overdue").is_visible()
    tab.goto("/commitments?status=overdue")
    assert tab.locator("tr", has_text="mooring fees").count() == 1


def test_a_promise_the_next_meeting_reports_kept_shows_as_done(archive) -> None:  # noqa: ANN001
    shelf, _base, tab = archive
    report = "Ann Miley had written to the harbour master about the mooring fees."
    shelf.add("harbour-2021-02-10.txt", _minutes("2021-02-10", report, []))
    assert _status_on(tab, "/commitments") == "done"
    assert _status_on(tab, "/people/ann-miley") == "done"
