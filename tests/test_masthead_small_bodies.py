"""Which body met, as small bodies print it: "X ASSOCIATION – BOARD MEETING MINUTES" on one
line, a club letterhead (officers, addresses, e-mails, registration number) before the
meeting's own title, "Minutes of the Special General Meeting of the Owners, …", "The first
Annual General meeting of X was held …", and a "Board Attendance:" label.

Papers are built on the fly from the KIND of masthead, not copied from any real paper.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf

_TAIL = [
    L("Present: Nadia Forde, Piet Okafor, Lena Varga", gap=12),
    L("1. Treasurer's Report", bold=True, gap=16),
    L("The treasurer presented the accounts.", gap=6),
]


def _read(tmp_path: Path, head: list) -> object:
    return structured(write_pdf(tmp_path / "paper.pdf", [[*head, *_TAIL]]))


def test_organisation_dash_board_meeting_minutes_names_both(tmp_path: Path) -> None:
    record = _read(
        tmp_path, [L("PINE HOLLOW ESTATES ASSOCIATION – BOARD MEETING MINUTES", bold=True), L("May 2, 2023")]
    )
    assert (record.organisation, record.body) == ("Pine Hollow Estates Association", "Board")


def test_a_dash_inside_a_bodys_own_name_stays(tmp_path: Path) -> None:
    record = _read(tmp_path, [L("Local Open Data Panel – Ninth Meeting", bold=True), L("3 March 2014")])
    assert record.body == "Local Open Data Panel"


def test_a_club_letterhead_does_not_hide_the_meetings_title(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Seaview Amateur Rowing Club Inc.", bold=True),
            L("ABN 12 345 678 901"),
            L("President: Ann Marsh        Secretary: Tom Reid"),
            L("14 Harbour Street,"),
            L("Port Ellen 2100"),
            L("ann.marsh@example.org"),
            L("17th September 2023", gap=8),
            L("Seaview Amateur Rowing Club General Meeting", gap=8),
        ],
    )
    assert record.organisation == "Seaview Amateur Rowing Club Inc."
    assert record.body == "General Meeting"


def test_minutes_of_the_special_general_meeting_of_the_owners(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("MINUTES OF THE SPECIAL GENERAL MEETING OF THE OWNERS, STRATA", bold=True),
            L("PLAN LMS999, HELD ON TUESDAY, MAY 5, 2010, AT 7:00 PM", bold=True),
        ],
    )
    assert record.body == "Special General Meeting"


def test_the_annual_general_meeting_of_a_club_was_held(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Minutes for Hackers for Good", bold=True),
            L("The first Annual General meeting of Hackers for Good was held on 6/09/2016 at the library.", gap=8),
        ],
    )
    assert record.body == "Annual General Meeting"


def test_board_attendance_label_names_the_body_when_the_masthead_does_not(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "hoa.pdf",
            [
                [
                    L("Elm Grove Homeowner Association", bold=True),
                    L("Monthly Meeting Minutes"),
                    L("April 11, 2022"),
                    L("Board Attendance:", gap=12),
                    L("Jeff Camden"),
                    L("Ashley Gill"),
                    L("1. Treasurer's Report", bold=True, gap=16),
                    L("The treasurer presented the accounts.", gap=6),
                ]
            ],
        )
    )
    assert record.body == "Board"


def test_a_group_known_by_its_letters_met_as_itself(tmp_path: Path) -> None:
    record = _read(tmp_path, [L("PGB Agenda", bold=True), L("April 1st, 2024")])
    assert (record.organisation, record.body) == ("PGB", "PGB")
