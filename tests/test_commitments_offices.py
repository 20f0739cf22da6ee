"""Owners a club's minutes name by office, by a marker run on in a summary, or on the
heading line itself; and a closing list that restates what a member took on."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments import commitments_in

CLUB = """Harbour Music Society

Annual General Meeting
Minutes of the meeting held on Friday, 7th December, 2018 at 5.00 pm in Room 2

Present: Peter Quill, Gamora Titan, Rocket Raccoon, Mantis Ego

1. Finance Report

The society's bank mandate is out of date and the online banking login was lost.

2. Website

The members page is out of date.

3. Officers

Nominations were accepted. Officers for 2019: Peter Quill (President) Gamora Titan (Treasurer) Mantis Ego (Secretary)

4. Summary of Actions Arising

Treas TODO: Get the online banking login back Sec TODO: Members page needs pulling down.
"""


def _by_actor(tmp_path: Path, body: str) -> dict[str, list]:
    paper = tmp_path / "minutes.txt"
    paper.write_text(body, encoding="utf-8")
    from indexer.pipeline import read_paper

    found: dict[str, list] = {}
    for c in read_paper(paper)[0].commitments:
        found.setdefault(c.actor, []).append(c)
    return found


def test_an_officer_named_by_office_is_the_one_the_paper_elects_later(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, CLUB)
    (treasurer,) = found["Gamora Titan"]
    assert treasurer.action.startswith("get the online banking login back")
    assert treasurer.item == "1"  # the bank login was the Finance Report's business


def test_a_marked_thing_that_needs_doing_is_the_officers_task(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, CLUB)
    (secretary,) = found["Mantis Ego"]
    assert "members page needs pulling down" in secretary.action.lower()


def test_an_office_the_paper_never_fills_names_nobody(tmp_path: Path) -> None:
    unfilled = CLUB.replace("Gamora Titan (Treasurer) ", "")
    found = _by_actor(tmp_path, unfilled)
    assert not any("banking" in c.action for cs in found.values() for c in cs)


def test_an_action_on_the_heading_line_is_its_owners(tmp_path: Path) -> None:
    body = CLUB.replace(
        "2. Website\n\nThe members page is out of date.", "2. Conference deadline back a bit.... Rocket will deal"
    )
    found = _by_actor(tmp_path, body)
    (rocket,) = found["Rocket Raccoon"] if "Rocket Raccoon" in found else found["Rocket"]
    assert rocket.item == "2"
    assert rocket.action.startswith("deal") and "Conference deadline" in rocket.action


def test_an_action_on_the_heading_line_is_cited_at_the_headings_page(tmp_path: Path) -> None:
    body = CLUB.replace(
        "2. Website\n\nThe members page is out of date.", "\f2. Conference deadline back a bit.... Rocket will deal"
    )
    found = _by_actor(tmp_path, body)
    (rocket,) = found["Rocket Raccoon"] if "Rocket Raccoon" in found else found["Rocket"]
    assert rocket.page == 2  # the user opens the PDF where the heading says it


def test_a_closing_list_row_restating_a_members_promise_counts_once(tmp_path: Path) -> None:
    body = """No consensus was reached on the spring event; Nikki will put out a poll to the membership to gauge interest.

2. Garden Fence

The fence by the allotments has fallen down again.

3. Action List

1. Nikki - create poll for members on new events
"""
    found = [c for c in commitments_in(tmp_path, body) if c.actor == "Nikki Sturmey"]
    assert len(found) == 1, found
    assert found[0].item == "1"
    assert found[0].action.startswith("put out a poll")


def test_a_task_left_to_an_office_goes_to_the_member_whose_offices_end_in_it(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    from tests.test_commitments import HEADER

    header = HEADER.replace("Jane Hylton - Housing Officer", "Jane Hylton - Newsletter Editor, Web Liaison")
    body = "The newsletter and its publication rate will be addressed by the new Editor.\n"
    paper.write_text(header + body, encoding="utf-8")
    from indexer.pipeline import read_paper

    (c,) = read_paper(paper)[0].commitments
    assert c.actor == "Jane Hylton"
    assert "newsletter" in c.action
