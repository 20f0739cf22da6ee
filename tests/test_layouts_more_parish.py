"""English parish and town council minutes, read as the parish clerk reads them.

Parish clerks cite minutes as "Minute 23/20" and print that reference at the head of each
item, put "RESOLVED:" on a line of its own with "that …" on the next, record who proposed
and seconded each motion ("Proposed Cllr X, seconded Cllr Y, all in favour"), run the
councillors present into one line ("Cllrs A, B and C") and count the public
("Members of the public: 3"). Every paper is a real PDF built on the fly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import MeetingRecord
from tests.paperkit import L, annotated, item, structured, write_pdf

PARISH = [
    L("Little Anyford Parish Council", bold=True, size=14),
    L("Minutes of the Parish Council Meeting held on Tuesday 11th July 2023 at 7.30pm", gap=4),
    L("in the Village Hall, Church Lane, Little Anyford"),
    L("Present: Cllrs Mary Hodges (Chair), Brian Oakley, Susan Patel and Derek Lowe", gap=12),
    L("In attendance: Helen Ward (Clerk); District Cllr Jim Nash", gap=6),
    L("Members of the public: 3", gap=6),
    L("Minute 23/20   Apologies for Absence", bold=True, gap=16),
    L("Apologies were received and accepted from Cllrs Tom Reeve and Alice Gray.", gap=6),
    L("Minute 23/21   Declarations of Interest", bold=True, gap=16),
    L("None.", gap=6),
    L("Minute 23/22   Minutes of the Previous Meeting", bold=True, gap=16),
    L("The minutes of the meeting held on 13th June 2023 were approved and signed.", gap=6),
    L("Proposed Cllr Oakley, seconded Cllr Patel, all in favour.", gap=6),
    L("Minute 23/23   Playing Field Fencing", bold=True, gap=16),
    L("Three quotations for replacing the fencing at the playing field had been received.", gap=6),
    L("RESOLVED:", bold=True, gap=12),
    L("that the quotation from Anyford Fencing Ltd of £4,250 be accepted."),
    L("Proposed Cllr Lowe, seconded Cllr Hodges, all in favour.", gap=6),
    L("The Clerk will place the order and arrange the works for August.", gap=6),
    L("Minute 23/24   Speed Watch", bold=True, gap=16),
    L("The council considered joining the Community Speed Watch scheme.", gap=6),
    L("RESOLVED:", bold=True, gap=12),
    L("that the council join the scheme for a trial year."),
    L("Proposed Cllr Patel, seconded Cllr Oakley. 3 in favour, 1 against. Carried.", gap=6),
    L("Minute 23/25   Date of Next Meeting", bold=True, gap=16),
    L("Tuesday 12th September 2023 at 7.30pm in the Village Hall.", gap=6),
]


@pytest.fixture(scope="module")
def parish_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pdf(tmp_path_factory.mktemp("parish") / "minutes.pdf", [PARISH])


@pytest.fixture(scope="module")
def parish(parish_path: Path) -> MeetingRecord:
    return structured(parish_path)


@pytest.fixture(scope="module")
def parish_read(parish_path: Path) -> MeetingRecord:
    """With the NLP stage, for votes (which name people the paper knows)."""
    return annotated(parish_path)


def test_parish_clerk_finds_items_by_their_minute_references(parish: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in parish.items] == [
        ("23/20", "Apologies for Absence"),
        ("23/21", "Declarations of Interest"),
        ("23/22", "Minutes of the Previous Meeting"),
        ("23/23", "Playing Field Fencing"),
        ("23/24", "Speed Watch"),
        ("23/25", "Date of Next Meeting"),
    ]


def test_parish_header_gives_date_time_and_venue(parish: MeetingRecord) -> None:
    assert (parish.organisation, parish.meeting_date, parish.meeting_time) == (
        "Little Anyford Parish Council",
        "2023-07-11",
        "19:30",
    )


def test_cllrs_run_on_gives_every_councillor_present_with_the_title(parish: MeetingRecord) -> None:
    members = [(p.name, p.title, p.role) for p in parish.attendance.present if p.group != "In attendance"]
    assert members == [
        ("Mary Hodges", "Cllr", "Chair"),
        ("Brian Oakley", "Cllr", None),
        ("Susan Patel", "Cllr", None),
        ("Derek Lowe", "Cllr", None),
    ]


def test_clerk_and_district_councillor_are_in_attendance(parish: MeetingRecord) -> None:
    attending = [(p.name, p.role) for p in parish.attendance.present if p.group == "In attendance"]
    assert attending == [("Helen Ward", "Clerk"), ("Jim Nash", None)]


def test_members_of_the_public_count_is_not_a_person(parish: MeetingRecord) -> None:
    names = [p.name for p in parish.attendance.present]
    assert not [n for n in names if "public" in n.lower() or n.strip().isdigit()]


def test_apologies_received_and_accepted_from_cllrs_lists_each(parish: MeetingRecord) -> None:
    assert [(p.name, p.title) for p in parish.attendance.apologies] == [("Tom Reeve", "Cllr"), ("Alice Gray", "Cllr")]


def test_resolved_on_its_own_line_takes_the_that_clause_below(parish: MeetingRecord) -> None:
    assert [r.text for r in item(parish, "23/23").resolutions] == [
        "That the quotation from Anyford Fencing Ltd of £4,250 be accepted."
    ]


def test_proposed_and_seconded_line_is_not_part_of_the_resolution(parish: MeetingRecord) -> None:
    assert [r.text for r in item(parish, "23/24").resolutions] == ["That the council join the scheme for a trial year."]


def test_next_meeting_date_comes_from_its_minute(parish: MeetingRecord) -> None:
    assert parish.next_meeting == "2023-09-12"


def test_proposed_seconded_all_in_favour_is_a_carried_vote(parish_read: MeetingRecord) -> None:
    votes = [(v.item, v.moved, v.seconded, v.result) for v in parish_read.votes]
    assert ("23/23", "Derek Lowe", "Mary Hodges", "carried") in votes
    assert ("23/22", "Brian Oakley", "Susan Patel", "carried") in votes


def test_counted_hands_give_the_tally(parish_read: MeetingRecord) -> None:
    vote = [v for v in parish_read.votes if v.item == "23/24"]
    assert [(v.moved, v.seconded, v.result, v.tally) for v in vote] == [
        ("Susan Patel", "Brian Oakley", "carried", "3-1")
    ]


def test_one_vote_per_motion(parish_read: MeetingRecord) -> None:
    assert sorted(v.item or "" for v in parish_read.votes) == ["23/22", "23/23", "23/24"]
