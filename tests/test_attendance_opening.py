"""Who came, read from the opening of the paper when the header block named no one:
"Present:" inside item 1's first paragraph, and "(all members present)" under a title the
heading reader took for an item, with the members in the letterhead.

Papers are built on the fly from the KIND of layout, not copied from any real paper.
"""

from __future__ import annotations

from pathlib import Path

from indexer.structure.attendance_fallbacks import opening_present
from tests.paperkit import L, structured, write_pdf


def names(people: list) -> list[str]:
    return [p.name for p in people]


def test_present_inside_the_welcome_paragraph_of_item_one(tmp_path: Path) -> None:
    record = structured(
        write_pdf(
            tmp_path / "parish.pdf",
            [
                [
                    L("Greenfield Village Council", bold=True, size=14),
                    L("Minutes of the Meeting held on 4 March 2024 at 7pm", gap=4),
                    L("1. Welcome and Apologies", bold=True, gap=16),
                    L("The Chair welcomed everyone. Present: Cllrs Jones, Brown and Lee. Apologies were", gap=6),
                    L("received from Cllr Fox."),
                    L("2. Minutes", bold=True, gap=16),
                    L("The minutes were approved.", gap=6),
                    L("3. Finance", bold=True, gap=16),
                    L("The clerk presented the accounts.", gap=6),
                ]
            ],
        )
    )
    assert names(record.attendance.present) == ["Jones", "Brown", "Lee"]


def test_all_members_present_under_an_item_reads_the_letterhead_roster() -> None:
    lines = [
        "City of Riverton\tCommissioners:",
        "Mayor Dana Wells\tKaren M. Boyle, Chair",
        "Licensing Board\tKeith S. Sax",
        "Liam P. Carr",
        "Executive Secretary:",
        "Voting Agenda",
        "April 29, 2021",
        "(all members present)",
    ]
    assert names(opening_present(lines)) == ["Karen M. Boyle", "Keith S. Sax", "Liam P. Carr"]


def test_a_report_that_mentions_present_colon_mid_sentence_names_no_one() -> None:
    assert opening_present(["The treasurer said: present figures show a surplus of £200."]) == []


def test_one_member_not_present_leaves_the_rest_of_the_roster() -> None:
    head = [
        "City of Riverton\tCommissioners:",
        "Mayor Dana Wells\tKaren M. Boyle, Chair",
        "Licensing Board\tKeith S. Sax",
    ]
    lines = [*head, "Liam P. Carr", "Executive Secretary:", "Voting Agenda", "(Chairwoman Boyle not present)"]
    assert names(opening_present(lines)) == ["Keith S. Sax", "Liam P. Carr"]
    # with "(all commissioners present)" above, a later hearing's absence is that hearing's alone
    hearing = [
        *head,
        "Liam P. Carr",
        "Executive Secretary:",
        "Voting Agenda",
        "(all commissioners present)",
        "Hearing 1",
        "(Commissioner Sax not present)",
    ]
    assert names(opening_present(hearing)) == ["Karen M. Boyle", "Keith S. Sax", "Liam P. Carr"]
