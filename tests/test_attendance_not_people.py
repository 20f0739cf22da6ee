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


def test_an_office_after_a_name_is_the_persons_role_not_another_person() -> None:
    lines = ["Board Members Present: Ann Jones, Bob Brown", "Staff: Dee Fox, Executive Director"]
    present = read_attendance(lines, [True, True]).present
    assert names(present) == ["Ann Jones", "Bob Brown", "Dee Fox"]
    assert present[-1].role == "Executive Director"


def test_not_in_attendance_is_absent() -> None:
    att = read_attendance(["In Attendance: Ann Jones, Bob Brown", "Not in Attendance: Carl Lee"], [True, True])
    assert (names(att.present), names(att.absent)) == (["Ann Jones", "Bob Brown"], ["Carl Lee"])


def test_a_yes_no_column_parts_those_who_came_from_those_who_did_not() -> None:
    lines = [
        "Attendance",
        "Name\tRole\tAttended",
        "Ann Jones\tChair\tY",
        "Bob Brown\tTreasurer\tN",
        "Carl Lee\tSecretary\tApologies",
        "Dee Fox\tMember\tYes",
    ]
    att = read_attendance(lines, [True] + [False] * 5)
    assert names(att.present) == ["Ann Jones", "Dee Fox"]
    assert names(att.absent) == ["Bob Brown"]
    assert names(att.apologies) == ["Carl Lee"]
