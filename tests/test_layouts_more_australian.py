"""Australian shire and US city council minutes: dotted item numbers and recorded votes.

Australian councils number business "8.1", "8.2" under a section "8", record each motion
as "Moved: Cr Smith  Seconded: Cr Jones" then "CARRIED", and a division as "For: … /
Against: …"; US councils call the roll "AYES: … NAYS: … ABSENT: …". Every paper is a real
PDF built on the fly; votes need the NLP stage, so those fixtures run the whole reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.pipeline import read_paper
from indexer.records import MeetingRecord
from tests.paperkit import L, annotated, structured, write_pdf

SHIRE = [
    L("Shire of Anyvale", bold=True, size=14),
    L("Minutes of the Ordinary Council Meeting held on Tuesday 23 April 2024", bold=True, size=12, gap=4),
    L("in the Council Chambers, commencing at 5.00pm", gap=4),
    L("1.   Declaration of Opening", bold=True, gap=16),
    L("The Shire President declared the meeting open at 5.02pm.", gap=6),
    L("2.   Attendance and Apologies", bold=True, gap=16),
    L("Present:", gap=6),
    L("Cr Karen Smith (Shire President), Cr Paul Jones (Deputy President), Cr Li Wei,"),
    L("Cr Anne Murphy and Cr Darren Kelly"),
    L("Apologies: Cr Rob Taylor", gap=6),
    L("3.   Confirmation of Minutes", bold=True, gap=16),
    L("Moved: Cr Jones   Seconded: Cr Wei", gap=6),
    L("That the minutes of the Ordinary Council Meeting held on 26 March 2024 be confirmed."),
    L("CARRIED 5/0", bold=True, gap=6),
    L("8.   Reports of Officers", bold=True, gap=16),
    L("8.1   Budget Review March 2024", bold=True, gap=12),
    L("The Manager Finance presented the budget review.", gap=6),
    L("Moved: Cr Murphy   Seconded: Cr Kelly", gap=6),
    L("That Council adopts the March 2024 budget review."),
    L("CARRIED", bold=True, gap=6),
    L("8.2   Rates Concession Policy", bold=True, gap=12),
    L("The policy for rates concessions for community groups was presented.", gap=6),
    L("Moved: Cr Kelly   Seconded: Cr Murphy", gap=6),
    L("That Council adopts the revised Rates Concession Policy."),
    L("For: Cr Kelly, Cr Murphy and Cr Wei", gap=6),
    L("Against: Cr Smith and Cr Jones"),
    L("CARRIED 3/2", bold=True, gap=6),
    L("8.3   Footpath Renewal Tender", bold=True, gap=12),
    L("Moved: Cr Wei   Seconded: Cr Smith", gap=6),
    L("That Council awards the footpath renewal tender to Vale Civil Pty Ltd."),
    L("LOST 2/3", bold=True, gap=6),
    L("9.   Closure", bold=True, gap=16),
    L("The Shire President closed the meeting at 6.15pm.", gap=6),
]


@pytest.fixture(scope="module")
def shire_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pdf(tmp_path_factory.mktemp("shire") / "minutes.pdf", [SHIRE])


@pytest.fixture(scope="module")
def shire(shire_path: Path) -> MeetingRecord:
    return structured(shire_path)


@pytest.fixture(scope="module")
def shire_read(shire_path: Path) -> MeetingRecord:
    return annotated(shire_path)


def test_dotted_sub_items_are_items_under_their_section(shire: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in shire.items] == [
        ("1", "Declaration of Opening"),
        ("2", "Attendance and Apologies"),
        ("3", "Confirmation of Minutes"),
        ("8", "Reports of Officers"),
        ("8.1", "Budget Review March 2024"),
        ("8.2", "Rates Concession Policy"),
        ("8.3", "Footpath Renewal Tender"),
        ("9", "Closure"),
    ]


def test_attendance_item_gives_the_councillors_present(shire: MeetingRecord) -> None:
    assert [(p.name, p.title, p.role) for p in shire.attendance.present] == [
        ("Karen Smith", "Cr", "Shire President"),
        ("Paul Jones", "Cr", "Deputy President"),
        ("Li Wei", "Cr", None),
        ("Anne Murphy", "Cr", None),
        ("Darren Kelly", "Cr", None),
    ]


def test_attendance_item_gives_the_apology(shire: MeetingRecord) -> None:
    assert [(p.name, p.title) for p in shire.attendance.apologies] == [("Rob Taylor", "Cr")]


def test_carried_line_is_not_a_heading(shire: MeetingRecord) -> None:
    assert not [i for i in shire.items if i.title.upper().startswith(("CARRIED", "LOST"))]


def test_moved_seconded_carried_is_a_vote_with_mover_and_seconder(shire_read: MeetingRecord) -> None:
    votes = {v.item: (v.moved, v.seconded, v.result) for v in shire_read.votes}
    assert votes.get("8.1") == ("Anne Murphy", "Darren Kelly", "carried")
    assert votes.get("3") == ("Paul Jones", "Li Wei", "carried")


def test_carried_with_a_slash_tally_keeps_the_tally(shire_read: MeetingRecord) -> None:
    votes = {v.item: v.tally for v in shire_read.votes}
    assert (votes.get("3"), votes.get("8.2"), votes.get("8.3")) == ("5-0", "3-2", "2-3")


def test_division_for_and_against_lists_each_councillor(shire_read: MeetingRecord) -> None:
    vote = [v for v in shire_read.votes if v.item == "8.2"]
    assert len(vote) == 1
    assert (sorted(vote[0].for_), sorted(vote[0].against)) == (
        ["Anne Murphy", "Darren Kelly", "Li Wei"],
        ["Karen Smith", "Paul Jones"],
    )


def test_lost_motion_is_recorded_as_lost(shire_read: MeetingRecord) -> None:
    assert [(v.moved, v.result) for v in shire_read.votes if v.item == "8.3"] == [("Li Wei", "lost")]


ROLL_CALL = [
    L("City of Anyport", bold=True, size=14),
    L("City Council Regular Meeting Minutes", bold=True, size=12, gap=4),
    L("June 5, 2023 – 7:00 PM – Council Chambers", gap=4),
    L("1.   CALL TO ORDER", bold=True, gap=16),
    L("Mayor Diaz called the meeting to order at 7:02 PM.", gap=6),
    L("2.   ROLL CALL", bold=True, gap=16),
    L("Present: Mayor Rosa Diaz, Councilmembers Tom Becker, Aisha Grant, Luis Ortega and Mei Chen", gap=6),
    L("3.   CONSENT CALENDAR", bold=True, gap=16),
    L("Councilmember Becker moved to approve the consent calendar, seconded by Councilmember Grant.", gap=6),
    L("AYES: Becker, Grant, Ortega, Diaz", gap=6),
    L("NAYS: Chen"),
    L("ABSENT: None"),
    L("Motion carried 4-1."),
    L("4.   ADJOURNMENT", bold=True, gap=16),
    L("The meeting was adjourned at 8:10 PM.", gap=6),
]


@pytest.fixture(scope="module")
def roll_call(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    record, _ = read_paper(write_pdf(tmp_path_factory.mktemp("roll") / "minutes.pdf", [ROLL_CALL]))
    assert isinstance(record, MeetingRecord)
    return record


def test_us_roll_call_items_and_attendance(roll_call: MeetingRecord) -> None:
    assert [i.number for i in roll_call.items] == ["1", "2", "3", "4"]
    assert [p.name for p in roll_call.attendance.present] == [
        "Rosa Diaz",
        "Tom Becker",
        "Aisha Grant",
        "Luis Ortega",
        "Mei Chen",
    ]


def test_ayes_nays_roll_call_puts_each_member_on_their_side(roll_call: MeetingRecord) -> None:
    votes = [v for v in roll_call.votes if v.item == "3"]
    assert len(votes) == 1
    vote = votes[0]
    assert (vote.moved, vote.seconded, vote.result, vote.tally) == ("Tom Becker", "Aisha Grant", "carried", "4-1")
    assert (sorted(vote.for_), vote.against) == (
        ["Aisha Grant", "Luis Ortega", "Rosa Diaz", "Tom Becker"],
        ["Mei Chen"],
    )


def test_the_meeting_date_and_time_come_from_the_dashed_line(roll_call: MeetingRecord) -> None:
    assert (roll_call.meeting_date, roll_call.meeting_time) == ("2023-06-05", "19:00")
