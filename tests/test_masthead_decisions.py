"""Papers that record a decision rather than a meeting's business.

A regulator's order, a council's statutory notice of a traffic order and a resolution sheet
from a village hall's general meeting are decisions: a user filtering by document type
expects them apart from minutes, under the body that made them and the date they were
made. Licensing minutes full of "Date:" lines are still minutes.
"""

from __future__ import annotations

from pathlib import Path

from indexer.read.extract import extract
from indexer.records import DecisionRecord, MeetingRecord
from indexer.structure.reader import read_structure
from tests.paperkit import L, write_pdf


def _read(tmp_path: Path, lines: list[L]) -> MeetingRecord | DecisionRecord:
    return read_structure(extract(write_pdf(tmp_path / "paper.pdf", [lines])))


def test_regulators_order_is_a_decision_by_the_regulator_on_its_dated_day(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("ORDER OF"),
            L("THE WIDGET REGULATION COMMISSIONERS"),
            L("made under section 12 of the Widgets Act 1999"),
            L("dated the"),
            L("3 May 2007"),
            L("for the society known as ANYTOWN WIDGET SOCIETY", gap=8),
            L('1. In this Order "the society" means Anytown Widget Society.', gap=8),
            L("2. The trustees may amend the rules of the society.", gap=8),
        ],
    )
    assert isinstance(record, DecisionRecord)
    assert (record.organisation, record.body, record.meeting_date) == (
        "Widget Regulation Commissioners",
        "Widget Regulation Commissioners",
        "2007-05-03",
    )


def test_traffic_order_notice_is_the_councils_decision_dated_at_its_foot(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("ROAD TRAFFIC REGULATION ACT 1984", bold=True),
            L("ANYTOWN BOROUGH COUNCIL", bold=True),
            L("(MILL LANE) (EXPERIMENTAL) TRAFFIC ORDER 2022", bold=True),
            L("NOTICE IS HEREBY GIVEN that Anytown Borough Council has made an Experimental Order", gap=8),
            L("which shall come into force on the 1st March 2022."),
            L("The effect of the Order shall be to introduce a 20 mph speed limit.", gap=8),
            L("Dated: 14th February 2022", gap=12),
            L("Head of Legal Services"),
        ],
    )
    assert isinstance(record, DecisionRecord)
    assert (record.organisation, record.meeting_date) == ("Anytown Borough Council", "2022-02-14")


def test_resolution_sheet_names_the_meeting_that_passed_it(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("ANYTOWN COMMUNITY HALL"),
            L("CHARITY NO 123456"),
            L("RESOLUTION APPROVED AT SPECIAL GENERAL MEETING"),
            L("12TH MARCH 2008"),
            L("IT WAS RESOLVED BY A VOTE OF ALL THOSE PRESENT THAT THE AMENDED RULES BE ADOPTED.", gap=8),
        ],
    )
    assert isinstance(record, DecisionRecord)
    assert (record.organisation, record.body, record.meeting_date) == (
        "Anytown Community Hall",
        "Special General Meeting",
        "2008-03-12",
    )


def test_licensing_minutes_with_many_date_lines_stay_minutes(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Voting Agenda, May 7, 2020", bold=True),
            L("1. Licensee: Anytown Tavern LLC", gap=8),
            L("Date: 4/4/2020: Incident Report: responding to a call for a fight;", indent=18),
            L("Date: 4/8/2020: Incident Report: responding to a noise complaint;", indent=18),
            L("Decision: Warning", indent=18),
        ],
    )
    assert isinstance(record, MeetingRecord)
    assert record.meeting_date == "2020-05-07"
