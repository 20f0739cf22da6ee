"""Headings a clerk reads from typography alone: a minutes template's bold heading cell
with the presenter beside it, a letterhead street number that starts no sequence, and a
heading that carries the time it was reached ("CALL TO ORDER 7:40 PM").
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def test_a_template_heading_cell_is_the_title_and_its_repeated_labels_are_not_items(tmp_path: Path) -> None:
    def block(title: str, presenter: str, text: str) -> list[L]:
        return [
            L(title, bold=True, size=14, gap=16, column=presenter),
            L("DISCUSSION", bold=True, indent=30, gap=8),
            L(text),
            L("ACTION ITEMS", bold=True, indent=30, gap=8, column="PERSON RESPONSIBLE"),
        ]

    pages = [
        [
            L("Anytown Curling Club Board Meeting Minutes", size=20),
            L("Present: Ann Lee, Bo Park, Cy Dunn", gap=10),
            *block("PREVIOUS MINUTES", "CHAIR", "The March minutes were approved."),
            *block("BOARD ANNOUNCEMENTS", "BOARD MEMBERS", "The appeal hearing was attended."),
            *block("FINANCIAL", "CFO", "The balance is healthy."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "template.pdf", pages))
    assert [i.title for i in record.items] == ["PREVIOUS MINUTES", "BOARD ANNOUNCEMENTS", "FINANCIAL"]


def test_a_letterhead_street_number_is_not_an_item(tmp_path: Path) -> None:
    pages = [
        [
            L("Anytown Swimming Club Inc.", bold=True, size=16),
            L("111 Wyadra Ave", bold=True, indent=300),
            L("9th April 2024", gap=30),
            L("ATTENDANCE", gap=12),
            L("Clair Simpson, Kate Ryder, Peter Auld"),
            L("CORRESPONDENCE IN:", gap=12),
            L("Nil"),
            L("TREASURER’s REPORT:", gap=12),
            L("Bank account $3148.83."),
            L("GENERAL BUSINESS", gap=12),
            L("The presentation day was set for 2 June."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "club.pdf", pages))
    assert [i.title for i in record.items] == ["CORRESPONDENCE IN", "TREASURER’S REPORT", "GENERAL BUSINESS"]


def test_the_time_a_heading_was_reached_is_not_part_of_its_title(tmp_path: Path) -> None:
    pages = [
        [
            L("Anytown Strata Council Minutes", bold=True, size=14),
            L("Present: Ann Lee, Bo Park", gap=10),
            L("1. CALL TO ORDER 7:40 PM", bold=True, gap=14),
            L("2. ADOPTION OF MINUTES", bold=True, gap=14),
            L("The minutes were adopted."),
            L("3. MEETING ADJOURNED: 9:10 PM", bold=True, gap=14),
        ]
    ]
    record = structured(write_pdf(tmp_path / "strata.pdf", pages))
    assert [i.title for i in record.items] == ["CALL TO ORDER", "ADOPTION OF MINUTES", "MEETING ADJOURNED"]


def test_a_long_bold_heading_in_capitals_wrapped_onto_a_second_line_is_one_title(tmp_path: Path) -> None:
    filler = [L("The committee considered the matters before it and agreed the recommendations.")] * 5
    pages = [
        [
            L("Anytown Parish Council", bold=True, size=14),
            L("Minutes of the meeting held on 12 March 2014"),
            L("Present: Cllrs Ames, Bryce and Cole", gap=8),
            L("CLERK'S REPORT", bold=True, gap=14),
            *filler,
            L("REPORT ON THE MEETING OF THE FINANCE COMMITTEE HELD ON MONDAY", bold=True, gap=14),
            L("10TH MARCH 2014", bold=True),
            L("Cllr Jay opened the meeting at 8.20pm."),
            *filler,
            L("CORRESPONDENCE", bold=True, gap=14),
            *filler,
        ]
    ]
    record = structured(write_pdf(tmp_path / "parish.pdf", pages))
    titles = [i.title for i in record.items]
    assert "REPORT ON THE MEETING OF THE FINANCE COMMITTEE HELD ON MONDAY 10TH MARCH 2014" in titles
    assert record.items[1].text.startswith("Cllr Jay opened")
