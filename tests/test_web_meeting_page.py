"""The meeting page as a reader checks it: every side of a vote, one anchor per item, the OCR flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import AgendaItem, Attendance, MeetingRecord, Person, Vote, to_dict


@pytest.fixture()
def meeting_client(tmp_path: Path):  # noqa: ANN201
    from indexer.index.store import index_paths
    from webapp import create_app

    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "harbour-board-2023-04-03.txt").write_text("placeholder: the record is made below")
    record = MeetingRecord(
        source=str(folder / "harbour-board-2023-04-03.txt"),
        sha256="0" * 64,
        body="Harbour Board",
        meeting_date="2023-04-03",
        ocr=True,
        attendance=Attendance(present=[Person(name=n) for n in ("Ann Miley", "Bo Sullivan", "Cy Park")]),
        items=[
            AgendaItem(number=None, title="Welcome", text="The chair welcomed everyone.", pages=[1, 1]),
            AgendaItem(number="1", title="Minutes", text="Approved.", pages=[1, 1]),
            AgendaItem(number="1", title="Dredging", text="The dredging contract was put to a vote.", pages=[2, 2]),
        ],
        votes=[
            Vote(
                item="1",
                motion="award the dredging contract",
                moved="Cy Park",
                for_=["Cy Park"],
                against=[],
                abstain=["Ann Miley", "Bo Sullivan"],
                result="carried",
                tally="1-0-2",
            )
        ],
    )
    pages = [{"number": 1, "text": "Welcome. Minutes.", "ocr": True}, {"number": 2, "text": "Dredging.", "ocr": True}]
    index_dir = tmp_path / "index"

    def read(path: str) -> tuple[str, object]:
        return path, (to_dict(record), pages)

    index_paths([folder], index_dir, read=read)
    return create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()


def _page(client) -> str:  # noqa: ANN001
    return client.get("/meetings/harbour-board-2023-04-03").text


def test_the_meeting_page_names_who_abstained(meeting_client) -> None:  # noqa: ANN001
    page = _page(meeting_client)
    assert "Abstained" in page
    assert "Ann Miley" in page.split("Abstained", 1)[1] and "Bo Sullivan" in page.split("Abstained", 1)[1]


def test_no_two_items_share_an_anchor(meeting_client) -> None:  # noqa: ANN001
    import re

    ids = re.findall(r'<article class="item" id="([^"]+)"', _page(meeting_client))
    assert len(ids) == 3 and len(set(ids)) == 3
    assert ids[1] == "item-1", "a search link to #item-1 lands on the first item numbered 1"


def test_a_scanned_paper_says_its_text_was_read_by_ocr(meeting_client) -> None:  # noqa: ANN001
    assert "read by OCR" in _page(meeting_client)
