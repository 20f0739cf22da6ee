"""The body that met, where the masthead names it only beside a date or an attendance label.

Homeowners' and ranch associations print "Board of Directors Meeting – 10/17/18" (a US
date in figures, which is no reference number) or only the association, then "Board
Members Present:". A user filtering by body expects "Board of Directors" and "Board";
a masthead that names no body at all leaves it empty rather than guess.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf

ITEMS = [
    L("1. Welcome", bold=True, gap=12),
    L("The chair welcomed everyone to the meeting."),
    L("2. Finance", bold=True, gap=12),
    L("The accounts were received."),
]


def _record(tmp_path: Path, head: list[L]):  # noqa: ANN202 - MeetingRecord
    return structured(write_pdf(tmp_path / "minutes.pdf", [[*head, *ITEMS]]))


def test_a_body_line_with_a_month_first_date_in_figures_names_the_body(tmp_path: Path) -> None:
    record = _record(
        tmp_path,
        [L("Greenfield Ranch Association, Inc.", bold=True, size=14), L("Board of Directors Meeting – 10/17/18")],
    )
    assert (record.organisation, record.body) == ("Greenfield Ranch Association, Inc.", "Board of Directors")


def test_board_members_present_names_the_board_when_the_masthead_names_only_the_association(
    tmp_path: Path,
) -> None:
    head = [
        L("Greenfield Homeowners Association", bold=True, size=14),
        L("Meeting Minutes"),
        L("January 11th, 2016"),
        L("Board Members Present:", gap=8),
        L("Ann Lee"),
        L("Bo Tran"),
    ]
    record = _record(tmp_path, head)
    assert (record.organisation, record.body) == ("Greenfield Homeowners Association", "Board")


def test_a_masthead_naming_no_body_leaves_the_body_empty(tmp_path: Path) -> None:
    record = _record(tmp_path, [L("Greenfield Homeowners Association", bold=True), L("Monthly Meeting, May 2nd, 2007")])
    assert record.body is None


def test_body_then_meeting_minutes_then_its_organisation_on_one_line(tmp_path: Path) -> None:
    record = _record(
        tmp_path,
        [L("Executive Committee Meeting Minutes Anytown Section ACS", bold=True), L("Wednesday, April 17 2019 6:30pm")],
    )
    assert (record.organisation, record.body) == ("Anytown Section ACS", "Executive Committee")


def test_an_annual_parish_meeting_is_the_body_not_an_organisation(tmp_path: Path) -> None:
    record = _record(
        tmp_path,
        [
            L("MINUTES OF THE ANNUAL PARISH MEETING HELD IN THE VILLAGE HALL,", bold=True),
            L("ANYTOWN ON WEDNESDAY 20TH MAY 2009", bold=True),
        ],
    )
    assert (record.organisation, record.body) == (None, "Annual Parish Meeting")
