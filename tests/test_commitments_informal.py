"""Informal commitments in club, association and parish minutes: members named by first
name ("Raj to circulate …", "Doug will confirm …"), "X is to …", "X needs to …", action
tables printed without rules; and the look-alikes that commit nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import Commitment
from tests.paperkit import L, annotated, write_pdf
from tests.test_commitments import commitments_in, only


def test_a_first_name_to_verb_line_is_credited_to_the_attendee_of_that_name(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Raj to circulate the housing figures to all members.\n"))
    assert c.actor == "Raj Patel"
    assert c.action.startswith("circulate the housing figures")


def test_a_first_name_that_will_act_is_credited_to_the_attendee_of_that_name(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Nikki will contact the landlord about the damp in Flat 4.\n"))
    assert c.actor == "Nikki Sturmey"
    assert c.action.startswith("contact the landlord")


def test_a_member_named_only_by_first_name_keeps_that_name(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Jye to talk for two minutes at the next guild meeting.\n"))
    assert c.actor == "Jye"
    assert c.action.startswith("talk for two minutes at the next guild meeting")


def test_someone_who_is_to_approach_others_has_a_commitment(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Raj is to approach the residents' associations for their letters.\n"))
    assert c.actor == "Raj Patel"
    assert c.action.startswith("approach the residents' associations")


def test_a_member_who_needs_to_post_has_a_commitment(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Nikki needs to post the notice on the website.\n"))
    assert c.actor == "Nikki Sturmey"
    assert c.action.startswith("post the notice on the website")


def test_an_action_that_points_back_carries_the_sentence_it_points_to(tmp_path: Path) -> None:
    body = "The dam spillway needs its annual clearing of silt. Raj Patel will arrange this with the contractor.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert "spillway" in c.action


@pytest.mark.parametrize(
    "sentence",
    [
        # A common noun where a name would stand.
        "Logo to look less techy and more charitable.",
        "Ordinance to appropriate $450,000 in the Solid Waste Fund.",
        # A condition about what a body might do.
        "The Chair asked what a fair timeframe would be if the Commission were to incorporate it into a motion.",
        # We need to …: nobody named.
        "We need to find out the cost of the sign.",
    ],
)
def test_look_alikes_of_informal_actions_commit_nobody(tmp_path: Path, sentence: str) -> None:
    assert commitments_in(tmp_path, sentence + "\n") == []


def test_the_statutes_words_under_the_signatures_are_no_commitment(tmp_path: Path) -> None:
    body = (
        "The meeting closed at 9pm.\n\nMayor:\n\nClerk:\n\nClerk to record, without note or comment, all resolutions.\n"
    )
    assert commitments_in(tmp_path, body) == []


def _curling_minutes(tmp_path: Path) -> list[Commitment]:
    """A club's minutes where each item ends with an unruled ACTION ITEMS table."""
    pages = [
        [
            L("Riverside Curling Club Board Meeting Minutes", bold=True, size=14),
            L("Present: Daphne Roberts, Steve Buffington, Kim Odell", gap=6),
            L("1. Outreach", bold=True, gap=12),
            L("We need to make the payments to the rink for the Olympic events.", gap=4),
            L("Daphne to send the invoice to Calgon Carbon.", gap=4),
            L("ACTION ITEMS", bold=True, gap=12, column="PERSON RESPONSIBLE"),
            L("Write check for the rink", column="Daphne Roberts"),
            L("Send invoice to Calgon Carbon", column="Daphne Roberts"),
            L("Email membership for volunteers", column="Steve Buffington"),
            L("2. Policies", bold=True, gap=12),
            L("The bylaws need a short term change.", gap=4),
        ]
    ]
    return annotated(write_pdf(tmp_path / "curling.pdf", pages)).commitments


def test_an_unruled_action_items_table_gives_each_row_to_its_owner(tmp_path: Path) -> None:
    found = {(c.actor, c.action) for c in _curling_minutes(tmp_path)}
    assert ("Daphne Roberts", "write check for the rink") in found
    assert ("Steve Buffington", "email membership for volunteers") in found


def test_an_action_said_in_the_text_and_again_in_the_table_counts_once(tmp_path: Path) -> None:
    invoices = [c for c in _curling_minutes(tmp_path) if "invoice" in c.action.lower()]
    assert [c.actor for c in invoices] == ["Daphne Roberts"]


def test_an_office_that_will_act_is_a_commitment(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "The Clerk will inform the contractor of the cause of the delay.\n"))
    assert c.actor == "Clerk"
    assert c.action.startswith("inform the contractor of the cause of the delay")


@pytest.mark.parametrize(
    "sentence",
    [
        # A constitution's rule, not a promise.
        "Committee members shall hold office until they are replaced at an election.",
        # A plan reported, not made.
        "Part of the review is that the Commissioning Team will engage with the care homes.",
        "It is hoped that this trust would provide enough funding for the work.",
    ],
)
def test_rules_and_reported_plans_of_bodies_commit_nobody(tmp_path: Path, sentence: str) -> None:
    assert commitments_in(tmp_path, sentence + "\n") == []


def _action_column_minutes(tmp_path: Path) -> list[Commitment]:
    """A community council's minutes with an Action column of initials at the right."""
    pages = [
        [
            L("Hilltown Community Council Minutes", bold=True, size=14),
            L("Present: Neil Simpson, Rob Boyd, Graham Dolan", gap=6),
            L("ITEMS", bold=True, gap=12, column="Action"),
            L("5 Matters Arising", bold=True, gap=10),
            L("• Defibrillator Neil Simpson is sourcing", indent=18, column="NS"),
            L("funding for the new defibrillator.", indent=30),
            L("• Oak Tree The plaque for the oak tree", indent=18, gap=4, column="RB"),
            L("is still to be installed.", indent=30),
            L("• Spotlights GD to investigate the cost", indent=18, gap=4, column="GD"),
            L("of new spotlights.", indent=30),
            L("6 Treasurer's Report", bold=True, gap=10),
            L("The balance stands at 673 pounds.", gap=2),
        ]
    ]
    return annotated(write_pdf(tmp_path / "hilltown.pdf", pages)).commitments


def test_initials_in_an_action_column_own_the_paragraph_beside_them(tmp_path: Path) -> None:
    found = _action_column_minutes(tmp_path)
    by_actor = {c.actor: c for c in found}
    assert "plaque" in by_actor["Rob Boyd"].action
    assert "sourcing" in by_actor["Neil Simpson"].action
    assert {c.item for c in found} == {"5"}


def test_an_action_column_owner_said_again_in_the_paragraph_counts_once(tmp_path: Path) -> None:
    spotlights = [c for c in _action_column_minutes(tmp_path) if "spotlights" in c.action]
    assert [c.actor for c in spotlights] == ["Graham Dolan"]
    assert spotlights[0].action.startswith("investigate the cost")


def test_members_who_volunteer_together_make_one_commitment_of_the_first_named(tmp_path: Path) -> None:
    body = "Raj Patel, Mary Brown and Nikki Sturmey volunteered to stuff/stamp/mail envelopes.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action == "stuff/stamp/mail envelopes (with Mary Brown and Nikki Sturmey)"


def test_an_action_marker_before_a_first_name_makes_it_the_owner(tmp_path: Path) -> None:
    c = only(commitments_in(tmp_path, "Action Mags to check the hall booking with the vicar.\n"))
    assert c.actor == "Mags"
    assert c.action == "check the hall booking with the vicar"


def test_a_carried_forward_action_with_its_owner_last_is_credited_by_short_name(tmp_path: Path) -> None:
    body = "Replacement of the notice board is still awaited, c/f action Mick.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Michael Nunn"  # the one attendee Mick can be short for
    assert c.action.startswith("replacement of the notice board")


def test_action_lines_run_together_with_bullets_are_read_one_by_one(tmp_path: Path) -> None:
    body = "Cleaning: Raj to wash the mop heads • Nikki to email the volunteers • New scoreboard ordered.\n"
    found = {(c.actor, c.action) for c in commitments_in(tmp_path, body)}
    assert found == {("Raj Patel", "wash the mop heads"), ("Nikki Sturmey", "email the volunteers")}
