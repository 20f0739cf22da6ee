"""NHS trust board minutes, read as a board secretary reads them.

Trust boards print attendance as ruled two-column tables (Name | Role) under "Present",
"In attendance" and "Apologies" labels, number items with the board's own prefix
("TB/23/045", "BM 23/101"), record decisions as "The Board RESOLVED to approve …" and
"The Board NOTED …" in the narrative, and end with an action log whose columns are
Action | Lead | Due date | Status. A running header carries the meeting date and the footer
"Page n of m". Every paper is a real PDF built on the fly (tests/paperkit.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import MeetingRecord
from tests.paperkit import L, T, item, structured, write_pdf


def read(path: Path) -> MeetingRecord:
    return structured(path)


def board_pages(prefix: str) -> list[list[L | T]]:
    """A trust board's public minutes; ``prefix`` formats the item numbers ("TB/23/{n:03d}")."""
    n = [prefix.format(n=k) for k in range(45, 52)]
    filler = [L(f"Members discussed the winter bed modelling in detail (point {k}).") for k in range(30)]
    page_one: list[L | T] = [
        L("Anytown Hospitals NHS Foundation Trust", bold=True, size=14),
        L("Minutes of the Board of Directors meeting held in public", bold=True, size=12, gap=4),
        L("Thursday 12 October 2023 at 10.00 am in the Boardroom, Anytown General Hospital", gap=4),
        L("Present:", bold=True, gap=12),
        T(
            [
                ["Name", "Role"],
                ["Professor Jane Whitfield", "Trust Chair"],
                ["Dr Ahmed Khan", "Chief Executive"],
                ["Mrs Sarah Jones", "Chief Finance Officer"],
                ["Mr Peter O'Brien", "Non-Executive Director"],
                ["Ms Grace Adeyemi", "Chief Nurse"],
            ],
            widths=[180, 220],
        ),
        L("In attendance:", bold=True, gap=12),
        T(
            [
                ["Ms Laura Chen", "Director of Corporate Affairs (minutes)"],
                ["Mr Tom Baker", "Head of Communications"],
            ],
            widths=[180, 220],
            bold_header=False,
        ),
        L("Apologies:", bold=True, gap=12),
        T([["Dr Ruth Green", "Medical Director"]], widths=[180, 220], bold_header=False),
        L(f"{n[0]}   Welcome and Apologies", bold=True, gap=16),
        L("The Chair welcomed members of the Board and the public to the meeting.", gap=6),
        L(f"{n[1]}   Declarations of Interest", bold=True, gap=16),
        L("There were no declarations of interest.", gap=6),
        L(f"{n[2]}   Minutes of the Previous Meeting", bold=True, gap=16),
        L("The Board APPROVED the minutes of the meeting held on 14 September 2023.", gap=6),
        L(f"{n[3]}   Chief Executive's Report", bold=True, gap=16),
        L("Dr Khan presented his report on operational performance.", gap=6),
        L("The Board NOTED the report.", gap=6),
    ]
    page_two: list[L | T] = [
        L(f"{n[4]}   Winter Plan 2023/24", bold=True, gap=16),
        L("The Chief Operating Officer presented the winter plan.", gap=6),
        *filler,
        L("The Board RESOLVED to approve the Winter Plan 2023/24 and to receive a", gap=6),
    ]
    page_three: list[L | T] = [
        L("progress report in January 2024."),
        L(f"{n[5]}   Any Other Business", bold=True, gap=16),
        L("There was no other business.", gap=6),
        L(f"{n[6]}   Date of Next Meeting", bold=True, gap=16),
        L("The next meeting will be held on Thursday 9 November 2023 at 10.00 am.", gap=6),
        L("Action Log", bold=True, gap=16),
        T(
            [
                ["Ref", "Action", "Lead", "Due date", "Status"],
                [n[3], "Circulate the recovery trajectory", "AK", "9 November 2023", "Open"],
                [n[4], "Report winter plan progress", "Sarah Jones", "January 2024", "Open"],
                [n[2], "Publish the approved minutes", "LC", "20 October 2023", "Complete"],
            ],
            widths=[55, 185, 70, 85, 55],
        ),
    ]
    return [page_one, page_two, page_three]


HEADER = "Board of Directors (Public) – 12 October 2023"


@pytest.fixture(scope="module", params=["TB/23/{n:03d}", "BM 23/{n:03d}"], ids=["TB-slash", "BM-space"])
def board(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[MeetingRecord, str]:
    path = tmp_path_factory.mktemp("nhs") / "board.pdf"
    return read(write_pdf(path, board_pages(request.param), header=HEADER, footer=True)), request.param


def test_board_secretary_finds_every_item_by_its_board_reference(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    n = [prefix.format(n=k) for k in range(45, 52)]
    assert [(i.number, i.title) for i in record.items] == [
        (n[0], "Welcome and Apologies"),
        (n[1], "Declarations of Interest"),
        (n[2], "Minutes of the Previous Meeting"),
        (n[3], "Chief Executive's Report"),
        (n[4], "Winter Plan 2023/24"),
        (n[5], "Any Other Business"),
        (n[6], "Date of Next Meeting"),
    ]


def test_board_header_block_gives_trust_board_date_time_and_venue(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    assert (record.organisation, record.body) == ("Anytown Hospitals NHS Foundation Trust", "Board of Directors")
    assert record.venue == "Boardroom, Anytown General Hospital"
    assert (record.meeting_date, record.meeting_time) == ("2023-10-12", "10:00")


def test_directors_in_the_present_table_are_present_with_their_roles(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    members = [(p.name, p.title, p.role) for p in record.attendance.present if p.group != "In attendance"]
    assert members == [
        ("Jane Whitfield", "Professor", "Trust Chair"),
        ("Ahmed Khan", "Dr", "Chief Executive"),
        ("Sarah Jones", "Mrs", "Chief Finance Officer"),
        ("Peter O'Brien", "Mr", "Non-Executive Director"),
        ("Grace Adeyemi", "Ms", "Chief Nurse"),
    ]


def test_in_attendance_table_is_present_in_its_own_group(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    attending = [(p.name, p.role) for p in record.attendance.present if p.group == "In attendance"]
    assert attending == [
        ("Laura Chen", "Director of Corporate Affairs (minutes)"),
        ("Tom Baker", "Head of Communications"),
    ]


def test_apologies_table_gives_the_director_who_sent_apologies(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    assert [(p.name, p.title) for p in record.attendance.apologies] == [("Ruth Green", "Dr")]


def test_table_column_headings_are_nobody(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    everyone = record.attendance.present + record.attendance.apologies + record.attendance.absent
    assert not [p.name for p in everyone if p.name in {"Name", "Role"}]


def test_the_board_resolved_to_approve_is_a_resolution_across_the_page_break(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    got = [r.text for r in item(record, prefix.format(n=49)).resolutions]
    assert got == [
        "The Board RESOLVED to approve the Winter Plan 2023/24 and to receive a progress report in January 2024."
    ]


def test_the_board_approved_the_minutes_is_a_resolution(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    got = [r.text for r in item(record, prefix.format(n=47)).resolutions]
    assert got == ["The Board APPROVED the minutes of the meeting held on 14 September 2023."]


def test_the_board_noted_the_report_is_a_resolution(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    assert [r.text for r in item(record, prefix.format(n=48)).resolutions] == ["The Board NOTED the report."]


def test_the_page_footer_and_running_header_stay_out_of_the_items(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    for agenda_item in record.items:
        assert "Page " not in agenda_item.text and "(Public) –" not in agenda_item.text, agenda_item.number


def test_winter_plan_spans_pages_two_and_three(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    assert item(record, prefix.format(n=49)).pages == [2, 3]


def test_action_log_rows_keep_their_lead_due_date_status_and_item(board: tuple[MeetingRecord, str]) -> None:
    record, prefix = board
    got = [(a.text, a.owner, a.due, a.status, a.item) for a in record.action_rows]
    assert got == [
        (
            "Circulate the recovery trajectory",
            "AK",
            "9 November 2023",
            "Open",
            prefix.format(n=48),
        ),
        ("Report winter plan progress", "Sarah Jones", "January 2024", "Open", prefix.format(n=49)),
        ("Publish the approved minutes", "LC", "20 October 2023", "Complete", prefix.format(n=47)),
    ]


def test_the_next_meeting_date_is_read_from_its_item(board: tuple[MeetingRecord, str]) -> None:
    record, _ = board
    assert record.next_meeting == "2023-11-09"


def long_action_log() -> list[list[L | T]]:
    """An action log whose table runs onto a second page without repeating its header row,
    with header words of another trust ("Action required", "Responsible", "Target date")."""
    head = ["No.", "Action required", "Responsible", "Target date", "RAG"]
    rows = [[f"{k}", f"Review ward staffing return {k}", "GA", f"{k} December 2023", "Amber"] for k in range(1, 25)]
    page_one: list[L | T] = [
        L("Anytown Community Health NHS Trust", bold=True, size=14),
        L("Quality Committee – Action Log", bold=True, size=12, gap=4),
        L("Updated following the meeting of 7 November 2023", gap=4),
        T([head, *rows[:20]], widths=[30, 200, 80, 90, 50]),
    ]
    page_two: list[L | T] = [
        T(
            [*rows[20:], ["25", "Share the falls audit\nwith the divisions", "Chief Nurse", "Next meeting", "Green"]],
            widths=[30, 200, 80, 90, 50],
            bold_header=False,
            gap=0,
        ),
    ]
    return [page_one, page_two]


@pytest.fixture(scope="module")
def action_log(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return read(write_pdf(tmp_path_factory.mktemp("nhs-log") / "log.pdf", long_action_log()))


def test_action_log_table_continued_on_the_next_page_keeps_every_row(action_log: MeetingRecord) -> None:
    assert [a.item for a in action_log.action_rows] == [str(k) for k in range(1, 26)]


def test_continued_rows_keep_the_columns_of_the_header_page(action_log: MeetingRecord) -> None:
    last = action_log.action_rows[-1]
    assert (last.text, last.owner, last.due, last.status, last.page) == (
        "Share the falls audit with the divisions",
        "Chief Nurse",
        "Next meeting",
        "Green",
        2,
    )


def test_other_trusts_header_words_name_the_same_columns(action_log: MeetingRecord) -> None:
    first = action_log.action_rows[0]
    assert (first.text, first.owner, first.due, first.status) == (
        "Review ward staffing return 1",
        "GA",
        "1 December 2023",
        "Amber",
    )


def test_an_action_log_is_read_as_one(action_log: MeetingRecord) -> None:
    assert (action_log.doc_type, action_log.items) == ("action_log", [])
