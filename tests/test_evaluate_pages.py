"""Evaluate scores whether each commitment cites the page its sentence is printed on."""

from __future__ import annotations

from indexer.evaluate import score_record
from indexer.records import Commitment, MeetingRecord

GOLD = {
    "commitments": [
        {"actor": "Mike Nunn", "action": "provide a breakdown of police call-outs", "item": "5", "page": 6},
        {"actor": "Ian Brown", "action": "meet the district leads", "item": "3", "page": 3},
        {"actor": "Ann Lee", "action": "write to the trust", "item": "7", "page": None},
    ]
}


def _record(*commitments: Commitment) -> MeetingRecord:
    return MeetingRecord(source="x.pdf", sha256="0", commitments=list(commitments))


def test_a_commitment_cited_at_its_sentence_page_counts_and_one_at_its_item_page_does_not() -> None:
    record = _record(
        Commitment("Mike Nunn", "provide a breakdown of police call-outs", item="5", page=4),
        Commitment("Ian Brown", "meet the district leads", item="3", page=3),
        Commitment("Ann Lee", "write to the trust", item="7", page=9),
    )
    pages = score_record(record, GOLD)["pages"]
    assert (pages.gold, pages.matched) == (2, 1), "gold without a page is not scored"


def test_a_missed_commitment_is_not_held_against_page_accuracy() -> None:
    record = _record(Commitment("Ian Brown", "meet the district leads", item="3", page=3))
    pages = score_record(record, GOLD)["pages"]
    assert (pages.gold, pages.matched) == (1, 1)
