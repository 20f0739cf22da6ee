"""Minutes whose headings carry no numbers: bold title-case lines are the business.

Small charities, advisory groups and some town councils write minutes as a run of bold
headings ("Welcome and Introductions", "Treasurer's Report") with no numbers at all, under
a running header with the meeting date and a "Page n of m" footer. A careful reader takes
each bold heading as an item (number null) and keeps an item whole across a page break.
"""

from __future__ import annotations

import pytest

from indexer.records import MeetingRecord
from tests.paperkit import L, structured, write_pdf

HEADER = "Anytown Allotment Society – Committee Minutes – 4 September 2023"


def society_pages() -> list[list[L]]:
    filler = [L(f"Plot holders raised the state of the water troughs near row {k}.") for k in range(34)]
    page_one = [
        L("Anytown Allotment Society", bold=True, size=14),
        L("Minutes of the Committee Meeting held on Monday 4 September 2023 at 7.00 pm", gap=4),
        L("Present: Jean Price (Chair), Malik Hussain (Treasurer), Olu Bello and Ruth King", gap=12),
        L("Apologies: Sam Reid", gap=6),
        L("Welcome and Introductions", bold=True, gap=16),
        L("The Chair welcomed everyone and introduced Ruth King, the new secretary.", gap=6),
        L("Treasurer's Report", bold=True, gap=16),
        L("Malik Hussain reported a balance of £3,412 at the end of August.", gap=6),
        L("Water Supply", bold=True, gap=16),
        L("The committee discussed the leaking water supply on the lower site.", gap=6),
        *filler,
    ]
    page_two = [
        L("It was agreed that the water supply be repaired before the winter.", gap=6),
        L("Any Other Business", bold=True, gap=16),
        L("There was no other business.", gap=6),
        L("Date of Next Meeting", bold=True, gap=16),
        L("Monday 2 October 2023 at 7.00 pm.", gap=6),
    ]
    return [page_one, page_two]


@pytest.fixture(scope="module")
def society(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    path = write_pdf(tmp_path_factory.mktemp("society") / "minutes.pdf", society_pages(), header=HEADER, footer=True)
    return structured(path)


def test_secretary_finds_each_bold_heading_as_an_item(society: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in society.items] == [
        (None, "Welcome and Introductions"),
        (None, "Treasurer's Report"),
        (None, "Water Supply"),
        (None, "Any Other Business"),
        (None, "Date of Next Meeting"),
    ]


def test_unnumbered_minutes_keep_the_header_block_out_of_the_items(society: MeetingRecord) -> None:
    assert (society.organisation, society.meeting_date, society.meeting_time) == (
        "Anytown Allotment Society",
        "2023-09-04",
        "19:00",
    )
    assert [p.name for p in society.attendance.present] == ["Jean Price", "Malik Hussain", "Olu Bello", "Ruth King"]
    assert [p.name for p in society.attendance.apologies] == ["Sam Reid"]


def test_unnumbered_item_runs_across_the_page_break(society: MeetingRecord) -> None:
    water = [i for i in society.items if i.title == "Water Supply"]
    assert len(water) == 1 and water[0].pages == [1, 2]
    assert "repaired before the winter" in water[0].text
    assert "Page 1 of 2" not in water[0].text


def test_it_was_agreed_that_is_the_items_resolution(society: MeetingRecord) -> None:
    water = [i for i in society.items if i.title == "Water Supply"][0]
    assert [r.text for r in water.resolutions] == ["That the water supply be repaired before the winter."]


def test_next_meeting_is_read_without_a_number(society: MeetingRecord) -> None:
    assert society.next_meeting == "2023-10-02"
