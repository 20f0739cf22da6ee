"""More ways clerks record who will do what: plans in member updates, outside bodies that
agree, directions to officers and staff, a commission's request to its council, deadlines;
and the look-alikes that are not commitments."""

from __future__ import annotations

import pytest

from indexer.annotate.due_dates import due
from tests.test_commitments import commitments_in, only


def test_a_cabinet_member_scheduled_to_meet_an_ambassador_has_a_commitment_due_that_month(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "In February, Raj Patel was scheduled to meet with the Deputy Ambassador.\n"))
    assert (c.actor, c.due) == ("Raj Patel", "February")
    assert c.action.startswith("meet with the Deputy Ambassador")


def test_the_council_itself_scheduled_to_host_a_meeting_is_a_commitment(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "In March, the Council was scheduled to host the regional housing forum.\n"))
    assert c.actor == "Anytown Borough Council"
    assert c.action.startswith("host the regional housing forum")


def test_an_outside_body_that_has_agreed_to_host_equipment_is_a_commitment(tmp_path):  # noqa: ANN001
    c = only(commitments_in(tmp_path, "Banners Gate Community Hall has agreed to host a new defibrillator.\n"))
    assert c.actor == "Banners Gate Community Hall"
    assert c.action.startswith("host a new defibrillator")


def test_officers_asked_to_report_back_is_an_action_for_officers(tmp_path):  # noqa: ANN001
    c = only(
        commitments_in(tmp_path, "Officers were asked to report back on the cost of repairs by the next meeting.\n")
    )
    assert (c.actor, c.due) == ("Officers", "the next meeting")
    assert c.action.startswith("report back on the cost of repairs")


def test_a_councilmember_directing_staff_gives_staff_the_action(tmp_path):  # noqa: ANN001
    body = "Councillor Raj Patel challenged staff to locate the funding for the sidewalk program before the final reading.\n"
    c = only(commitments_in(tmp_path, body))
    assert (c.actor, c.due) == ("staff", "the final reading")
    assert c.action.startswith("locate the funding for the sidewalk program")


def test_a_motion_to_request_another_council_is_the_committees_own_commitment(tmp_path):  # noqa: ANN001
    body = (
        "Councillor Raj Patel seconded the motion, with a friendly amendment to request the County Council "
        "to provide a response in 90 days.\n"
    )
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Housing Committee"
    assert c.action == "request the County Council to provide a response in 90 days"


def test_the_following_members_will_be_attending_names_the_first_listed(tmp_path):  # noqa: ANN001
    body = "The following members will be attending the forum being held on 29th February, RP, NS and JH.\n"
    c = only(commitments_in(tmp_path, body))
    assert c.actor == "Raj Patel"
    assert c.action == "attend the forum being held on 29th February"


def test_a_resolution_left_in_the_text_that_cabinet_agree_is_the_decision_not_a_commitment(tmp_path):  # noqa: ANN001
    body = "5. RESOLVED that Committee agree to transfer the housing service to the Adult Directorate from 1 April.\n"
    assert all(c.actor != "Housing Committee" for c in commitments_in(tmp_path, body))


@pytest.mark.parametrize(
    "sentence",
    [
        # A member of the public's plea is nobody's commitment.
        "Marie Tanner, 115 Woodland Way, spoke in opposition to the item and asked Council to slow down the process.",
        # The report's request to the meeting, not an action.
        "The Committee was asked to note the report on void properties.",
        # A speaker's report of what a third party plans.
        "Ms Smith stated Ms Rogers plans to sell all three properties.",
        # A question: not yet a promise.
        "Would Raj Patel circulate the housing figures to all members?",
        # Something already done, and a willingness.
        "Banners Gate Community Hall had hosted the defibrillator training last year.",
        "Raj Patel would be willing to circulate the figures.",
    ],
)
def test_look_alikes_of_these_forms_are_not_commitments(tmp_path, sentence):  # noqa: ANN001
    assert commitments_in(tmp_path, sentence + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("circulate the report by Friday", "Friday"),
        ("write to the landowner by 31 March", "31 March"),
        ("finish the survey before Christmas", "Christmas"),
        ("report back within two weeks", "within two weeks"),
        ("locate the funds between now and the final reading", "the final reading"),
        ("present it at the next meeting", "the next meeting"),
        ("we may march on the town hall", None),
    ],
)
def test_a_clerk_reads_the_deadline_as_written(text, expected):  # noqa: ANN001
    assert due(text) == expected
