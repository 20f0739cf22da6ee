"""Who committed to what, and when: each sentence form clerks use, and what is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.pipeline import read_paper
from indexer.records import Commitment

HEADER = """Anytown Borough Council

Housing Committee
Minutes of the meeting held on Tuesday, 2nd March, 2021 at 7.00 pm in Room 1 - Town Hall

Present:
Councillor Ian Brown (Chair), Councillor Mary Brown, Councillor Raj Patel and Councillor Nikki Sturmey

In attendance:
Michael Nunn - Senior Manager, Jane Hylton - Housing Officer

1. Housing Update

"""


def commitments_in(tmp_path: Path, body: str) -> list[Commitment]:
    paper = tmp_path / "minutes.txt"
    paper.write_text(HEADER + body, encoding="utf-8")
    record, _ = read_paper(paper)
    return record.commitments


def only(found: list[Commitment]) -> Commitment:
    assert len(found) == 1, found
    return found[0]


def test_x_would_verb_is_a_commitment(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Raj Patel would circulate the housing figures to all members.\n"))
    assert (c.actor, c.action, c.item) == ("Raj Patel", "circulate the housing figures to all members", "1")
    assert c.meeting_date == "2021-03-02"


def test_it_was_agreed_that_x_would_uses_the_canonical_name(tmp_path):  # noqa: ANN001
    c = only(
        commitments_in(
            tmp_path, "A request was made and it was agreed that Mike Nunn would provide a breakdown of call-outs.\n"
        )
    )
    assert c.actor == "Michael Nunn"
    assert c.action.startswith("provide a breakdown of call-outs")


def test_x_agreed_to_verb(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Jane Hylton agreed to contact the housing providers before the next meeting.\n"))
    assert c.actor == "Jane Hylton"
    assert c.action.startswith("contact the housing providers")
    assert c.due == "the next meeting"


def test_x_undertook_to_verb(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Raj Patel undertook to write to the Minister by 31 March 2021.\n"))
    assert (c.actor, c.due) == ("Raj Patel", "31 March 2021")
    assert c.action.startswith("write to the Minister")


def test_action_marker_with_owner_first(tmp_path):  # noqa: ANN001
    c = only(
        commitments_in(
            tmp_path, "The figures were discussed.\n\nACTION: Jane Hylton to update the waiting list report.\n"
        )
    )
    assert (c.actor, c.action) == ("Jane Hylton", "update the waiting list report")


def test_action_marker_with_initials_resolved_by_the_attendance_list(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Action: NS to book the venue for the open day.\n"))
    assert c.actor == "Nikki Sturmey"


def test_action_marker_with_owner_in_brackets(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Action: Confirm whether the void figures are published (Raj Patel).\n"))
    assert (c.actor, c.action) == ("Raj Patel", "confirm whether the void figures are published")


def test_passive_with_an_agent_reads_back_as_the_agent_acting(tmp_path):  # noqa: ANN001
    c = only(
        commitments_in(
            tmp_path,
            "Resolved:\n\ni) That a table to be drawn up by Raj Patel for all Districts, detailing what they have agreed to offer.\n",
        )
    )
    assert c.actor == "Raj Patel"
    assert c.action.startswith("draw up a table for all Districts")


def test_a_body_can_commit_in_a_resolution(tmp_path):  # noqa: ANN001
    body = "Resolved:\n\ni) That the Committee approved the plan and take a lead role in monitoring its delivery.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Housing Committee"
    assert c.action.startswith("take a lead role in monitoring")


def test_title_and_surname_resolves_only_when_certain(tmp_path):  # noqa: ANN001
    # Two Browns are present, so "Councillor Brown" cannot be told apart: no actor is guessed.
    found = commitments_in(tmp_path, "Resolved:\n\ni) That Councillor Brown meet with the providers in the New Year.\n")
    assert all(c.actor not in ("Ian Brown", "Mary Brown") for c in found)


def test_the_same_commitment_stated_twice_counts_once(tmp_path):  # noqa: ANN001
    body = (
        "It was agreed that Raj Patel would provide the void figures for the Committee.\n\n"
        "Resolved:\n\ni) That Raj Patel would provide a breakdown of the void figures to the Committee.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert "breakdown" in c.action


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Hylton commented that a new course would be starting in the New Year.",
        "That the report be noted.",
        "Raj Patel had circulated the figures before the meeting.",
        "Further discussion needs to be had as to whether the units can help.",
        "Councillor Raj Patel moved the motion and Councillor Nikki Sturmey seconded it.",
    ],
)
def test_what_was_said_done_or_noted_is_not_a_commitment(tmp_path, sentence):  # noqa: ANN001
    body = sentence if not sentence.startswith("That") else f"Resolved:\n\n{sentence}"
    assert commitments_in(tmp_path, body + "\n") == []
