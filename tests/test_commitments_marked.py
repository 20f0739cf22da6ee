"""An initials-only action marker closing a paragraph: what it marks is what was asked and
agreed, or what the paragraph says is to be done."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments import commitments_in, only


def test_what_was_asked_and_agreed_is_the_marked_action(tmp_path: Path) -> None:
    body = (
        "The lift is broken and the council will repair it. "
        "Nikki asked if we could agree to the purchase of cycle maps for the library shop. AGREED ACTION:NS\n"
    )
    found = [c for c in commitments_in(tmp_path, body) if c.actor == "Nikki Sturmey"]
    assert [c.action for c in found] == ["purchase cycle maps for the library shop"]


def test_a_thing_to_be_done_is_done_by_the_marked_owner(tmp_path: Path) -> None:
    body = "The minutes were amended and then accepted as a true record to be posted on the website. ACTION:NS\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Nikki Sturmey"
    assert c.action.startswith("post the minutes on the website")
