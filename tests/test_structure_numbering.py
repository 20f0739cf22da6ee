"""Items found by the paper's own numbering, where the heading style says nothing.

Residents' associations, HOAs and small boards print a bold masthead and then plain
"1. Landscaping" lines, or number whole paragraphs ("2) Formal introductions were made by
all present."). A clerk reads the numbers that count up at one margin as the items, and
leaves alone a numbered list of people or of letters received inside one item.
"""

from __future__ import annotations

from pathlib import Path

from indexer.records import Line
from indexer.structure.layout import Row
from indexer.structure.numbering import numbered_lines, runs
from tests.paperkit import L, item, structured, write_pdf


def _rows(*texts: str, x0: float = 72.0) -> list[Row]:
    return [Row(page=1, line=Line(text=t, x0=x0), breaks=True) for t in texts]


def test_a_run_of_numbers_counts_up_through_a_skipped_number() -> None:
    rows = _rows("1. Minutes", "text", "2) Stray", "2. Landscaping", "4. Website", "5. Sidewalks")
    (run,) = runs(numbered_lines(rows))
    assert [m.number for m in run] == ["1", "2", "4", "5"]
    assert run[1].title == "Landscaping"


def test_roman_numerals_and_letters_are_told_apart_by_their_run() -> None:
    rows = _rows("i. Old business", "ii. New business", "iii. Reports", "a) One", "b) Two", "c) Three")
    found = {tuple(m.number for m in r) for r in runs(numbered_lines(rows))}
    assert ("i", "ii", "iii") in found and ("a", "b", "c") in found


def test_a_date_line_is_not_the_next_number() -> None:
    rows = _rows("5. Other business", "6. Close", "7 April 2006")
    assert all(m.number != "7" for r in runs(numbered_lines(rows), least=2) for m in r)


def hoa_minutes() -> list[list[L]]:
    return [
        [
            L("Maple Row Homeowners' Association", bold=True, size=13),
            L("Board Meeting, 12 March 2024"),
            L("Board Members Attending:", gap=10),
            L("Ann Lee, Bo Park, Cy Dunn"),
            L("1. Minutes Approval", gap=14),
            L("Minutes from the February meeting were approved.", indent=18),
            L("2. Landscaping", gap=14),
            L("Ann Lee will ask the landscaper to clear the drains.", indent=18),
            L("3. Formal introductions were made by all present.", gap=14),
            L("4. Snow Removal", gap=14),
            L("The contract runs to April.", indent=18),
        ]
    ]


def test_plain_numbered_headings_under_a_bold_masthead_are_the_items(tmp_path: Path) -> None:
    record = structured(write_pdf(tmp_path / "hoa.pdf", hoa_minutes()))
    assert [i.number for i in record.items] == ["1", "2", "3", "4"]
    assert item(record, "2").title == "Landscaping"
    assert "landscaper" in item(record, "2").text
    assert item(record, "3").title == "Formal introductions were made by all present"


def test_a_numbered_list_of_people_is_attendance_not_business(tmp_path: Path) -> None:
    people = [
        L(f"{n}. {name}\tBoard Member", indent=18)
        for n, name in enumerate(["Ann Lee", "Bo Park", "Cy Dunn", "Di Roy"], 1)
    ]
    pages = [
        [
            L("Modernization Board", bold=True, size=14),
            L("Meeting Minutes, 22 March 2018"),
            L("PRESENT", bold=True, gap=10),
            *people,
            L("Meeting Minutes", bold=True, gap=14),
            L("1. The Board agreed a communications strategy.", gap=8),
            L("2. The Board affirmed the minutes of its last meeting."),
            L("3. The Board adjourned."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "board.pdf", pages))
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert item(record, "3").title == "The Board adjourned"


def test_letters_received_numbered_under_one_bold_heading_stay_in_that_item(tmp_path: Path) -> None:
    letters = [L(f"{n}. Letter from resident number {n} about parking", gap=4) for n in range(1, 7)]
    pages = [
        [
            L("Anytown Parish Council", bold=True, size=14),
            L("Minutes of the meeting held on 12 March 2014"),
            L("Present: Cllrs Ames, Bryce and Cole", gap=8),
            L("PLANNING", bold=True, gap=14),
            L("No applications were received this month.", gap=4),
            L("CORRESPONDENCE", bold=True, gap=14),
            *letters,
            L("FINANCE", bold=True, gap=14),
            L("The accounts were approved.", gap=4),
        ]
    ]
    record = structured(write_pdf(tmp_path / "parish.pdf", pages))
    assert [i.title for i in record.items] == ["PLANNING", "CORRESPONDENCE", "FINANCE"]
    assert "resident number 6" in record.items[1].text


def test_minutes_numbered_on_from_the_last_meeting_are_items(tmp_path: Path) -> None:
    titles = ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "MINUTES OF THE LAST MEETING", "FINANCE"]
    body = [
        line
        for n, title in enumerate(titles, start=100)
        for line in (L(f"{n}.  {title}", gap=12), L("The council noted the report.", indent=36))
    ]
    pages = [
        [
            L("Minutes of the meeting of Anytown Parish Council held on 9 January 2008", bold=True),
            L("PRESENT: Cllrs Lester (Chairman), Bonner and Bradbury", gap=10),
            *body,
            L("Schedule of unit entitlements", gap=12),
            *[L(f"{k}  201-75{k}  83  0.0091{k}  459.99") for k in range(1, 6)],
        ]
    ]
    record = structured(write_pdf(tmp_path / "parish.pdf", pages))
    assert [i.number for i in record.items] == ["100", "101", "102", "103"]
    assert item(record, "103").title == "FINANCE"
