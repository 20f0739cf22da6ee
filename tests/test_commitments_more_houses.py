"""Commitments as bodies we have not read before write them: two promises joined by "and",
a chair's request that a member act, a task named before the dash and taken on after it,
"will have … by <date>", a lettered point that is a whole promise, a Who/When column."""

from __future__ import annotations

from pathlib import Path

from indexer.pipeline import read_paper
from tests.paperkit import T, write_pdf

HEADER = """Maple Residents Association

Board Meeting Minutes, February 3, 2010

Present: Melinda Rieboldt (President), Patti Martin (Treasurer), Tim Holmes, Gayle Hudson, Alex Emery

1. Business

"""


def found_in(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    paper = tmp_path / "minutes.txt"
    paper.write_text(HEADER + body, encoding="utf-8")
    record, _ = read_paper(paper)
    return [(c.actor, c.action) for c in record.commitments]


def test_two_promises_joined_by_and_each_keep_their_own_owner(tmp_path: Path) -> None:
    found = found_in(
        tmp_path, "Patti will talk to past Treasurer John Kaplan and Tim will talk to past Treasurer Mitch Huitema.\n"
    )
    assert ("Patti Martin", "talk to past Treasurer John Kaplan") in found
    assert ("Tim Holmes", "talk to past Treasurer Mitch Huitema") in found
    assert not any(actor == "John Kaplan" for actor, _ in found)


def test_the_chairs_request_that_a_member_write_is_the_members_task(tmp_path: Path) -> None:
    found = found_in(tmp_path, "Melinda requested that Tim write an article for the next Beacon.\n")
    assert found == [("Tim Holmes", "write an article for the next Beacon")]


def test_a_residents_request_that_the_board_act_is_no_commitment(tmp_path: Path) -> None:
    found = found_in(tmp_path, "A resident, Jo Bloggs, spoke. She requested that the Board write to the county.\n")
    assert found == []


def test_a_need_then_a_dash_then_who_volunteered_gives_the_need_to_the_volunteer(tmp_path: Path) -> None:
    found = found_in(tmp_path, "A bbq needs to be organized – Alex has volunteered.\n")
    assert found == [("Alex Emery", "organize a bbq")]


def test_a_topic_before_the_dash_is_what_a_bare_verb_takes_on(tmp_path: Path) -> None:
    found = found_in(tmp_path, "Neighborhood BBQ in June – Gayle Hudson has volunteered to organize.\n")
    assert found == [("Gayle Hudson", "organize (Neighborhood BBQ in June)")]


def test_will_have_a_thing_by_a_date_is_making_it(tmp_path: Path) -> None:
    found = found_in(tmp_path, "Tim will also have brief club history for the newsletter by August 1st.\n")
    assert found == [("Tim Holmes", "have brief club history for the newsletter by August 1st")]
    assert found_in(tmp_path, "The hall will have a new roof.\n") == []


def test_a_lettered_point_that_is_a_whole_promise_is_read(tmp_path: Path) -> None:
    paper = write_pdf(
        tmp_path / "outline.pdf",
        [
            [
                "Maple Graduate Student Association",
                "Meeting minutes, May 3, 2023",
                "Attendees: Ryan Lee, Jacob Moss, Adriana Ruiz",
                "",
                "1. Directed reading program",
                "i. Jacob and Adriana will run it next semester.",
                "2. Website",
                "Ryan will update the website.",
            ]
        ],
    )
    record, _ = read_paper(paper)
    assert any(c.actor.startswith("Jacob") and c.action == "run it next semester" for c in record.commitments)


def test_a_who_when_column_gives_each_row_its_owner_and_date(tmp_path: Path) -> None:
    paper = write_pdf(
        tmp_path / "table.pdf",
        [
            [
                "Riverside Town Council",
                "Minutes of the meeting held on 12 March 2024",
                "Present: Cllr Anne Prest (Chair), Cllr Carl Dallas, Jane Smith (Clerk)",
                "",
                T(
                    [
                        ["Item", "Points discussed", "Action", "Who/When"],
                        ["1", "Footpath: the surface is broken near the school.", "Report to the county", "AP / April"],
                        ["2", "Bench: needs replacing.", "Obtain quotes", "CD / next meeting"],
                    ]
                ),
            ]
        ],
    )
    record, _ = read_paper(paper)
    assert [(c.actor, c.action, c.due) for c in record.commitments] == [
        ("Anne Prest", "report to the county", "April"),
        ("Carl Dallas", "obtain quotes", "next meeting"),
    ]


ALLOTMENTS = """Greenfield Allotment Society

Committee meeting 5 June 2019

Present: Mick Jones, Karen Hill, Mags Brown, Tom Reed

1. Plots

"""


def allotment_actions(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    paper = tmp_path / "minutes.txt"
    paper.write_text(ALLOTMENTS + body, encoding="utf-8")
    record, _ = read_paper(paper)
    return [(c.actor, c.action) for c in record.commitments]


def test_a_carried_forward_action_after_its_own_sentence_is_the_owners(tmp_path: Path) -> None:
    assert allotment_actions(tmp_path, "Trough 3 still leaking. c/f action Mick\n") == [
        ("Mick Jones", "trough 3 still leaking")
    ]


def test_an_owner_after_a_hyphen_takes_on_the_line_before_it(tmp_path: Path) -> None:
    assert allotment_actions(tmp_path, "Shed roof needs felt - Tom to sort\n") == [
        ("Tom Reed", "sort (Shed roof needs felt)")
    ]


def test_each_owner_of_a_semicolon_list_keeps_their_own_task(tmp_path: Path) -> None:
    found = allotment_actions(tmp_path, "Show schedule: Mags will print the schedules; Tom will book the judge.\n")
    assert found == [("Mags Brown", "print the schedules"), ("Tom Reed", "book the judge")]
    found = allotment_actions(tmp_path, "Actions: Karen to get a third quote; Mick to order the work.\n")
    assert found == [("Karen Hill", "get a third quote"), ("Mick Jones", "order the work")]
