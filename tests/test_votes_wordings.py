"""How a vote is worded, read from an item's text with the members the paper lists.

The wordings come from the house styles of many bodies: bulleted minutes that put the
outcome first ("APPROVED – 2018 budget – B. Munro (motion), Z. Maiorca (second)"),
initials standing for members ("Proposed by PW seconded by RB"), counts written out or as
"2-5-1", motions that fail. Each is read the same way whichever body wrote it.
"""

from __future__ import annotations

import pytest

from indexer.annotate.people import Gazetteer
from indexer.annotate.votes import find_votes
from indexer.records import Person


@pytest.fixture()
def members() -> Gazetteer:
    gaz = Gazetteer()
    for name in ("Bob Munro", "Zoe Maiorca", "Peter White", "Rose Brown"):
        gaz.listed.add(gaz.add(Person(name=name)).name)
    return gaz


def _read(text: str, gaz: Gazetteer) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(v.result, v.tally, v.moved, v.seconded) for v in find_votes(text, gaz, "4")]


def test_bulleted_outcome_first_then_mover_and_seconder(members: Gazetteer) -> None:
    text = "• New Business o APPROVED – 2018 budget – B. Munro (motion), Z. Maiorca (second) o Roof repairs discussed."
    assert _read(text, members) == [("carried", None, "Bob Munro", "Zoe Maiorca")]


def test_initials_are_resolved_against_the_members(members: Gazetteer) -> None:
    text = "The minutes of the previous meeting were approved. Proposed by PW seconded by RB."
    assert _read(text, members) == [("carried", None, "Peter White", "Rose Brown")]


def test_counts_decide_and_failed_motions_are_lost(members: Gazetteer) -> None:
    text = (
        "Moved by Peter White that the fence be repaired. The vote was 30 for, 0 against, 2 abstentions. "
        "Moved by Rose Brown that the hall be sold. The motion failed 2-5-1."
    )
    assert _read(text, members) == [("carried", "30-0", "Peter White", None), ("lost", "2-5-1", "Rose Brown", None)]


def test_so_moved_all_in_favour_names_the_mover_not_so(members: Gazetteer) -> None:
    assert _read("So moved by Rose Brown, all in favour.", members) == [("carried", None, "Rose Brown", None)]


def test_a_resolution_carried_on_a_show_of_hands_is_a_vote(members: Gazetteer) -> None:
    text = (
        "The PCC proposed that the number of members be reduced to 12. This resolution was carried on a show of hands."
    )
    assert _read(text, members) == [("carried", None, "PCC", None)]


def test_the_words_alone_are_no_vote(members: Gazetteer) -> None:
    text = "The work carried on through the winter. The ferry carried 200 passengers. The auditors accepted the report, and the plan was approved by the county in 2019."
    assert _read(text, members) == []
