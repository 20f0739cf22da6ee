"""A masthead that names the meeting ("Annual Meeting") rather than the body: "the board
will …" is the Board, not the meeting."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments_offices import _by_actor

AGM = """Annual Meeting

Minutes of the meeting held on Monday, 25th January, 2021 at 7.00 pm online

Present: Alan Nelson, Joan Pryce, Victor Hale

1. Playground loan

Depending on cash flow, the board will decide near the end of the year if an extra payment will be made on the playground loan.

2. Tennis courts

A cover for the courts was suggested. The board will revisit the suggestion at an upcoming meeting.
"""


def test_the_board_of_a_paper_headed_by_its_meeting_is_the_board(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, AGM)
    assert "Annual Meeting" not in found
    board = found["Board"]
    assert any(c.action.startswith("decide near the end of the year") for c in board)
