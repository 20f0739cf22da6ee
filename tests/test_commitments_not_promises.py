"""What reads like a promise but is not one: a question put to the meeting ("Would the
meeting support …") and a feeling or hope ("would feel comfortable with …")."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments_offices import _by_actor

ASSOCIATION = """Elm Row Residents Association

Minutes of the meeting held on Wednesday, 10th May, 2017 at 8.00 pm in the Church Hall

Present: Tessa Grant, Owen Price, Nadia Leclerc

1. School expansion

Motion B. Would the Committee support a proposal for 210 places on the understanding that it would increase later. Defeated.

2. Street lights

Owen Price said he would feel comfortable with the contractor keeping the post. Tessa Grant will write to the council about the broken lamp.
"""


def test_a_question_put_to_the_meeting_is_no_ones_commitment(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, ASSOCIATION)
    assert not any("proposal" in c.action for owner in found.values() for c in owner)


def test_a_feeling_is_not_a_commitment_but_the_letter_is(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, ASSOCIATION)
    assert "Owen Price" not in found
    (tessa,) = found["Tessa Grant"]
    assert tessa.action.startswith("write to the council")


FOUNDATION = """Harbour Software Foundation

Board Meeting Minutes, 28 November 2019

Present: Ada Byron, Alan Turing, Grace Hopper

1. Sponsorship

The requests were reviewed. Alan Turing will put together a summary of the requests.

2. Travel grants

Discussed the grant policy.

Actions: None.
"""


def test_an_item_whose_actions_are_none_gives_no_one_a_commitment(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, FOUNDATION)
    assert "None" not in found
    assert list(found) == ["Alan Turing"]


def test_an_opinion_against_an_action_is_no_ones_commitment() -> None:
    from indexer.annotate.commitments import _under_denial
    from indexer.annotate.nlp import load_pipeline

    nlp = load_pipeline()
    denied = nlp("She doesn't think that the town needs to acquire the property next to the bank.")
    assert _under_denial(next(t for t in denied if t.lemma_ == "acquire"))
    said = nlp("She thinks that the town needs to acquire the property next to the bank.")
    assert not _under_denial(next(t for t in said if t.lemma_ == "acquire"))
