"""Who came, as US city councils and UK parish clerks write it outside a "Present:" list:
the roll call told inside the opening sentence, a roll call run on with semicolons, and a
"Chairman:" line above the list of members.

Real PDFs built on the fly from the KIND of layout, never copied from a real paper.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf

US_HEAD = [
    L("CITY OF ELMWOOD", bold=True, size=14),
    L("CITY COUNCIL REGULAR MEETING MINUTES", bold=True),
    L("June 3, 2025", gap=4),
]
US_TAIL = [
    L("2. PUBLIC COMMENT", bold=True, gap=12),
    L("There was no public comment.", gap=4),
    L("3. CONSENT CALENDAR", bold=True, gap=12),
    L("The consent calendar was approved.", gap=4),
]


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_called_to_order_with_councilmembers_present_reads_each_and_the_mayor(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "city.pdf",
            [
                US_HEAD
                + [
                    L("1. CALL TO ORDER", bold=True, gap=12),
                    L("Mayor Park called the meeting to order at 7:00 p.m. with Councilmembers Reyes, Cole", gap=4),
                    L("and Moss present."),
                ]
                + US_TAIL
            ],
        )
    )
    assert names(record.attendance.present) == ["Park", "Reyes", "Cole", "Moss"]
    assert record.body == "City Council"


def test_a_quorum_present_in_the_opening_sentence_names_no_one(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "city.pdf",
            [
                US_HEAD
                + [
                    L("1. CALL TO ORDER", bold=True, gap=12),
                    L("The meeting was called to order at 7:00 p.m. with a quorum present.", gap=4),
                ]
                + US_TAIL
            ],
        )
    )
    assert names(record.attendance.present) == []


def test_a_roll_call_run_on_with_semicolons_parts_present_from_absent(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "city.pdf",
            [
                US_HEAD
                + [
                    L(
                        "ROLL CALL: Council Member Park – Present; Council Member Reyes – Present; "
                        "Council Member Cole – Absent",
                        size=8,
                        gap=10,
                    ),
                    L("1. CALL TO ORDER", bold=True, gap=12),
                    L("The meeting began at 7:00 p.m.", gap=4),
                ]
                + US_TAIL
            ],
        )
    )
    assert names(record.attendance.present) == ["Park", "Reyes"]
    assert names(record.attendance.absent) == ["Cole"]


def test_a_chairman_line_above_the_members_list_puts_the_chair_there_once(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "parish.pdf",
            [
                [
                    L("Northfield Parish Council", bold=True, size=14),
                    L("Minutes of the meeting held on 4 March 2024 at 7.00pm", gap=4),
                    L("Chairman: Councillor Alice Moore", gap=10),
                    L("Present: Councillors Moore, Hale and Ruiz", gap=4),
                    L("1. Minutes of the last meeting", bold=True, gap=16),
                    L("The minutes were approved and signed.", gap=4),
                    L("2. Finance", bold=True, gap=12),
                    L("The clerk reported on the accounts.", gap=4),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Alice Moore", "Hale", "Ruiz"]
    assert record.attendance.present[0].role == "Chairman"


def test_all_trustees_or_the_chair_name_no_one(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "trust.pdf",
            [
                [
                    L("Westbrook Almshouse Charity", bold=True, size=14),
                    L("Minutes of the Trustees meeting held on 4 March 2024", gap=4),
                    L("Present: All Trustees", gap=10),
                    L("In attendance: The Chair, the Clerk and 3 residents", gap=2),
                    L("1. Minutes of the last meeting", bold=True, gap=16),
                    L("The minutes were approved and signed.", gap=4),
                    L("2. Finance", bold=True, gap=12),
                    L("The clerk reported on the accounts.", gap=4),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == []
