"""Scottish and Welsh council committee minutes, read as a committee officer reads them.

Scottish councils open with a "Sederunt" (the roll of those present) in "Councillor"
prefixes, list officers "In Attendance:" with job titles after commas, number business
"Item 4" and record the outcome under a "Decision" heading; Welsh councils print
"Present:" and "Officers:" the same way. Every paper is a real PDF built on the fly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.records import MeetingRecord
from tests.paperkit import L, item, structured, write_pdf


def read(path: Path) -> MeetingRecord:
    return structured(path)


SCOTTISH = [
    L("Anyshire Council", bold=True, size=14),
    L("Minute of Meeting of the Education Committee", bold=True, size=12, gap=4),
    L("held in the Council Chambers, Anytown on Wednesday 6 March 2024 at 10.00 am", gap=4),
    L("Sederunt:", bold=True, gap=12),
    L("Councillor Fiona MacLeod (Convener), Councillor Iain Stewart (Vice-Convener),"),
    L("Councillor Morag Campbell, Councillor Hamish Ross and Councillor Euan Fraser."),
    L("In Attendance:", bold=True, gap=12),
    L("J Robertson, Executive Director of Education; K Munro, Head of Inclusion;"),
    L("and A Kerr, Committee Officer."),
    L("Apologies:", bold=True, gap=12),
    L("Councillor Catriona Grant."),
    L("Item 1   Declarations of Interest", bold=True, gap=16),
    L("There were no declarations of interest.", gap=6),
    L("Item 2   School Estate Strategy", bold=True, gap=16),
    L("There was submitted a report by the Executive Director of Education on the school estate.", gap=6),
    L("Decision", bold=True, gap=12),
    L("The Committee agreed to approve the School Estate Strategy 2024-2029.", gap=6),
    L("Item 3   Additional Support Needs Review", bold=True, gap=16),
    L("There was submitted a report on the review of additional support for learning.", gap=6),
    L("Decision", bold=True, gap=12),
    L("The Committee:", gap=6),
    L("(a)   noted the findings of the review; and"),
    L("(b)   instructed the Head of Inclusion to report back in September 2024."),
]


@pytest.fixture(scope="module")
def scottish(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return read(write_pdf(tmp_path_factory.mktemp("scottish") / "minute.pdf", [SCOTTISH]))


def test_committee_officer_finds_each_numbered_item(scottish: MeetingRecord) -> None:
    assert [(i.number, i.title) for i in scottish.items] == [
        ("1", "Declarations of Interest"),
        ("2", "School Estate Strategy"),
        ("3", "Additional Support Needs Review"),
    ]


def test_sederunt_lists_every_councillor_present_with_convener_roles(scottish: MeetingRecord) -> None:
    members = [(p.name, p.title, p.role) for p in scottish.attendance.present if p.group != "In attendance"]
    assert members == [
        ("Fiona MacLeod", "Councillor", "Convener"),
        ("Iain Stewart", "Councillor", "Vice-Convener"),
        ("Morag Campbell", "Councillor", None),
        ("Hamish Ross", "Councillor", None),
        ("Euan Fraser", "Councillor", None),
    ]


def test_officers_in_attendance_keep_job_titles_after_the_comma(scottish: MeetingRecord) -> None:
    officers = [(p.name, p.role) for p in scottish.attendance.present if p.group == "In attendance"]
    assert officers == [
        ("J Robertson", "Executive Director of Education"),
        ("K Munro", "Head of Inclusion"),
        ("A Kerr", "Committee Officer"),
    ]


def test_apologies_label_on_its_own_line_names_the_councillor_below(scottish: MeetingRecord) -> None:
    assert [(p.name, p.title) for p in scottish.attendance.apologies] == [("Catriona Grant", "Councillor")]


def test_decision_heading_gives_the_committees_decision(scottish: MeetingRecord) -> None:
    assert [r.text for r in item(scottish, "2").resolutions] == [
        "The Committee agreed to approve the School Estate Strategy 2024-2029."
    ]


def test_decision_heading_with_lettered_parts_keeps_each_part(scottish: MeetingRecord) -> None:
    assert [(r.number, r.text) for r in item(scottish, "3").resolutions] == [
        ("a", "Noted the findings of the review; and"),
        ("b", "Instructed the Head of Inclusion to report back in September 2024."),
    ]


def test_decision_heading_is_not_an_item(scottish: MeetingRecord) -> None:
    assert "Decision" not in [i.title for i in scottish.items]


WELSH = [
    L("Cyngor Sir Anyshire County Council", bold=True, size=14),
    L("Planning Committee", bold=True, size=12, gap=4),
    L("Minutes of the meeting held at County Hall on 18 January 2024 at 2.00 pm", gap=4),
    L("Present: Councillor G Hughes (Chair)", gap=12),
    L("Councillors: R Davies, E Williams, M Thomas and S Pritchard"),
    L("Officers: D Jenkins, Development Manager; N Parry, Solicitor", gap=6),
    L("1.   Apologies for Absence", bold=True, gap=16),
    L("Apologies were received from Councillor P Morgan.", gap=6),
    L("2.   Application 23/0456 – Land at Heol Las", bold=True, gap=16),
    L("The Development Manager presented the application.", gap=6),
    L("RESOLVED that planning permission be granted subject to conditions.", gap=6),
]


@pytest.fixture(scope="module")
def welsh(tmp_path_factory: pytest.TempPathFactory) -> MeetingRecord:
    return read(write_pdf(tmp_path_factory.mktemp("welsh") / "minutes.pdf", [WELSH]))


def test_chair_on_the_present_line_and_councillors_below_are_all_present(welsh: MeetingRecord) -> None:
    members = [(p.name, p.title) for p in welsh.attendance.present if p.group != "Officers"]
    assert members == [
        ("G Hughes", "Councillor"),
        ("R Davies", "Councillor"),
        ("E Williams", "Councillor"),
        ("M Thomas", "Councillor"),
        ("S Pritchard", "Councillor"),
    ]


def test_officers_label_gives_officers_with_their_roles(welsh: MeetingRecord) -> None:
    officers = [(p.name, p.role, p.group) for p in welsh.attendance.present if p.group == "Officers"]
    assert officers == [("D Jenkins", "Development Manager", "Officers"), ("N Parry", "Solicitor", "Officers")]


def test_welsh_apologies_come_from_item_one(welsh: MeetingRecord) -> None:
    assert [(p.name, p.title) for p in welsh.attendance.apologies] == [("P Morgan", "Councillor")]
