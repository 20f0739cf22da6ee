"""Who came, when a US town's minutes say only "All of council is present" and print each
member's name in the roll-call votes below; and mastheads: letter-spaced capitals, names broken over
lines ("FINANCE, AUDIT AND" / "RISK COMMITTEE", "MINUTES" / "of the" / "…"), boards of supervisors,
"Notes of the … Group meeting", a school's full governing body.

Real PDFs built on the fly from the KIND of layout, never copied from a real paper.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def test_all_of_council_present_reads_the_members_a_roll_call_vote_names(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "town.pdf",
            [
                [
                    L("MINUTES - TOWN OF ELMWOOD", bold=True),
                    L("June 3, 2025 6:30 P.M.", gap=4),
                    L("Councilwoman Reyes calls the special meeting to order.", gap=10),
                    L("All of council is present.", gap=10),
                    L("Councilman Park moves to approve the paving contract; Councilwoman Diaz seconds.", gap=10),
                    L("ROLL CALL VOTE:", bold=True, gap=10),
                    L("Diaz - Yes"),
                    L("Park - Yes"),
                    L("Reyes - Yes"),
                    L("Varga - No"),
                    L("ADJOURNMENT", bold=True, gap=12),
                    L("Councilman Park moves to adjourn.", gap=4),
                ]
            ],
        )
    )
    assert [p.name for p in record.attendance.present] == ["Diaz", "Park", "Reyes", "Varga"]


def test_a_roll_call_vote_alone_says_nothing_of_who_came(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "town.pdf",
            [
                [
                    L("MINUTES - TOWN OF ELMWOOD", bold=True),
                    L("June 3, 2025 6:30 P.M.", gap=4),
                    L("Councilwoman Reyes calls the special meeting to order.", gap=10),
                    L("ROLL CALL VOTE:", bold=True, gap=10),
                    L("Diaz - Yes"),
                    L("Park - Yes"),
                    L("Reyes - Yes"),
                    L("ADJOURNMENT", bold=True, gap=12),
                    L("Councilman Park moves to adjourn.", gap=4),
                ]
            ],
        )
    )
    assert [p.name for p in record.attendance.present] != ["Diaz", "Park", "Reyes"]


def _masthead(tmp_path: Path, head: list) -> object:
    body = [
        L("Present: Alice Moore (Chair), Brian Hale, Carla Ruiz", gap=10),
        L("1. Minutes of the last meeting", bold=True, gap=16),
        L("The minutes were approved and signed.", gap=4),
        L("2. Finance", bold=True, gap=12),
        L("The clerk reported on the accounts.", gap=4),
    ]
    return structured(write_pdf(tmp_path / "paper.pdf", [head + body]))


def test_a_masthead_in_letter_spaced_capitals_names_the_council(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [
            L("N O R T H F I E L D   P A R I S H   C O U N C I L", bold=True, size=13),
            L("M I N U T E S", bold=True, gap=4),
            L("Monday 4 March 2024 at 7.00pm", gap=4),
        ],
    )
    assert record.body == "Northfield Parish Council"


def test_a_letter_spaced_committee_under_its_council(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [
            L("Northfield Parish Council", bold=True, size=13),
            L("P L A N N I N G   C O M M I T T E E", bold=True, gap=4),
            L("Minutes of the meeting held on Monday 4 March 2024", gap=4),
        ],
    )
    assert (record.organisation, record.body) == ("Northfield Parish Council", "Planning Committee")


def test_minutes_of_a_meeting_of_a_working_party_name_it(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path, [L("Minutes of a meeting of the Allotments Working Party held on Monday 4 March 2024")]
    )
    assert record.body == "Allotments Working Party"


def test_a_committee_name_broken_after_and_is_read_whole(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [
            L("Westbrook District Council", bold=True, size=14),
            L("FINANCE, AUDIT AND", bold=True),
            L("RISK COMMITTEE", bold=True),
            L("Minutes of the meeting held on 4 March 2024", gap=4),
        ],
    )
    assert record.body == "Finance, Audit and Risk Committee"


def test_minutes_of_the_on_a_line_of_its_own(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [L("MINUTES", bold=True, size=14), L("of the", gap=2), L("HIGHWAYS COMMITTEE", bold=True), L("4 March 2024")],
    )
    assert record.body == "Highways Committee"


def test_a_county_board_of_supervisors_under_its_county(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [
            L("MINUTES OF THE REGULAR MEETING OF THE", bold=True),
            L("BOARD OF SUPERVISORS", bold=True),
            L("COUNTY OF ELMWOOD", bold=True),
            L("June 3, 2025", gap=4),
        ],
    )
    assert (record.organisation, record.body) == ("County of Elmwood", "Board of Supervisors")


def test_notes_of_a_groups_meeting_name_the_group(tmp_path: Path) -> None:
    record = _masthead(tmp_path, [L("Notes of the Climate Action Group meeting, 4 March 2024", bold=True)])
    assert record.body == "Climate Action Group"


def test_a_schools_full_governing_body(tmp_path: Path) -> None:
    record = _masthead(
        tmp_path,
        [
            L("St Anne's Primary School", bold=True, size=14),
            L("Full Governing Body Meeting"),
            L("Minutes – 4 March 2024"),
        ],
    )
    assert (record.organisation, record.body) == ("St Anne's Primary School", "Full Governing Body")
