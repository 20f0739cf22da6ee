"""A decision's own paper has business a user cites: an order's numbered paragraphs, or the
one decision a notice or resolution sheet records.

A regulator's order numbers its paragraphs ("1. In this Order: …", "2. The trustees may …")
and a reader asks for "paragraph 4"; a statutory notice or a resolution sheet is one decision
named by its heading. A ModernGov "Decision details" form has no items of its own: its item
is in the meeting's minutes.
"""

from __future__ import annotations

from pathlib import Path

from indexer.index.schema import index_documents
from indexer.read.extract import extract
from indexer.records import DecisionRecord, from_dict, to_dict
from indexer.structure.reader import read_structure
from tests.paperkit import L, write_pdf


def _read(tmp_path: Path, lines: list[L]) -> DecisionRecord:
    record = read_structure(extract(write_pdf(tmp_path / "paper.pdf", [lines])))
    assert isinstance(record, DecisionRecord)
    return record


def _order() -> list[L]:
    return [
        L("ORDER OF"),
        L("THE WIDGET REGULATION COMMISSIONERS"),
        L("made under section 12 of the Widgets Act 1999", gap=8),
        L("dated the 3 May 2007", gap=8),
        L("ORDER", gap=8),
        L("1. In this Order:", gap=10),
        L('"the society" means Anytown Widget Society.', indent=40, gap=6),
        L("2. The trustees may amend the rules of the society if it is expedient to do so.", gap=10),
        L("3. The trustees must not make any amendment which would have the effect of:", gap=10),
        L("(1) altering the purposes of the society;", indent=40, gap=6),
        L("(2) causing the society to cease to be a charity.", indent=40, gap=6),
        L("4. The trustees must send the Commissioners a copy of each amendment.", gap=10),
    ]


def test_an_orders_numbered_paragraphs_are_its_items_titled_by_their_opening_words(tmp_path: Path) -> None:
    record = _read(tmp_path, _order())
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "In this Order"),
        ("2", "The trustees may amend the rules of the society if it is expedient to do so"),
        ("3", "The trustees must not make any amendment which would have the effect of"),
        ("4", "The trustees must send the Commissioners a copy of each amendment"),
    ]
    # The clauses stay inside their paragraph.
    assert "(2) causing the society" in record.items[2].text


def test_each_paragraph_of_an_order_is_found_under_its_own_number(tmp_path: Path) -> None:
    record = _read(tmp_path, _order())
    docs = list(index_documents(record, "order", {}))
    assert {d["item"] for d in docs if d["type"] == "decision"} == {"1", "2", "3", "4"}
    again = from_dict(to_dict(record))
    assert [i.number for i in again.items] == ["1", "2", "3", "4"]


def test_a_notice_is_one_decision_titled_with_the_orders_name_set_over_several_lines(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("ROAD TRAFFIC REGULATION ACT 1984", bold=True),
            L("NOTICE OF MAKING AN EXPERIMENTAL ORDER", bold=True),
            L("ANYTOWN BOROUGH COUNCIL", bold=True, gap=8),
            L("(MILL LANE, ANYTOWN)", bold=True),
            L("(EXPERIMENTAL) TRAFFIC ORDER 2022", bold=True),
            L("NOTICE IS HEREBY GIVEN that Anytown Borough Council has made an Experimental Order", gap=10),
            L("which shall come into force on the 1st March 2022."),
            L("Dated: 14th February 2022", gap=12),
        ],
    )
    assert [(i.number, i.title) for i in record.items] == [
        (None, "ANYTOWN BOROUGH COUNCIL (MILL LANE, ANYTOWN) (EXPERIMENTAL) TRAFFIC ORDER 2022")
    ]
    assert "come into force" in record.items[0].text


def test_a_resolution_sheet_is_one_decision_named_by_its_heading(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("ANYTOWN COMMUNITY CENTRE"),
            L("RESOLUTION APPROVED AT SPECIAL GENERAL MEETING"),
            L("12TH MARCH 2009"),
            L("IT WAS RESOLVED BY A VOTE OF ALL THOSE PRESENT THAT:", gap=12),
            L("THE REVISED RULES SHALL BE ADOPTED BY THE CENTRE.", gap=8),
        ],
    )
    assert [(i.number, i.title) for i in record.items] == [(None, "RESOLUTION APPROVED AT SPECIAL GENERAL MEETING")]


def test_a_decision_details_form_has_no_items_of_its_own(tmp_path: Path) -> None:
    record = _read(
        tmp_path,
        [
            L("Anytown County Council", bold=True),
            L("Decision details", bold=True, size=16),
            L("Library Opening Hours", bold=True, gap=8),
            L("Decision status: Recommendations Approved", gap=8),
            L("Is Key decision?: No"),
            L("The Board agreed the new opening hours.", gap=8),
        ],
    )
    assert record.items == []
