"""The bracket of context a short action carries tells what it is about, and nothing else:
no bullets of a list run into one line, no lead-in ending in a colon, and not another
member's promise (that one is listed in its own right)."""

from __future__ import annotations

from pathlib import Path

from indexer.annotate.context_noise import tidy_context
from tests.test_commitments_offices import _by_actor

HALL = """Riverside Hall Committee

Minutes of the meeting held on Tuesday, 4th March, 2019 at 7.30 pm in the Hall

Present: Ruth Ashby, Colin Marsh, Denise Okafor

1. Building

The porch roof is leaking again over the main door. Colin Marsh agreed to obtain two quotes for the porch roof repair. Ruth Ashby will inform the insurers.

2. Hire charges

The charges have not been reviewed since 2015. Denise Okafor agreed to look into it.
"""


def test_a_short_action_after_another_members_promise_does_not_carry_it(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, HALL)
    (ruth,) = found["Ruth Ashby"]
    assert "quotes" not in ruth.action  # Colin's promise is his own commitment
    (colin,) = found["Colin Marsh"]
    assert colin.action.startswith("obtain two quotes")


def test_a_short_action_keeps_the_sentence_that_says_what_it_is_about(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, HALL)
    (denise,) = found["Denise Okafor"]
    assert "charges have not been reviewed" in denise.action


def test_a_list_run_into_one_line_leaves_only_the_point_the_action_follows() -> None:
    run = "Various members: • It was suggested to buy a tennis court cover"
    assert tidy_context(run) == "It was suggested to buy a tennis court cover"
    assert (
        tidy_context("Rock two needs a washer to tighten the handle •")
        == "Rock two needs a washer to tighten the handle"
    )
    assert tidy_context("New Business o Approved the budget for the year") == "Approved the budget for the year"


def test_a_lead_in_or_a_list_mark_alone_is_no_context() -> None:
    assert tidy_context("Sarah Curde reported: •") is None
    assert tidy_context("c. Extend an invitation to the speaker") == "Extend an invitation to the speaker"
    assert tidy_context("2009 income tax return") == "2009 income tax return"


def test_an_action_the_parser_ran_into_the_next_clause_ends_before_the_joining_words() -> None:
    from indexer.annotate.directions import tidy_action

    assert tidy_action("speak initially with his contact following which") == "speak initially with his contact"
    assert tidy_action("write to the police and council") == "write to the police and council"


def test_a_member_who_takes_the_next_part_of_a_task_is_not_in_the_first_members_action() -> None:
    from indexer.annotate.directions import tidy_action

    shared = "talk to past Treasurer Jane Doe and Tim will talk to the bank. 4)"
    assert tidy_action(shared) == "talk to past Treasurer Jane Doe"
    assert tidy_action("ask Bob and Mary to arrange the hall") == "ask Bob and Mary to arrange the hall"


BULLETED = """Lakeside Curling Club

Board Meeting Minutes, 10th May 2010

Present: Ann Berry, Carl Dunn, Eve Fisher

1. Ice operations

Carl Dunn will put the items in next year's equipment budget o for payment of the installer.
"""


def test_a_second_level_bullet_run_into_a_line_ends_the_action(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, BULLETED)
    (carl,) = found["Carl Dunn"]
    assert " o " not in carl.action
    assert carl.action.startswith("put the items in next year's equipment budget")


def test_a_heading_in_capitals_run_into_the_context_is_left_out() -> None:
    run = "ROLL CALL VOTE Ayes - Yes Bell - Yes CHANGE MEETING DATE Councilman Bell will be out of town that day"
    assert tidy_context(run) == "Councilman Bell will be out of town that day"
    assert tidy_context("New Business 1 Donations-") is None  # a run-in heading, nothing after it
    assert (
        tidy_context("It was agreed by the RSPB, SBC, BHA to proceed")
        == "It was agreed by the RSPB, SBC, BHA to proceed"
    )


PASSIVE_BULLET = """Lakeside Curling Club

Board Meeting Minutes, 10th June 2010

Present: Ann Berry, Carl Dunn, Eve Fisher

1. Website

The site moves in July o Administrator rights will be retained by Eve Fisher.
"""


def test_a_bullet_opening_a_passive_line_is_not_part_of_the_action(tmp_path: Path) -> None:
    found = _by_actor(tmp_path, PASSIVE_BULLET)
    (eve,) = found["Eve Fisher"]
    assert eve.action.startswith("retain")
    assert " o " not in eve.action
