"""Follow-up as a scrutiny officer uses it: when is each promise due, and was it kept?"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.index.followup import follow_up, resolve_due
from indexer.records import AgendaItem, Attendance, Commitment, MeetingRecord, Person, to_dict

MEETING = date(2020, 11, 24)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the next meeting", date(2021, 1, 26)),
        ("March", date(2021, 3, 31)),
        ("the end of March", date(2021, 3, 31)),
        ("31 March 2021", date(2021, 3, 31)),
        ("NOON 21st October", date(2021, 10, 21)),
        ("in 90 days", date(2021, 2, 22)),
        ("within two weeks", date(2020, 12, 8)),
        ("in time for April's AGM", date(2021, 4, 30)),
        ("Christmas", date(2020, 12, 25)),
        ("in the New Year", date(2021, 1, 1)),
    ],
)
def test_due_phrases_become_dates_counted_from_the_meeting(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, MEETING, next_meeting=date(2021, 1, 26)) == expected


def test_the_next_meeting_is_unknown_until_the_paper_or_a_later_one_says(tmp_path: Path) -> None:
    assert resolve_due("the next meeting", MEETING) is None
    assert resolve_due("as soon as possible", MEETING) is None


def _minutes(doc_day: str, text: str, commitments: list[Commitment] | None = None, body: str = "Harbour Board"):
    return MeetingRecord(
        source=f"/papers/harbour-{doc_day}.pdf",
        sha256="0" * 64,
        organisation="Port Council",
        body=body,
        meeting_date=doc_day,
        attendance=Attendance(present=[Person(name="Ann Miley", title="Cllr")]),
        people=[Person(name="Ann Miley", title="Cllr")],
        items=[AgendaItem(number="2", title="Matters arising", text=text, pages=[1, 1], people=["Ann Miley"])],
        commitments=commitments or [],
    )


PROMISE = Commitment(
    actor="Ann Miley",
    action="provide a breakdown of police call-outs to care homes",
    item="5",
    meeting_date="2021-01-10",
    due="the next meeting",
)


def _status(*records: MeetingRecord, today: date = date(2021, 3, 1)) -> str:
    papers = [(f"harbour-{r.meeting_date}", r) for r in records]
    found = follow_up(papers, today=today)
    return found[("harbour-2021-01-10", "ann miley", "provide a breakdown of police call outs to care homes")].status


def test_a_promise_with_no_later_meeting_is_open() -> None:
    assert _status(_minutes("2021-01-10", "Nothing arose.", [PROMISE])) == "open"


def test_a_promise_a_later_meeting_does_not_report_is_overdue_once_that_meeting_has_passed() -> None:
    later = _minutes("2021-02-10", "The harbour wall repairs were discussed at length.")
    assert _status(_minutes("2021-01-10", "", [PROMISE]), later) == "overdue"


def test_a_promise_a_later_meeting_reports_kept_is_done() -> None:
    later = _minutes("2021-02-10", "Ann Miley had circulated the breakdown of police call-outs to care homes.")
    assert _status(_minutes("2021-01-10", "", [PROMISE]), later) == "done"


def test_carried_forward_is_not_done() -> None:
    later = _minutes("2021-02-10", "The breakdown of police call-outs to care homes was carried forward.")
    assert _status(_minutes("2021-01-10", "", [PROMISE]), later) == "overdue"


def test_another_body_reporting_the_same_words_does_not_close_it() -> None:
    other = _minutes("2021-02-10", "Ann Miley had circulated the breakdown of police call-outs.", body="Audit Panel")
    assert _status(_minutes("2021-01-10", "", [PROMISE]), other) == "open"


@pytest.fixture()
def tracker(tmp_path: Path):  # noqa: ANN201
    """Two meetings of one body: the second reports one promise kept and says nothing of another."""
    from indexer.index.store import index_paths
    from webapp import create_app

    kept = Commitment(actor="Ann Miley", action="provide a breakdown of police call-outs to care homes", item="2")
    forgotten = Commitment(actor="Ann Miley", action="write to the harbour master about mooring fees", item="2")
    for c in (kept, forgotten):
        c.meeting_date, c.due = "2021-01-10", "the next meeting"
    records = {
        "harbour-2021-01-10.txt": _minutes("2021-01-10", "Promises were made.", [kept, forgotten]),
        "harbour-2021-02-10.txt": _minutes(
            "2021-02-10", "Ann Miley had circulated the breakdown of police call-outs to care homes."
        ),
    }
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, record in records.items():
        record.source = str(folder / name)
        (folder / name).write_text("made below")
    index_dir = tmp_path / "index"

    def read(path: str) -> tuple[str, object]:
        return path, (to_dict(records[Path(path).name]), [{"number": 1, "text": "", "ocr": False}])

    index_paths([folder], index_dir, read=read)
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir), "TODAY": date(2021, 3, 1)})
    return app.test_client()


def test_the_tracker_shows_each_promise_as_done_or_overdue(tracker) -> None:  # noqa: ANN001
    hits = tracker.get("/api/commitments").get_json()["hits"]
    by_action = {h["action"]: h for h in hits}
    assert by_action["provide a breakdown of police call-outs to care homes"]["status"] == "done"
    assert by_action["write to the harbour master about mooring fees"]["status"] == "overdue"
    assert {h["due_date"] for h in hits} == {"2021-02-10"}


def test_the_tracker_filters_by_status(tracker) -> None:  # noqa: ANN001
    overdue = tracker.get("/api/commitments?status=overdue").get_json()["hits"]
    assert [h["action"] for h in overdue] == ["write to the harbour master about mooring fees"]
    page = tracker.get("/commitments?status=overdue").text
    assert "mooring fees" in page and "police call-outs" not in page


def test_the_person_page_counts_what_is_overdue(tracker) -> None:  # noqa: ANN001
    page = tracker.get("/people/ann-miley").text
    assert "1 overdue" in page


def test_the_csv_carries_status_and_due_date(tracker) -> None:  # noqa: ANN001
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(tracker.get("/api/commitments.csv").data.decode("utf-8-sig"))))
    assert {(r["status"], r["due_date"]) for r in rows} == {("done", "2021-02-10"), ("overdue", "2021-02-10")}
