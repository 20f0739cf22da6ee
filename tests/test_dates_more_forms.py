"""Meeting dates in the forms the bulk survey found unread.

An international body meets over several days and minutes in French ("5 et 12 octobre
1976", "4-8 November 1996"); a strata council prints its whole masthead ("STRATA PLAN …
/ Strata Council Meeting / Wednesday, April 26, 2017") atop every page, so the running
header that is stripped from later pages is, on the first page, where the date is. A user
searching by date expects the meeting's first day, and never a date guessed from the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.structure.dates import find_dates, loose_dates
from tests.paperkit import L, structured, write_pdf


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Annual Conference, 4-8 November 1996, Vancouver", "1996-11-04"),
        ("held on 12 and 14 March 2019", "2019-03-12"),
        ("Sessions of 3rd to 5th June 2021", "2021-06-03"),
    ],
)
def test_a_meeting_over_several_days_is_dated_by_its_first_day(text: str, iso: str) -> None:
    assert find_dates(text)[0][1] == iso


def test_an_item_number_before_a_date_is_no_range_of_days() -> None:
    assert [d for _, d in find_dates("Item 5 - 2 May 2021")] == ["2021-05-02"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Paris - 5 et 12 octobre 1976", "1976-10-05"),
        ("4 et 8 novembre 1996 - VANCOUVER", "1996-11-04"),
        ("Sitzung vom 3. März 2015", "2015-03-03"),
    ],
)
def test_months_in_other_languages_are_read_by_the_loose_reader(text: str, iso: str) -> None:
    assert loose_dates(text) == [iso]


MASTHEAD = ["GREENFIELD STRATA PLAN 4410", "Strata Council Meeting", "Wednesday, April 26, 2017"]


def _filler(topic: str, count: int) -> list[L]:
    return [L(f"Council discussed the {topic}, point {n}, and agreed a way forward.") for n in range(count)]


def test_a_masthead_printed_atop_every_page_still_dates_the_meeting(tmp_path: Path) -> None:
    head = [L(MASTHEAD[0], bold=True), L(MASTHEAD[1]), L(MASTHEAD[2])]
    pages = [
        [*head, L("Minutes", gap=6), L("1. PRESENT: Ann Lee, Bo Tran", gap=12), L("2. REPORTS", gap=12)]
        + _filler("gardens", 30),
        [*head, *_filler("roof repairs", 20), L("3. NEXT MEETING: Wednesday, May 31, 2017", gap=12)],
        [*head, *_filler("budget", 10), L("4. ADJOURNMENT", gap=12)],
    ]
    record = structured(write_pdf(tmp_path / "strata.pdf", pages))
    assert record.meeting_date == "2017-04-26"
    for agenda_item in record.items:
        assert "Strata Council Meeting" not in agenda_item.text, agenda_item.number
