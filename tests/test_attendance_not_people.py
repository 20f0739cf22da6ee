"""What is not attendance: a rule printed as "VOTING: Except in cases where, under the
Strata Property Act, …", a reprinted bulletin's "Headline:" and "Written by:" fields; and
a bulleted list of attendees is read without its bullets.

Papers are built on the fly from the KIND of layout, not copied from any real paper.
"""

from __future__ import annotations

from indexer.structure.attendance import read_attendance


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_a_rule_with_a_label_is_not_a_group_of_people() -> None:
    lines = [
        "NOTICE OF SPECIAL GENERAL MEETING",
        "VOTING: Except in cases where, under the Strata Property Act, a unanimous resolution is required,",
        "PROXY: A document appointing a Proxy must be in writing and signed by the person.",
    ]
    assert names(read_attendance(lines, [True, True, True]).present) == []


def test_a_reprinted_bulletins_fields_are_not_people() -> None:
    lines = ["Headline: The Importance of Owners' Insurance", "Publication: Strata Journal", "Written by: Maple Canada"]
    assert names(read_attendance(lines, [True, False, False]).present) == []


def test_a_group_label_before_its_people_still_counts() -> None:
    lines = ["Staff: Office Manager Kim Turner; Fire Chief Will Bates", "Panel: Professor Ann Shaw (Chair), Chris Tagg"]
    assert names(read_attendance(lines, [True, True]).present) == ["Kim Turner", "Will Bates", "Ann Shaw", "Chris Tagg"]


def test_bulleted_attendees_are_read_without_their_bullets() -> None:
    lines = ["Also present:", "• Paula Carvalho - marketing team"]
    present = read_attendance(lines, [True, True]).present
    assert names(present) == ["Paula Carvalho"]
    assert present[0].role == "marketing team"
