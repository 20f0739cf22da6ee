"""Minutes written as paragraphs that open with their item's name ("Pool Report: Cindy
reports that …", "Dam - Our lake is full …"): a clerk reads each name as an item, and
leaves alone the stacked fields of the masthead ("Date: …", "Time: …", "Location: …").
"""

from __future__ import annotations

from pathlib import Path

from tests.paperkit import L, structured, write_pdf


def _hoa(paragraphs: list[str]) -> list[list[L]]:
    return [
        [
            L("Maple Row Ranch Board Meeting Notes", bold=True, size=15),
            L("Date: August 22, 2024", gap=10),
            L("Time: 4:30 PM", gap=10),
            L("Location: Zoom", gap=10),
            L("Attendees: Robin Lucie, Charlie Simons, James Trammell", gap=10),
            *[line for text in paragraphs for line in (L(text, gap=12), L("More was said on this at the meeting."))],
        ]
    ]


def test_paragraphs_opening_with_their_items_name_are_items(tmp_path: Path) -> None:
    pages = _hoa(
        [
            "Dam - Our lake is full and the annual inspection found no faults.",
            "Entrance Gardens - A design for the median is in progress.",
            "Roads: Grading of the upper loop is booked for September.",
            "Pool Report: Cindy reports that the coping repairs are finished.",
        ]
    )
    record = structured(write_pdf(tmp_path / "hoa.pdf", pages))
    assert [i.title for i in record.items] == ["Dam", "Entrance Gardens", "Roads", "Pool Report"]
    assert "coping repairs" in record.items[3].text


def test_a_masthead_of_stacked_fields_is_not_business(tmp_path: Path) -> None:
    pages = _hoa(["The board discussed the budget and agreed to meet again in October."])
    record = structured(write_pdf(tmp_path / "fields.pdf", pages))
    assert record.items == []
