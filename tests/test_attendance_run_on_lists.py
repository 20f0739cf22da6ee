"""Run-on attendance lists as clerks type them: initials with no space ("P.Auld"), a
semicolon inside a bracket ("(from item 67; Chairman)"), groups parted by semicolons and
their members by commas, offices before holders with a semicolon lost, a sentence
"Attendees included: …", and one name a paragraph under "Attendees".

Papers are built on the fly from the KIND of list, not copied from any real paper.
"""

from __future__ import annotations

from pathlib import Path

from indexer.structure.attendance_entries import people_in_list
from indexer.structure.attendance_sentences import present_in
from tests.paperkit import L, structured, write_pdf


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_initials_that_lost_their_space_are_still_initials() -> None:
    assert names(people_in_list("P.Auld, D.Auld, J.Edmondson, M. Potter")) == [
        "P. Auld",
        "D. Auld",
        "J. Edmondson",
        "M. Potter",
    ]


def test_a_semicolon_inside_a_bracket_parts_no_one() -> None:
    people = people_in_list("Cllrs R Lester (from item 67; Chairman), E Bradbury, N Hunt and P Rochford")
    assert names(people) == ["R Lester", "E Bradbury", "N Hunt", "P Rochford"]
    assert people[0].title == "Cllr"


def test_groups_parted_by_semicolons_keep_each_member_parted_by_commas() -> None:
    people = people_in_list(
        "Parish Councillors Mrs F. Chapman, J. Caunce, R. Webb; Youth Members Joe Lodge and Sinead Peare; "
        "District Councillor P. Messenger"
    )
    assert names(people) == ["F. Chapman", "J. Caunce", "R. Webb", "Joe Lodge", "Sinead Peare", "P. Messenger"]


def test_attendees_included_with_offices_before_holders() -> None:
    people = present_in(
        "A regular meeting of the Board occurred on Wednesday. Attendees included: President, Jim Carter; "
        "Vice-President Mike Quinn (via phone), Treasurer, Robin Lacey; Secretary, Susan Moreton. The minutes were read."
    )
    assert names(people) == ["Jim Carter", "Mike Quinn", "Robin Lacey", "Susan Moreton"]
    assert people[1].role.startswith("Vice-President")


def test_one_name_a_paragraph_under_attendees(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "club.pdf",
            [
                [
                    L("Minutes for Volunteers in Code", bold=True, size=14),
                    L("Attendees", bold=True, gap=12),
                    L("Acting President Jake Nolan", gap=4),
                    L("Acting Vice President Alex Emmett", gap=8),
                    L("Acting Treasurer Theo Wilkins", gap=8),
                    L("General Members: 19", gap=8),
                    L("Agenda", bold=True, gap=16),
                    L("The acting president opened the meeting.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Jake Nolan", "Alex Emmett", "Theo Wilkins"]


def test_also_in_attendance_were_after_the_board_members() -> None:
    people = present_in(
        "Present were: President, Dana Roddy; Treasurer, Jill Bada. Also in attendance were Barry Andersen, "
        "Marge Rebus, and Jim Winsell."
    )
    assert names(people) == ["Dana Roddy", "Jill Bada", "Barry Andersen", "Marge Rebus", "Jim Winsell"]


def test_also_present_was_a_paragraph_after_the_list() -> None:
    from indexer.structure.attendance import read_attendance

    lines = [
        "Attendance",
        "The following members of the board were present (3/4): Ann Cole, Bo Lind and Cy Marsh.",
        "Also present was Kit Fernandes as a newly elected board member",
    ]
    present = read_attendance(lines, [True, True, True]).present
    assert names(present) == ["Ann Cole", "Bo Lind", "Cy Marsh", "Kit Fernandes"]


def test_offices_before_holders_with_dashes_and_an_abbreviated_office() -> None:
    people = present_in(
        "Present were Board members – Vice President, Jim Wall, Treasurer - David Hardie, At Large/Asst. "
        "Treasurer – Mary Bryce and Secretary – Dora Matthis. Absent was the President."
    )
    assert names(people) == ["Jim Wall", "David Hardie", "Mary Bryce", "Dora Matthis"]
    assert people[1].role == "Treasurer"
