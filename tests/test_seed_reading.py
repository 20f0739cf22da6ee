"""The seed meeting's PDF read as a careful clerk reads it (../shared/gold)."""

from __future__ import annotations

import pytest

from indexer.evaluate import norm_name, score_record
from indexer.pipeline import read_paper
from tests.conftest import DECISION_PDF, MINUTES_PDF


@pytest.fixture(scope="module")
def minutes():  # noqa: ANN201
    return read_paper(MINUTES_PDF)[0]


@pytest.fixture(scope="module")
def decision():  # noqa: ANN201
    return read_paper(DECISION_PDF)[0]


def test_the_heading_block_gives_who_met_when_and_where(minutes, seed_gold):  # noqa: ANN001
    for field in ("organisation", "body", "meeting_date", "meeting_time", "venue"):
        assert getattr(minutes, field) == seed_gold[field], field


def test_all_eleven_items_come_out_with_numbers_and_titles(minutes, seed_gold):  # noqa: ANN001
    assert [(i.number, i.title) for i in minutes.items] == [(i["number"], i["title"]) for i in seed_gold["items"]]


def test_twenty_five_present_with_their_groups_and_organisations(minutes, seed_gold):  # noqa: ANN001
    got = [(p.name, p.group, p.organisation) for p in minutes.attendance.present]
    want = [(p["name"], p["group"], p["organisation"]) for p in seed_gold["attendance"]["present"]]
    assert got == want


def test_councillors_titles_are_kept_apart_from_their_names(minutes):  # noqa: ANN001
    brown = next(p for p in minutes.attendance.present if p.name == "Ian Brown")
    assert brown.title == "County Councillor"


def test_five_apologies_with_dr_bamfords_title_apart(minutes, seed_gold):  # noqa: ANN001
    assert [p.name for p in minutes.attendance.apologies] == [p["name"] for p in seed_gold["attendance"]["apologies"]]
    bamford = next(p for p in minutes.attendance.apologies if p.name == "Nicola Bamford")
    assert bamford.title == "Dr"


def test_every_resolution_keeps_its_number_and_text(minutes, seed_gold):  # noqa: ANN001
    for item, gold in zip(minutes.items, seed_gold["items"], strict=True):
        want = [(r["number"], r["text"]) for r in gold.get("resolutions", [])]
        assert [(r.number, r.text) for r in item.resolutions] == want, item.number


def test_the_seed_commitments_reach_precision_and_recall_of_0_9(minutes, seed_gold):  # noqa: ANN001
    score = score_record(minutes, seed_gold)["commitments"]
    assert score.precision >= 0.9 and score.recall >= 0.9


def test_mike_nunn_is_one_person_canonically_michael_nunn(minutes):  # noqa: ANN001
    nunn = [p for p in minutes.people if "Nunn" in p.name]
    assert len(nunn) == 1
    assert nunn[0].name == "Michael Nunn" and "Mike Nunn" in nunn[0].aliases


def test_every_attendee_and_named_officer_is_a_canonical_person(minutes, seed_gold):  # noqa: ANN001
    aliases = seed_gold["aliases"]
    names = {norm_name(p.name, aliases) for p in minutes.people}
    wanted = [p["name"] for p in seed_gold["attendance"]["present"] + seed_gold["people_mentioned_not_present"]]
    assert {norm_name(n, aliases) for n in wanted} <= names


def test_no_false_people_in_the_paper(minutes):  # noqa: ANN001
    names = {p.name for p in minutes.people}
    assert not names & {"LINX", "Children Looked", "Districts", "Board", "LCC"}


def test_stephen_and_kirsty_clarke_stay_apart(minutes):  # noqa: ANN001
    names = {p.name for p in minutes.people}
    assert {"Stephen Clarke", "Kirsty Clarke"} <= names


def test_county_councillor_brown_is_ian_brown(minutes):  # noqa: ANN001
    brown = next(c for c in minutes.commitments if c.item == "3" and c.action.startswith("meet"))
    assert brown.actor == "Ian Brown"


def test_the_decision_notice_reads_its_fields(decision):  # noqa: ANN001
    assert decision.doc_type == "decision"
    assert decision.title == "In Care out of Trouble"
    assert decision.decision_status == "Recommendations Approved"
    assert decision.key_decision is False
    assert decision.decision_date == "2020-11-24"
    assert decision.body == "Corporate Parenting Board"
    assert decision.organisation == "Lancashire County Council"
    assert [r.number for r in decision.resolutions] == ["i", "ii"]
    assert {c.actor for c in decision.commitments} == {"Michael Nunn", "Corporate Parenting Board"}
