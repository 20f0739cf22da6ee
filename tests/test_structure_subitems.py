"""Parts of an item: lettered sub-headings the paper prints as headings are items ("83a"),
lettered notes under an item are its text; capitalised headings carry minutes that print
neither numbers nor bold.

A parish council letters the parts of "83. PLANNING" as "(a) Current Applications", a
church meeting prints "(a) Proposal to reduce the number of elected members" under "5.
Resolutions": a clerk cites them as 83a and 5a. A student board's outline ("a. Group Photo!
Soon on the website.") letters its notes: those are not business of their own.
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, item, structured, write_pdf


def _parish(sub_bold: bool) -> list[list[L]]:
    return [
        [
            L("Anytown Parish Council", bold=True, size=14),
            L("Minutes of the meeting held on 7 February 2018"),
            L("Present: Cllrs Ames, Bryce and Cole", gap=8),
            L("83. PLANNING", bold=True, gap=14),
            L("(a) Current Applications", bold=sub_bold, indent=20, gap=8),
            L("No objection was raised to the garage at 26 Birch Green.", indent=20),
            L("(b) Decisions on Outstanding Applications", bold=sub_bold, indent=20, gap=8),
            L("The district council granted the porch canopy.", indent=20),
            L("84. FINANCE", bold=True, gap=14),
            L("(a) Financial Statement", bold=sub_bold, indent=20, gap=8),
            L("The statement was received.", indent=20),
            L("(b) Payment of Accounts Due", bold=sub_bold, indent=20, gap=8),
            L("The payments listed were approved.", indent=20),
        ]
    ]


def test_bold_lettered_parts_of_a_parish_item_are_items_cited_83a(tmp_path: Path) -> None:
    record = structured(write_pdf(tmp_path / "parish.pdf", _parish(sub_bold=True)))
    assert [i.number for i in record.items] == ["83", "83a", "83b", "84", "84a", "84b"]
    assert item(record, "84b").title == "Payment of Accounts Due"
    assert "payments listed" in item(record, "84b").text


def test_plain_lettered_titles_standing_alone_are_items_too(tmp_path: Path) -> None:
    record = structured(write_pdf(tmp_path / "church.pdf", _parish(sub_bold=False)))
    assert item(record, "83b").title == "Decisions on Outstanding Applications"


def test_lettered_notes_under_an_outline_item_stay_in_its_text(tmp_path: Path) -> None:
    pages = [
        [
            L("Graduate Board Meeting", size=12, indent=180),
            L("April 4, 2023", indent=200),
            L("1. Notifications from Chair", gap=10),
            L("a. Group Photo! Soon on the website.", indent=36),
            L("b. Account Balance: $1,344.02 in the lockbox.", indent=36),
            L("c. Request for travel funding: $200 in all.", indent=36),
            L("2. Officer Updates"),
            L("a. Social events are planned for April.", indent=36),
            L("b. The newsletter comes out in May.", indent=36),
            L("3. Comments and Suggestions"),
        ]
    ]
    record = structured(write_pdf(tmp_path / "outline.pdf", pages))
    assert [i.number for i in record.items] == ["1", "2", "3"]
    assert "Group Photo" in item(record, "1").text


def test_capitalised_headings_carry_minutes_with_no_numbers_or_bold(tmp_path: Path) -> None:
    def motion(subject: str) -> list[L]:
        return [
            L(f"Councilman Hall moved to accept the {subject} report; Councilwoman Kay seconded.", gap=8),
            L("ROLL CALL VOTE", gap=8),
            L("Hall - yes"),
            L("Kay - yes"),
        ]

    pages = [
        [
            L("MINUTES - TOWN OF ANYTOWN", indent=140),
            L("APRIL 15, 2025 @ 6:30 P.M.", indent=150),
            L("REGULAR SESSION OF COUNCIL", indent=140, gap=8),
            L("The Mayor opened the meeting with the pledge of allegiance.", gap=12),
            L("POLICE REPORT", gap=14),
            L("The Chief reported twelve calls for service in March."),
            *motion("police"),
            L("TOWN WEBSITE", gap=14),
            L("The clerk is updating the calendar page."),
            *motion("website"),
            L("BUDGET AND TAX RATES", gap=14),
            L("A public hearing on the budget will be held next month."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "town.pdf", pages))
    assert [i.title for i in record.items] == ["POLICE REPORT", "TOWN WEBSITE", "BUDGET AND TAX RATES"]
    assert "twelve calls" in record.items[0].text


def test_an_outline_in_roman_numerals_keeps_its_lettered_lines_as_parts(tmp_path: Path) -> None:
    pages = [
        [
            L("TOWN OF ANYTOWN PLANNING BOARD", indent=120),
            L("MINUTES OF MARCH 3, 2022", indent=140),
            L("Present: Chair Smith, Members Jones and Brown", gap=10),
            L("I. CALL TO ORDER", gap=14),
            L("The Chair called the meeting to order at 7:00 p.m."),
            L("II. APPROVAL OF MINUTES", gap=14),
            L("The minutes of February 3 were approved as written."),
            L("III. OLD BUSINESS", gap=14),
            L("A. Park benches", indent=20, gap=6),
            L("The benches were installed in January.", indent=20),
            L("B. Road repair on Elm Street", indent=20, gap=6),
            L("Repairs will begin in April.", indent=20),
            L("IV. NEW BUSINESS", gap=14),
            L("A. Sign permit for the bakery", indent=20, gap=6),
            L("Approved 3-0.", indent=20),
            L("V. ADJOURNMENT", gap=14),
            L("The meeting adjourned at 8:15 p.m."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "roman.pdf", pages))
    assert [i.number for i in record.items] == ["I", "II", "III", "IV", "V"]
    assert "Road repair on Elm Street" in item(record, "III").text
