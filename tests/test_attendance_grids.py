"""Who came, when the clerk prints attendance as a ruled grid or as a list of offices.

Each paper is a real PDF built on the fly from the KIND of layout: an "Attendees" table
whose first column fills its cell (so the gap before the next cell is no wider than a
word space), a grid of marks under "Present" / "Apologies" columns, a "Councillors
present:" label over a "Name | Ward" table, "Chair: Alice Moore" lines under "Members
present:", a roll call told in a sentence.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, T, structured, write_pdf

HEAD = [
    L("Northfield Parish Council", bold=True, size=14),
    L("Minutes of the meeting held on 4 March 2024 at 7.00pm", gap=4),
]
TAIL = [
    L("1. Minutes of the last meeting", bold=True, gap=16),
    L("The minutes were approved and signed.", gap=4),
    L("2. Finance", bold=True, gap=12),
    L("The clerk reported on the accounts.", gap=4),
]


def _read(tmp_path: Path, lines: list) -> object:
    return structured(write_pdf(tmp_path / "paper.pdf", [HEAD + lines + TAIL])).attendance


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_attendees_table_with_an_organisation_column_reads_one_person_a_row(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendees", bold=True, gap=10),
            T([["Name", "Organisation"], ["Alice Moore", "Northfield PC"], ["Brian Hale", "Westbrook PCC"]]),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale"]
    assert attendance.present[0].organisation == "Northfield PC"


def test_grid_of_marks_puts_each_row_in_the_list_its_column_names(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendance", bold=True, gap=10),
            T(
                [
                    ["Member", "Role", "Present", "Apologies"],
                    ["Alice Moore", "Chairman", "X", ""],
                    ["Brian Hale", "Treasurer", "", "X"],
                    ["Carla Ruiz", "Secretary", "X", ""],
                ]
            ),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Carla Ruiz"]
    assert names(attendance.apologies) == ["Brian Hale"]
    assert attendance.present[0].role == "Chairman"


def test_one_present_column_of_ticks_reads_a_cross_as_absent(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendance", bold=True, gap=10),
            T([["Name", "Present"], ["Alice Moore", "Yes"], ["Brian Hale", "X"], ["Carla Ruiz", "Yes"]]),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Carla Ruiz"]
    assert names(attendance.absent) == ["Brian Hale"]


def test_councillors_present_over_a_name_ward_table_reads_no_heading_as_a_person(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Councillors present:", bold=True, gap=10),
            T([["Name", "Ward"], ["Alice Moore", "North"], ["Brian Hale", "East"], ["Carla Ruiz", "West"]]),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]


def test_present_over_a_ruled_name_role_table_without_a_header(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Present", bold=True, gap=10),
            T([["Alice Moore", "Chair"], ["Brian Hale", "Vice Chair"], ["Carla Ruiz", "Member"]], bold_header=False),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]
    assert [p.role for p in attendance.present] == ["Chair", "Vice Chair", "Member"]


def test_members_present_as_office_then_name_lines_reads_each_officer(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Members present:", bold=True, gap=10),
            L("Chair: Alice Moore"),
            L("Vice President: Tom Reyes"),
            L("Treasurer: Brian Hale"),
            L("Venue: Village Hall", gap=10),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Tom Reyes", "Brian Hale"]
    assert attendance.present[1].role == "Vice President"


def test_a_roll_call_told_in_a_sentence_is_no_group_name(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [L("On roll call the following members were present: Commissioners Adams, Baker and Clark.", gap=10)],
    )
    assert names(attendance.present) == ["Adams", "Baker", "Clark"]
    assert {p.group for p in attendance.present} == {None}


def test_members_and_officers_printed_side_by_side_each_keep_their_column(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Members", bold=True, gap=10, column="Officers"),
            L("Alice Moore", column="Emma Stone (Clerk)"),
            L("Brian Hale", column="Frank Odell (Finance Officer)"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Emma Stone", "Brian Hale", "Frank Odell"]
    assert [p.group for p in attendance.present] == ["Members", "Officers", "Members", "Officers"]


def test_present_and_apologies_printed_side_by_side(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Present", bold=True, gap=10, column="Apologies"),
            L("Alice Moore", column="David Ng"),
            L("Brian Hale", column="Emma Stone"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale"]
    assert names(attendance.apologies) == ["David Ng", "Emma Stone"]


def test_a_bulleted_list_of_name_and_office_is_not_read_as_organisations(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("PRESENT", bold=True, gap=10),
            L("• Alice Moore – Chair"),
            L("• Brian Hale – Treasurer"),
            L("• Carla Ruiz – Secretary"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]
    assert {p.organisation for p in attendance.present} == {None}


def test_a_register_printed_surname_first_one_a_line(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path, [L("Present:", bold=True, gap=10), L("Moore, Alice"), L("Hale, Brian"), L("Ruiz, Carla")]
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]


def test_names_with_particles_and_run_together_initials(tmp_path: Path) -> None:
    attendance = _read(tmp_path, [L("Present: Alice van der Berg, Luis dos Santos, C.D. Ruiz and E Stone", gap=10)])
    assert names(attendance.present) == ["Alice van der Berg", "Luis dos Santos", "C.D. Ruiz", "E Stone"]


def test_in_attendance_under_a_table_reads_a_name_and_office_whose_tab_was_lost(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Present:", bold=True, gap=10),
            T([["Name", "Title"], ["Alice Moore", "Chair"], ["Brian Hale", "Chief Executive"]]),
            L("In attendance:", bold=True, gap=8),
            L("Carla Ruiz Board Secretary"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]
    assert attendance.present[2].role == "Board Secretary"


def test_a_grid_with_no_header_whose_last_column_marks_who_came(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendees:", bold=True, gap=10),
            T(
                [
                    ["Alice Moore", "President", "Y"],
                    ["Brian Hale", "Treasurer", ""],
                    ["Carla Ruiz", "Pool Report", "Y"],
                    ["David Ng", "Social Report", ""],
                ],
                bold_header=False,
            ),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Carla Ruiz"]
    assert names(attendance.absent) == ["Brian Hale", "David Ng"]


def test_a_group_in_the_clerks_words_over_a_register_of_ticks(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendance", bold=True, gap=10),
            L("Members of the board of directors:", gap=4),
            L("Name", column="Present   Absent   Comment", gap=4),
            L("Alice Moore", column="Y"),
            L("Brian Hale", column="Y   joined at 7.20pm"),
            L("Also present:", gap=8),
            L("• Emma Stone - minute taker"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Emma Stone"]
    assert attendance.present[0].organisation is None


def test_an_agendas_members_expected_are_not_read_as_present(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Convenor: Alice Moore, Chair", gap=10),
            L("Members expected:", gap=4),
            L("Brian Hale", column="Carla Ruiz"),
            L("Apologies:", gap=4),
            L("David Ng"),
        ],
    )
    assert "Brian Hale" not in names(attendance.present)
    assert names(attendance.apologies) == ["David Ng"]


def test_an_attendance_column_that_says_present_apologies_or_absent(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendance", bold=True, gap=10),
            T(
                [
                    ["Name", "Role", "Attendance"],
                    ["Alice Moore", "Chair", "Present"],
                    ["Brian Hale", "Member", "Apologies"],
                    ["Carla Ruiz", "Member", "Absent"],
                ]
            ),
        ],
    )
    assert names(attendance.present) == ["Alice Moore"]
    assert names(attendance.apologies) == ["Brian Hale"]
    assert names(attendance.absent) == ["Carla Ruiz"]


def test_a_semicolon_list_whose_groups_carry_a_plural_title(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [L("PRESENT: Councillor A Smith (Chair); Councillors B Jones, C Brown; Officers: D Green (Clerk)", gap=10)],
    )
    assert names(attendance.present) == ["A Smith", "B Jones", "C Brown", "D Green"]


def test_names_after_dashes_or_parted_by_slashes(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Present:", bold=True, gap=10),
            L("- Alice Moore"),
            L("- Brian Hale"),
            L("Guests: Carla Ruiz / David Ng", gap=6),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz", "David Ng"]
    assert {p.role for p in attendance.present} == {None}


def test_two_people_a_row_each_with_an_office(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Present:", bold=True, gap=10),
            T(
                [
                    ["Alice Moore", "Chair", "Brian Hale", "Treasurer"],
                    ["Carla Ruiz", "Secretary", "David Ng", "Member"],
                ],
                bold_header=False,
            ),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz", "David Ng"]
    assert [p.role for p in attendance.present] == ["Chair", "Treasurer", "Secretary", "Member"]


def test_leader_dots_part_a_delegate_from_the_office(tmp_path: Path) -> None:
    attendance = _read(
        tmp_path,
        [
            L("Attendance", bold=True, gap=10),
            L("Dr. Alice Moore . . . . . . . . . . . . . . . . . . Vice-President"),
            L("Mr. Brian Hale . . . . . . . . . . . . . . . . . . Member"),
            L("Ms. Carla Ruiz"),
        ],
    )
    assert names(attendance.present) == ["Alice Moore", "Brian Hale", "Carla Ruiz"]
    assert attendance.present[0].role == "Vice-President"
