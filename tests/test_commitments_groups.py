"""Groups that take work on: a task-and-finish group named with "and", an office in a
bracketed aside after a marked action."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paperkit import L, annotated, write_pdf
from tests.test_commitments import commitments_in, only


def test_a_task_and_finish_group_will_is_the_groups_promise(tmp_path: Path) -> None:
    body = "Action: A task and finish group will pull together proposals for a work programme by the next meeting.\n"
    found = {c.actor: c for c in commitments_in(tmp_path, body)}
    assert "Task and finish group" in found, found
    assert found["Task and finish group"].action.startswith("pull together proposals")


def test_an_office_in_a_bracketed_aside_takes_the_whole_aside(tmp_path: Path) -> None:
    body = (
        "Action: A task and finish group will draft the programme "
        "(Secretariat to set up calls for the sub-group: Raj, Nikki, Mary).\n"
    )
    found = {c.actor: c for c in commitments_in(tmp_path, body)}
    assert "Secretariat" in found, found
    assert found["Secretariat"].action.startswith("set up calls for the sub-group")
    assert "Nikki" in found["Secretariat"].action  # the aside runs to its bracket


def test_the_first_of_two_teams_joined_by_or_acts(tmp_path: Path) -> None:
    body = "The Support team or the Finance team will check every proposal before the Board meets.\n"
    actors = [c.actor for c in commitments_in(tmp_path, body)]
    assert actors == ["Support team"], actors


def _association(tmp_path: Path) -> dict[str, list]:
    """A residents' association's notes: committee reports under bold headings."""
    pages = [
        [
            L("Falls Lane Residents Association Board Meeting Notes", bold=True, size=14),
            L("Date: 22nd August 2024", gap=6),
            L("Attendees: Robin Lucie, Paulette Church, Justin Case", gap=6),
            L("Treasurer's Report", bold=True, gap=12),
            L("The accounts were presented and approved.", gap=4),
            L("Committee Reports", bold=True, gap=12),
            L("The reports were circulated in advance. We will review every committee's budget in May.", gap=4),
            L("Lake", bold=True, gap=12),
            L("Our lake committee rebuilt the beach after the mudslide. We will also plan a", gap=4),
            L("community workday to finish the beach work. We will have trucks on the beach."),
            L("Utilities Committee", bold=True, gap=12),
            L("We are looking at the picnic area for the new south well site. We will be", gap=4),
            L("contacting nearby neighbours to discuss as well."),
            L("Social", bold=True, gap=12),
            L("The barbecue was enjoyed by all. We will plan another barbecue next summer.", gap=4),
        ]
    ]
    found: dict[str, list] = {}
    for c in annotated(write_pdf(tmp_path / "notes.pdf", pages)).commitments:
        found.setdefault(c.actor.lower(), []).append(c)
    return found


def test_we_will_in_a_committees_report_is_that_committees_promise(tmp_path: Path) -> None:
    found = _association(tmp_path)
    (lake,) = found["lake committee"]  # not "We will have trucks on the beach"
    assert lake.action.startswith("plan a community workday to finish the beach work")
    (utilities,) = found["utilities committee"]
    assert utilities.action.startswith("contact nearby neighbours")
    assert "south well site" in utilities.action  # a short action carries the sentence before it


def test_we_will_under_a_heading_that_names_no_group_is_nobodys(tmp_path: Path) -> None:
    found = _association(tmp_path)
    assert not any("barbecue" in c.action for cs in found.values() for c in cs), found
    assert not any("budget in May" in c.action for cs in found.values() for c in cs), found  # "Committee Reports"


def test_a_contractor_the_body_hired_promises_its_return(tmp_path: Path) -> None:
    body = "The chip seal contractor will return at the end of August to fill the potholes.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Chip seal contractor"
    assert c.action.startswith("return at the end of August")


def test_a_promise_pointing_back_carries_what_its_own_sentence_said(tmp_path: Path) -> None:
    body = (
        "The volunteers cleared the pond. Raj Patel said that trainees at the college were often required "
        "to undertake voluntary work and he will provide more details on this.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action.startswith("provide more details on this")
    assert "trainees at the college" in c.action  # not the sentence before


def test_a_motion_that_the_council_agrees_to_pay_is_the_decision_not_a_promise(tmp_path: Path) -> None:
    body = "It was proposed by Cllr Patel and seconded by Cllr Sturmey that the Parish Council agrees to make the above payments.\n"
    assert commitments_in(tmp_path, body) == []


def test_it_was_agreed_by_the_committee_to_have_a_manager_is_the_committees_promise(tmp_path: Path) -> None:
    body = "It was agreed by the committee to have a professional website manager and include a line in the budget.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Housing Committee"
    assert c.action.startswith("have a professional website manager")


def test_a_body_that_decided_to_proceed_has_taken_the_work_on(tmp_path: Path) -> None:
    body = "Council decided to proceed with a free lighting assessment from the energy company.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Anytown Borough Council"  # the paper's own council
    assert c.action.startswith("proceed with a free lighting assessment")


def test_a_decision_told_as_history_is_no_promise(tmp_path: Path) -> None:
    body = "The Chair said last year was the first time that the Commission decided to write the annual report.\n"
    assert commitments_in(tmp_path, body) == []


def test_a_member_who_volunteered_for_the_task_takes_on_the_task_said_before(tmp_path: Path) -> None:
    body = "Raj Patel reported that the weed needs to be moved from the trash screens in the open ditch. Raj Patel volunteered for the task.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action.startswith("volunteer for the task")
    assert "trash screens" in c.action  # what the task is


def test_a_marked_action_after_a_cited_paragraph_number_keeps_its_whole_paragraph(tmp_path: Path) -> None:
    body = (
        "9.2 It became apparent that the action agreed at our meeting at 3.1 had not been implemented "
        "therefore the letter would be updated and sent in time for the AGM. ACTION: NS\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Nikki Sturmey"
    assert "our meeting at 3.1" in c.action and "the letter would be updated" in c.action


def test_what_an_authority_would_expect_is_a_view_not_a_promise(tmp_path: Path) -> None:
    body = "The Local Planning Authority would expect a contribution of affordable housing of up to 50%.\n"
    assert commitments_in(tmp_path, body) == []


def test_we_will_in_the_chairs_report_is_the_bodys_promise(tmp_path: Path) -> None:
    body = (
        "The housing figures were noted.\n\n2. Chairperson's Report\n\n"
        "We are concerned about the new bill. We will do our best to have a meeting with the MP about it.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert (c.actor, c.item) == ("Housing Committee", "2")
    assert c.action.startswith("do our best to have a meeting with the MP")


def test_a_member_called_by_the_end_of_a_call_sign_works_on_the_task(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "East Valley Amateur Radio Club\n\nAnnual General Meeting\nMinutes of the meeting held on Tuesday, "
        "27th April, 2021 at 7.00 pm\n\nPresent: VE7LOC, VA7QZ, VE7KPB\n\n1. Repeater status\n\n"
        "The repeater is working fine now. LOC is working on getting the key from the site owner.\n",
        encoding="utf-8",
    )
    from indexer.pipeline import read_paper

    c = only(read_paper(paper)[0].commitments)
    assert c.actor == "VE7LOC"
    assert c.action.startswith("work on getting the key")


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        (
            "• Christmas Lights sub committee will meet and organise the lights for this year.",
            "Christmas Lights sub committee",
        ),
        ("> The working group will consider the new terms at its next call.", "Working group"),
        ("Income Tax Return- Board agreed to look into the late filing of the return.", "Housing Committee"),
    ],
)
def test_a_bodys_name_leaves_out_the_bullet_or_heading_before_it(tmp_path: Path, line: str, actor: str) -> None:
    assert [c.actor for c in commitments_in(tmp_path, line + "\n")] == [actor]


def test_who_agreed_to_a_request_to_attend_will_attend(tmp_path: Path) -> None:
    body = (
        "The developer is now drawing up plans for the new school and has agreed to Raj Patel's request "
        "to attend a meeting to discuss them with residents.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Developer"
    assert c.action.startswith("attend a meeting to discuss them with residents")
    assert "plans for the new school" in c.action
