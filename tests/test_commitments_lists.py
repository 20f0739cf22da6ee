"""Commitments that name their owner in a way the sentence forms miss: a closing action
list of "owner – action" lines, "TODO" markers, a promise by "she" or "he" after a sentence
about the member, an office named by "who", and an action the parser left cut short."""

from __future__ import annotations

from pathlib import Path

from indexer.pipeline import read_paper
from indexer.records import Commitment
from tests.test_commitments import HEADER, commitments_in, only

ACTION_LIST = """Members discussed the damp survey for the Flat 4 tenants.

2. Garden Fence

The fence by the allotments has fallen down again.

3. Action List

1. Raj - book the damp survey for Flat 4
2. Nikki - get three quotes for the allotment fence
3. Visitors - enjoy the garden
"""


def _by_actor(found: list[Commitment]) -> dict[str, Commitment]:
    return {c.actor: c for c in found}


def test_a_closing_action_list_gives_each_row_to_its_owner(tmp_path: Path) -> None:
    found = _by_actor(commitments_in(tmp_path, ACTION_LIST))
    assert found["Raj Patel"].action == "book the damp survey for Flat 4"
    assert found["Nikki Sturmey"].action.startswith("get three quotes")
    assert "Visitors" not in found  # nobody of the paper


def test_a_closing_action_list_row_goes_to_the_item_it_is_about(tmp_path: Path) -> None:
    found = _by_actor(commitments_in(tmp_path, ACTION_LIST))
    assert found["Nikki Sturmey"].item == "2"  # "allotment fence" is the Garden Fence item's
    assert found["Raj Patel"].item == "1"  # the damp survey was discussed under item 1


def test_todo_markers_with_an_officer_abbreviation_go_to_the_officer(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    header = HEADER.replace("Jane Hylton - Housing Officer", "Jane Hylton - Secretary")
    body = "The bank mandate is out of date. Sec TODO: Renew the bank mandate with the new signatories.\n"
    paper.write_text(header + body, encoding="utf-8")
    c = only(read_paper(paper)[0].commitments)
    assert c.actor == "Jane Hylton"
    assert c.action.startswith("renew the bank mandate")


def test_she_will_after_a_sentence_about_a_member_is_that_members_promise(tmp_path: Path) -> None:
    body = "Currently Nikki has seven stories for the spring newsletter. She will add a thank you to the volunteers.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Nikki Sturmey"
    assert c.action.startswith("add a thank you")


def test_he_will_names_nobody_when_the_sentence_before_is_about_something_else(tmp_path: Path) -> None:
    body = "Raj Patel reported on the accounts. The auditor is a new firm this year. He will send the letter.\n"
    assert commitments_in(tmp_path, body) == []


def test_she_would_under_a_condition_is_no_promise(tmp_path: Path) -> None:
    body = "Nikki Sturmey said the recipe book was ready and if anybody wanted a copy she would send one.\n"
    assert commitments_in(tmp_path, body) == []


def test_a_short_promise_carries_its_sentence(tmp_path: Path) -> None:
    body = (
        "Nikki Sturmey has not yet said what she wants to raise at the May meeting, but she said she will update us.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Nikki Sturmey"
    assert "May meeting" in c.action


def test_the_officer_who_would_circulate_plans_acts(tmp_path: Path) -> None:
    body = "The Chair asked the applicants to email their plans to Jane Hylton who would circulate them to members.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Jane Hylton"
    assert c.action.startswith("circulate them to members")


def test_an_action_runs_on_past_words_the_parser_hung_elsewhere(tmp_path: Path) -> None:
    body = (
        "Jane Hylton was asked to write to the retiring warden thanking him for his years of service "
        "to the estate and its residents.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Jane Hylton"
    assert "years of service" in c.action


def test_a_wish_is_not_a_promise(tmp_path: Path) -> None:
    body = "Nikki Sturmey would like for the council to have a plaque made for the winning team.\n"
    assert commitments_in(tmp_path, body) == []


def test_an_owner_to_verb_in_brackets_is_that_members_action(tmp_path: Path) -> None:
    body = "Presentation night: 2nd June at the bowling club or the church hall (Raj to confirm the final booking).\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action == "confirm the final booking"


def test_a_task_to_be_done_by_a_member_run_on_after_a_list_of_names_keeps_its_object(tmp_path: Path) -> None:
    body = "Invitations to local members: Ann Lee, Bo Tan, Cy Fox Raffle prize to be organised by Nikki Sturmey.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Nikki Sturmey"
    assert "prize" in c.action and c.action.startswith("organise")


def test_the_second_of_two_joined_actions_says_what_it_acts_on(tmp_path: Path) -> None:
    body = "Jane Hylton is compiling contact details for the members and will distribute to the Board.\n"
    found = commitments_in(tmp_path, body)
    assert any(c.actor == "Jane Hylton" and "contact details" in c.action and "distribute" in c.action for c in found)


def test_an_action_on_her_carries_the_sentence_that_says_who_she_is(tmp_path: Path) -> None:
    body = "Resident Leah Hall asked whether the mural had planning consent. Raj offered to follow up with her.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert "Leah Hall" in c.action


def test_a_promise_made_on_a_condition_is_still_a_promise(tmp_path: Path) -> None:
    body = "If funding is approved, Raj Patel will circulate the housing figures to all members.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action.startswith("circulate the housing figures")


def test_bulleted_promises_by_first_name_are_read_even_when_the_parser_misses_the_name(tmp_path: Path) -> None:
    body = "Pool competition:\n\n• Running the week of 4th April\n\n• Raj will make and post posters\n\n• Prizes: two bottles\n\nNikki Sturmey will write to the landlord.\n"
    found = {(c.actor, c.action) for c in commitments_in(tmp_path, body)}
    assert ("Raj Patel", "make and post posters") in found
    assert ("Nikki Sturmey", "write to the landlord") in found


def test_a_speakers_line_marked_todo_after_it_is_that_speakers_action(tmp_path: Path) -> None:
    """ "RP: Chase the landlord … (TODO)" is an action; "IB: concerned …" unmarked is only speech."""
    found = commitments_in(
        tmp_path,
        "Raj Patel (RP) and Ian Brown (IB) spoke.\n\n"
        "IB: concerned about the damp in Flat 4.\n\n"
        "RP: Chase the landlord for the damp survey of Flat 4. (TODO)\n",
    )
    c = only(found)
    assert (c.actor, c.action) == ("Raj Patel", "chase the landlord for the damp survey of Flat 4")


def test_each_member_will_is_a_promise_every_member_makes(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Each member will read the draft housing strategy before the next meeting.\n"))
    assert c.actor == "Each member"
    assert c.action.startswith("read the draft housing strategy")


def test_positions_that_each_member_will_fill_are_no_promise(tmp_path: Path) -> None:
    assert commitments_in(tmp_path, "The members discussed the positions that each member will fill.\n") == []


def test_a_guest_named_in_full_then_by_first_name_is_credited_in_full(tmp_path: Path) -> None:
    """The list does not hold a presenter; the paper names him in full before "Peter will …"."""
    found = commitments_in(
        tmp_path,
        "Peter Sangster presented the proposed water metering system.\n\n"
        "Peter will bring the residents' questions back to the vendor.\n",
    )
    assert only(found).actor == "Peter Sangster"


def test_a_member_with_a_task_in_hand_has_taken_it_on(tmp_path: Path) -> None:
    """ "Nikki is collecting e-mail addresses" is a listed member's task; a group "is seeking
    funding" and a senator "is supporting" a motion are no one's promise to this meeting."""
    found = commitments_in(
        tmp_path,
        "Nikki Sturmey is collecting the residents' e-mail addresses.\n\n"
        "Anytown Special Olympics is seeking funding for its hall hire.\n\n"
        "Kathryn Freed added that Senator Connor is supporting this resolution.\n",
    )
    c = only(found)
    assert (c.actor, c.action) == ("Nikki Sturmey", "collect the residents' e-mail addresses")
