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
    assert record.items[3].text.startswith("Cindy reports that the coping repairs")


def test_a_masthead_of_stacked_fields_is_not_business(tmp_path: Path) -> None:
    pages = _hoa(["The board discussed the budget and agreed to meet again in October."])
    record = structured(write_pdf(tmp_path / "fields.pdf", pages))
    assert record.items == []


def test_run_in_items_around_a_numbered_list_indented_under_new_business(tmp_path: Path) -> None:
    pages = [
        [
            L("Anytown Radio Club Annual Meeting", bold=True, size=14),
            L("Present: VE7KJL, VA7QZ, VE7LOC, VA7BAJ, VE7JFX, VE7ZIP, VE7NEK,", gap=10),
            L("VE7RWD, VE7LXC and VE7AQE."),
            L("Meeting called to order: at 7:35 PM by VE7LOC", gap=10),
            L("Adoption of the agenda: Motion VA7BAJ, seconded NEK. Passed.", gap=10),
            L("Treasurers Report: See the reports attached to these minutes.", gap=10),
            L("GSJ asked about repeater maintenance; adopted."),
            L("New Business:", bold=True, gap=10),
            L("1. Repeater grant status: the grant has been closed out.", indent=54, gap=10),
            L("All equipment has been purchased.", indent=72),
            L("2. Annual elections: the election was run on Zoom.", indent=54, gap=10),
            L("All positions were filled.", indent=72),
            L("3. Outgoing executive reports: each officer reported.", indent=54, gap=10),
            L("The reports are attached.", indent=72),
            L("Meeting Adjournment: at 9:05 PM by VE7LOC.", gap=10),
            L("The next meeting is in September."),
        ]
    ]
    record = structured(write_pdf(tmp_path / "club.pdf", pages))
    titles = [(i.number, i.title) for i in record.items]
    assert (None, "Meeting called to order") in titles
    assert (None, "Adoption of the agenda") in titles
    assert ("2", "Annual elections") in titles
    assert (None, "Meeting Adjournment") in titles
