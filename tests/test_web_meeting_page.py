"""The meeting page as a reader checks it: every side of a vote, one anchor per item, the OCR flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import AgendaItem, Attendance, MeetingRecord, Person, Vote, to_dict


@pytest.fixture()
def meeting_index(tmp_path: Path) -> Path:
    from indexer.index.store import index_paths

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
            AgendaItem(
                number="1",
                title="Dredging",
                text="Kris, a young person, and John Public, a resident, spoke about the dredging contract.",
                pages=[2, 2],
                people=["Kris", "John Public", "Cy Park"],
            ),
        ],
        people=[
            Person(name="Kris"),
            Person(name="John Public"),
            *(Person(name=n) for n in ("Ann Miley", "Bo Sullivan", "Cy Park")),
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
    return index_dir


@pytest.fixture()
def meeting_client(meeting_index: Path):  # noqa: ANN201
    from webapp import create_app

    return create_app({"TESTING": True, "INDEX_DIR": str(meeting_index)}).test_client()


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


def test_members_the_paper_lists_have_person_pages(meeting_client) -> None:  # noqa: ANN001
    assert meeting_client.get("/people/cy-park").status_code == 200
    assert 'href="/people/cy-park"' in _page(meeting_client)


def test_a_first_name_only_young_person_and_a_public_speaker_get_no_page_by_default(meeting_client) -> None:  # noqa: ANN001
    assert meeting_client.get("/people/kris").status_code == 404
    assert meeting_client.get("/people/john-public").status_code == 404
    page = _page(meeting_client)
    assert "Kris" in page and 'href="/people/kris"' not in page


def test_a_board_may_choose_pages_for_everyone_named(meeting_index: Path) -> None:
    from webapp import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": str(meeting_index), "PERSON_PAGES": "everyone"}).test_client()
    assert client.get("/people/kris").status_code == 200


def test_a_person_page_lists_each_motion_once_with_its_item_title(meeting_client) -> None:  # noqa: ANN001
    page = meeting_client.get("/people/cy-park").text
    votes = page.split('id="votes-heading"', 1)[1]
    assert votes.count("award the dredging contract") == 1
    assert "moved, for" in votes and "Dredging" in votes


def test_timeline_bars_link_to_their_month(client) -> None:  # noqa: ANN001
    page = client.get("/search?q=care").text
    assert '<a href="/search?q=care&amp;from=' in page.split('class="timeline"', 1)[1].split("</svg>", 1)[0]
