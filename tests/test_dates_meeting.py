"""The meeting's own date, in the many ways small bodies print it.

Homeowners' associations, clubs and parish councils print the date in the masthead in
loose forms ("Board Meeting, Jan 28th , 2015", "October4,2023" where the PDF lost its
spaces, "Wednesday 10 May, 7.00pm" with no year), numeric dates month first in US papers,
and often a heading reader starts item 1 right under the masthead. A user searching by
date expects the meeting's date, not the previous minutes' or the date the paper went out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.structure.dates import find_dates, loose_dates, writes_day_first, yearless_date
from tests.paperkit import L, structured, write_pdf


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Board Meeting, Jan 28th , 2015", "2015-01-28"),
        ("March, 7th , 2017", "2017-03-07"),
        ("October4,2023", "2023-10-04"),
        ("Meeting#115heldonThursdayMay08,2025.", "2025-05-08"),
        ("SOUTH CERNEYONWEDNESDAY14TH JULY2010", "2010-07-14"),
        ("27th January2023at Jerusalem College", "2023-01-27"),
        ("notes from the meeting held 2021-MAY-11.", "2021-05-11"),
    ],
)
def test_dates_are_read_with_stray_or_missing_spaces(text: str, iso: str) -> None:
    assert [d for _, d in find_dates(text)] == [iso]


def test_words_that_contain_a_month_are_not_dates() -> None:
    assert find_dates("remarch 5, 2020 and the mayor 2020") == []


def test_numeric_dates_follow_the_papers_own_order() -> None:
    us = "Minutes of May 14, 2018. The invoice of 4/23/2018 was paid."
    uk = "Minutes of 14 May 2018. The invoice of 23/4/2018 was paid."
    assert (writes_day_first(us), writes_day_first(uk)) == (False, True)
    assert find_dates("4/9/2018", day_first=False)[0][1] == "2018-04-09"
    assert find_dates("4/9/2018")[0][1] == "2018-09-04"


def test_a_date_without_a_year_takes_the_year_its_weekday_fits() -> None:
    # 1 December was a Tuesday in 2015, not in 2016.
    assert yearless_date("Minutes of a Meeting held on Tuesday 1 December at 7.00pm", [2016]) == "2015-12-01"
    assert yearless_date("Annual General Meeting, 10 May", [2019, 2018]) == "2019-05-10"


def test_dateparser_reads_what_the_patterns_miss_but_not_bare_words() -> None:
    assert find_dates("Tuesday the 5th day of May in 2019") == []
    assert loose_dates("Tuesday the 5th day of May in 2019") == ["2019-05-05"]
    assert loose_dates("Now is the second time we met") == []


def _paper(tmp_path: Path, lines: list[L]) -> Path:
    return write_pdf(tmp_path / "minutes.pdf", [lines])


def test_masthead_date_is_found_when_item_one_starts_right_under_it(tmp_path: Path) -> None:
    record = structured(
        _paper(
            tmp_path,
            [
                L("Anytown Homeowners' Association", bold=True, size=14),
                L("Board Meeting, Jan 28th , 2015"),
                L("1. Minutes were approved for the December 3rd , 2014 meeting.", gap=8),
                L("2. Dues Collection", gap=8),
                L("Annual dues remain unpaid for five lots."),
            ],
        )
    )
    assert record.meeting_date == "2015-01-28"


def test_held_on_date_wins_over_the_date_the_minutes_were_issued(tmp_path: Path) -> None:
    record = structured(
        _paper(
            tmp_path,
            [
                L("MINUTES OF MEETING", bold=True),
                L("02nd February 2023"),
                L("The Anytown Engineers' Local Centre conducted a Committee Meeting on Friday"),
                L("27th January 2023 at the College of Engineering at 05:30 pm."),
                L("Present: Asha Rao (Chair), Vikram Iyer, Meena Pillai", gap=8),
                L("1. Welcome", bold=True, gap=12),
                L("The Chair welcomed the members."),
            ],
        )
    )
    assert record.meeting_date == "2023-01-27"


def test_us_paper_reads_its_numeric_masthead_date_month_first(tmp_path: Path) -> None:
    record = structured(
        _paper(
            tmp_path,
            [
                L("Anytown Curling Club", bold=True, size=14),
                L("Board Meeting 4/9/2018"),
                L("Present: Dana Cole, Pat Moreno, Lee Park", gap=8),
                L("1. Treasurer's Report", bold=True, gap=12),
                L("The ice rental invoice dated 3/27/2018 was paid on March 30, 2018."),
            ],
        )
    )
    assert record.meeting_date == "2018-04-09"


def test_previous_minutes_date_under_an_item_is_not_the_meetings(tmp_path: Path) -> None:
    record = structured(
        _paper(
            tmp_path,
            [
                L("Minutes", size=14),
                L("1. PRESENT : Gordon Ames, Billy Lau, Linda Moore", gap=8),
                L("2. CALL TO ORDER : 6:37 pm", bold=True, gap=8),
                L("3. ADOPTION OF MINUTES", bold=True, gap=8),
                L("March 29, 2017 minutes approved by email."),
                L("4. FIRE ALARM", bold=True, gap=8),
                L("The alarm went off in Building C on April 19, 2017 due to smoke from one unit."),
            ],
        )
    )
    assert record.meeting_date is None
