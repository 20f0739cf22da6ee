"""Which body met and whose body it is, read from the masthead of any club, trust or council.

A user filtering by organisation or committee expects "Board" of "Anytown Curling Club",
not the venue line, a reference number, the chair's name or "Meeting". The mastheads below
are the shapes small bodies print: organisation and body on one line, "Trustees of …",
"Regular Meeting of the Board of Directors" with the organisation in the opening sentence,
a line each, a council that is its own organisation, and a two-column letterhead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paperkit import L, structured, write_pdf

ITEMS = [
    L("1. Welcome", bold=True, gap=12),
    L("The chair welcomed everyone to the meeting."),
    L("2. Finance", bold=True, gap=12),
    L("The accounts were received."),
]

MASTHEADS = {
    "club_then_board": (
        [L("Anytown Curling Club Board Meeting Minutes", bold=True, size=14), L("4/9/2018   7:30 PM   Rink Bar")],
        ("Anytown Curling Club", "Board"),
    ),
    "trustees_of_a_charity": (
        [L("Minutes of Trustees of The Friends of Anytown Library", bold=True), L("Meeting of 26th January 2016")],
        ("The Friends of Anytown Library", "Trustees"),
    ),
    "board_of_directors_with_the_foundation_in_prose": (
        [
            L("Minutes of a Regular Meeting of the Board of Directors", bold=True, size=14),
            L("Meeting #19 held on Thursday March 21, 2019."),
            L("A regular meeting of the Anytown Software Foundation was held over a conference call."),
        ],
        ("Anytown Software Foundation", "Board of Directors"),
    ),
    "committee_over_its_section": (
        [L("Executive Committee"), L("Anytown Section, ACS"), L("MEETING MINUTES", bold=True), L("6 March 2003")],
        ("Anytown Section, ACS", "Executive Committee"),
    ),
    "council_with_venue_and_chair_lines": (
        [
            L("MINUTES-TOWN OF ANYTOWN, VA"),
            L("APRIL 15, 2025 @ 6:30 P.M."),
            L("8422 North River Road, Anytown, Virginia 24279"),
            L("REGULAR SESSION OF COUNCIL", size=14),
        ],
        ("Town of Anytown, VA", "Council"),
    ),
    "parish_council_is_its_own_organisation": (
        [
            L("MINUTES OF AN EXTRAORDINARY MEETING OF ANYTOWN PARISH", bold=True),
            L("COUNCIL", bold=True),
            L("HELD ON 14TH NOVEMBER 2018 AT 19.00 IN ANYTOWN SCHOOL"),
        ],
        ("Anytown Parish Council", "Anytown Parish Council"),
    ),
}


@pytest.mark.parametrize("kind", sorted(MASTHEADS))
def test_masthead_gives_the_organisation_and_the_body_that_met(tmp_path: Path, kind: str) -> None:
    head, expected = MASTHEADS[kind]
    record = structured(write_pdf(tmp_path / "minutes.pdf", [[*head, *ITEMS]]))
    assert (record.organisation, record.body) == expected


def test_letterhead_columns_and_a_chairs_name_are_not_the_body(tmp_path: Path) -> None:
    head = [
        L("City of Anytown", column="Commissioners:"),
        L("Mayor Jane Q. Public", column="Kathleen Doe, Chairman"),
        L("Licensing Board", column="Keeana Roe"),
        L("Voting Agenda, May 7, 2020", bold=True, size=14, gap=12),
    ]
    record = structured(write_pdf(tmp_path / "minutes.pdf", [[*head, *ITEMS]]))
    assert (record.organisation, record.body, record.meeting_date) == (
        "City of Anytown",
        "Licensing Board",
        "2020-05-07",
    )
