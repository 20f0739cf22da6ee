"""Votes as bodies we have not read before word them: a US council's division printed after
the outcome, slash-paired movers, "M/S/C", an outcome that opens a bulleted line, a body
agreeing unanimously, "nem con", a motion denied. Each form is read whoever wrote it."""

from __future__ import annotations

import pytest

from indexer.annotate.people import Gazetteer
from indexer.annotate.votes import find_votes
from indexer.records import Person


@pytest.fixture()
def members() -> Gazetteer:
    gaz = Gazetteer()
    for name in ("Paul White", "Rita Brown", "Anne Prest", "Carl Dallas"):
        gaz.listed.add(gaz.add(Person(name=name)).name)
    return gaz


def _read(text: str, gaz: Gazetteer) -> list[tuple[str | None, str | None, str | None]]:
    return [(v.result, v.moved, v.seconded) for v in find_votes(text, gaz, "4")]


def test_a_division_printed_after_the_outcome_gives_each_member_a_side(members: Gazetteer) -> None:
    text = (
        "(23-706) Resolution approving the purchase of two fire engines. Councilmember White moved approval; "
        "Councilmember Brown seconded the motion, which carried by the following voice vote: Ayes: White, Brown, "
        "Prest; Noes: Dallas; Abstentions: None. (23-707) Ordinance amending the zoning code. Councilmember Dallas "
        "moved to introduce the ordinance; Councilmember Prest seconded the motion, which failed by the following "
        "vote: Ayes: Dallas, Prest; Noes: White, Brown."
    )
    votes = find_votes(text, members, "4")
    assert [v.result for v in votes] == ["carried", "lost"]
    assert (votes[0].for_, votes[0].against, votes[0].abstain) == (
        ["Paul White", "Rita Brown", "Anne Prest"],
        ["Carl Dallas"],
        [],
    )
    assert (votes[1].for_, votes[1].against) == (["Carl Dallas", "Anne Prest"], ["Paul White", "Rita Brown"])


def test_on_motion_of_names_the_mover_not_the_seconder(members: Gazetteer) -> None:
    text = "On motion of Councilmember White, seconded by Councilmember Brown, the resolution was adopted."
    assert _read(text, members) == [("carried", "Paul White", "Rita Brown")]


@pytest.mark.parametrize(
    "text",
    [
        "M/S/C White/Brown to approve the minutes as amended.",
        "Moved/Seconded: White/Brown. Approved unanimously.",
        "Motion (White/Brown) to accept the treasurer's report. Carried.",
        "Paul White proposed and Rita Brown seconded that the accounts be approved; all agreed.",
        "Motion to adopt the agenda by Paul White, seconded by Rita Brown. Motion passed.",
    ],
)
def test_movers_paired_by_a_slash_or_named_after_the_motion(members: Gazetteer, text: str) -> None:
    assert _read(text, members) == [("carried", "Paul White", "Rita Brown")]


def test_outcome_first_bullets_each_with_their_mover_are_two_votes(members: Gazetteer) -> None:
    text = (
        "• New Business o APPROVED – 2018 budget – P. White (motion), R. Brown (second) "
        "o DENIED – request for a fence variance – A. Prest (motion), C. Dallas (second) • Old Business"
    )
    assert _read(text, members) == [("carried", "Paul White", "Rita Brown"), ("lost", "Anne Prest", "Carl Dallas")]


@pytest.mark.parametrize(
    "text",
    [
        "The members agreed unanimously to buy a new mower.",
        "Agreed nem con to fund the hall repairs.",
        "Majority vote to keep the meeting on Wednesdays at 4pm.",
        "A motion was made by Paul White, seconded, and approved that the minutes be signed.",
        "Paul White made a motion to approve the minutes as amended, seconded by Rita Brown and approved by the board.",
    ],
)
def test_a_decision_stated_with_its_unanimity_or_its_motion_is_a_vote(members: Gazetteer, text: str) -> None:
    assert [v.result for v in find_votes(text, members, "4")] == ["carried"]


def test_an_item_heading_with_a_dash_is_not_part_of_the_movers_name(members: Gazetteer) -> None:
    text = "Publishing Policy- Paul made a motion “The Board has seven days to review the minutes.” It was seconded and passed."
    assert _read(text, members) == [("carried", "Paul White", None)]


def test_a_phrase_after_an_item_heading_is_no_roll_call_answer(members: Gazetteer) -> None:
    text = "ADOPTION OF AGENDA – No additions to agenda. Motion to adopt agenda by Paul White, seconded by Rita Brown. Motion passed."
    votes = find_votes(text, members, "4")
    assert [(v.moved, v.against) for v in votes] == [("Paul White", [])]


@pytest.mark.parametrize(
    "text",
    [
        "Proposed Cllr White, seconded Cllr Brown and RESOLVED that the minutes be signed.",
        "Cllr White proposed, Cllr Brown seconded, all agreed.",
        "White/Brown moved to approve the budget. Passed 4-0.",
        "Motion by Paul White to approve. Second by Rita Brown. Motion passed.",
        "It was moved by White and seconded by Brown to approve the minutes. All voted in favor.",
    ],
)
def test_parish_and_club_movers_each_name_mover_and_seconder(members: Gazetteer, text: str) -> None:
    assert _read(text, members) == [("carried", "Paul White", "Rita Brown")]


def test_a_resolution_with_no_motion_put_is_no_vote(members: Gazetteer) -> None:
    assert (
        find_votes("RESOLVED that the report be noted. RESOLVED that the Clerk write to the county.", members, "4")
        == []
    )


def test_a_roll_call_answered_after_commas_gives_each_member_a_side(members: Gazetteer) -> None:
    text = "Motion by White, seconded by Brown, to approve. Roll call: White, aye; Brown, aye; Dallas, nay. Motion carried 2-1."
    votes = find_votes(text, members, "4")
    assert [(v.for_, v.against) for v in votes] == [(["Paul White", "Rita Brown"], ["Carl Dallas"])]


def test_a_proposal_then_its_seconder_after_a_semicolon_then_agreed(members: Gazetteer) -> None:
    text = "JS proposed a donation of £50 to the band; seconded by RB. This was agreed."
    gaz = Gazetteer()
    for name in ("John Slater", "Rob Boyd"):
        gaz.listed.add(gaz.add(Person(name=name)).name)
    assert _read(text, gaz) == [("carried", "John Slater", "Rob Boyd")]


def test_speech_after_a_name_and_a_comma_is_no_roll_answer(members: Gazetteer) -> None:
    text = (
        "Councilman White makes the motion to adopt. Councilwoman Prest states, yes we need this. "
        "Councilman Brown seconds. ROLL CALL VOTE White - yes Brown - yes Prest - yes"
    )
    votes = find_votes(text, members, "4")
    assert [(v.for_, v.against) for v in votes] == [(["Paul White", "Rita Brown", "Anne Prest"], [])]
