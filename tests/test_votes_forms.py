"""Votes recorded in the many house styles of small bodies and town councils.

A reader finds each motion whose outcome the paper states, under the item it was taken in:
an outcome with no mover ("A hand vote was called … 12 In Favor, 0 Opposed"), a count
that decides the result by itself ("4 In Favor, 9 Opposed" is lost), a roll call read out
member by member, several votes in one item, "Council voted not to …", and a mover
given after the outcome ("… were approved. Proposed by … seconded by …"). Narrative that
only uses the words ("the ferry carried 200 passengers", "the auditors accepted the
report") is no vote. Every paper here is made up; the layouts are the kinds seen in
real minutes.
"""

from __future__ import annotations

import pytest

from indexer.records import MeetingRecord
from tests.paperkit import L, annotated, write_pdf

TOWN = [
    L("Elm Valley Residents Association", bold=True, size=14),
    L("Minutes of the Board Meeting held on 4 March 2024", gap=4),
    L("Present: Robin Lee, Dana Fox, Carl Ross, Mia Tate, Ivan Vega, Olga Ward", gap=12),
    L("1. Minutes of the Previous Meeting", bold=True, gap=16),
    L("The minutes of the meeting held on 5 February were approved. Proposed by Robin Lee seconded", gap=6),
    L("by Dana Fox."),
    L("2. Budget", bold=True, gap=16),
    L("Robin Lee motioned to approve the 2024 budget, Dana Fox seconded. Board approved.", gap=6),
    L("3. Licence Applications", bold=True, gap=16),
    L("RE: Corner Cafe wine licence. The board supports the application.", gap=6),
    L("A hand vote was called with the following results: 12 In Favor, 0 Opposed, 1 Abstained.", gap=6),
    L("RE: Late night bar on Mill Road. The board supports the application.", gap=6),
    L("A hand vote was called with the following results: 4 In Favor, 9 Opposed, 0 Abstained.", gap=6),
    L("4. Constitution", bold=True, gap=16),
    L("Amendment A: In favor: 20 Against: 2 Abstain: 1 PASSED Amendment B: In favor: 5 Against: 15", gap=6),
    L("Abstain: 0. (c) Changing amendment: Passed"),
    L("5. Grounds", bold=True, gap=16),
    L("a. Council voted not to renew the mowing contract. b. Council voted to hire a gardener.", gap=6),
    L("The ferry carried 200 passengers last summer. The auditors accepted the report in 2022.", gap=6),
    L("6. Hall", bold=True, gap=16),
    L("Motion to sell the old hall: Ross/Tate; the motion does not pass.", gap=6),
    L("Councilman Ross makes the motion to adjourn; Councilwoman Tate seconds.", gap=6),
    L("ROLL CALL VOTE Ross - yes Tate - yes Vega - no Ward - yes", gap=6),
    L("7. Newsletter", bold=True, gap=16),
    L("Olga Ward made a motion to print 500 copies. Motion was seconded by Ivan Vega and passed.", gap=6),
    L("Moved to close the meeting by Mia Tate, seconded and approved.", gap=6),
    L("The newsletter was approved by the printers last year.", gap=6),
]


@pytest.fixture(scope="module")
def town_read(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return annotated(write_pdf(tmp_path_factory.mktemp("town") / "minutes.pdf", [TOWN]))


def _votes(record: MeetingRecord, item: str) -> list[tuple[str | None, str | None]]:
    return [(v.result, v.tally) for v in record.votes if v.item == item]


def test_mover_named_after_the_outcome_still_makes_one_vote(town_read: MeetingRecord) -> None:
    votes = [v for v in town_read.votes if v.item == "1"]
    assert [(v.result, v.moved, v.seconded) for v in votes] == [("carried", "Robin Lee", "Dana Fox")]


def test_motioned_and_seconded_then_board_approved_is_a_vote(town_read: MeetingRecord) -> None:
    votes = [v for v in town_read.votes if v.item == "2"]
    assert [(v.result, v.moved, v.seconded) for v in votes] == [("carried", "Robin Lee", "Dana Fox")]


def test_each_hand_vote_counts_and_the_count_decides_it(town_read: MeetingRecord) -> None:
    assert _votes(town_read, "3") == [("carried", "12-0"), ("lost", "4-9")]


def test_two_counts_side_by_side_and_a_record_line_are_three_votes(town_read: MeetingRecord) -> None:
    assert _votes(town_read, "4") == [("carried", "20-2"), ("lost", "5-15"), ("carried", None)]


def test_council_voted_not_to_is_a_carried_vote_and_narrative_is_none(town_read: MeetingRecord) -> None:
    assert _votes(town_read, "5") == [("carried", None), ("carried", None)]


def test_made_a_motion_and_moved_by_name_the_mover_not_the_seconder(town_read: MeetingRecord) -> None:
    votes = [v for v in town_read.votes if v.item == "7"]
    assert [(v.moved, v.seconded, v.result) for v in votes] == [
        ("Olga Ward", "Ivan Vega", "carried"),
        ("Mia Tate", None, "carried"),
    ]


def test_roll_call_read_out_is_counted_and_a_motion_that_does_not_pass_is_lost(town_read: MeetingRecord) -> None:
    votes = [v for v in town_read.votes if v.item == "6"]
    assert [(v.result, v.tally) for v in votes] == [("lost", None), ("carried", "3-1")]
    assert (len(votes[1].for_), votes[1].against) == (3, ["Ivan Vega"])
