"""Item numbers and titles as bodies we have not seen print them.

A clerk from another council reads "Min. 45/23 Finance Report", a table whose first column
holds "FGB 38/2021" beside the discussion and an owner column, a number in a column of its
own with the title a tab stop to the right, or a number alone on its line over a plain
title — and takes the number and the title, never the discussion or the owner's cell.
"""

from __future__ import annotations

from pathlib import Path

from indexer.records import MeetingRecord
from tests.paperkit import L, T, structured, write_pdf

TITLES = ["Apologies for Absence", "Minutes of the Previous Meeting", "Finance Report", "Highways and Footpaths"]
DISCUSSION = [
    "The clerk reported on the matter and members discussed it at some length.",
    "It was agreed that the clerk would write to the county council about it.",
]


def masthead() -> list[L | T]:
    return [
        L("Northvale Parish Council", bold=True, size=14),
        L("Minutes of the meeting held on Monday 4 September 2023 at 7.00 pm", gap=4),
        L("Present: Cllrs Jean Price (Chair), Malik Hussain and Ruth King", gap=10),
    ]


def read(tmp_path: Path, lines: list[L | T]) -> MeetingRecord:
    tmp_path.mkdir(exist_ok=True)
    return structured(write_pdf(tmp_path / "minutes.pdf", [masthead() + lines]))


def test_minutes_numbered_min_and_year_are_each_read_with_their_number(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=101):
        lines += [L(f"Min. {n}/23 {title}", gap=10), *map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(f"Min. {n}/23", t) for n, t in enumerate(TITLES, start=101)]


def test_minutes_as_a_table_take_the_title_cell_not_the_owner_or_header(tmp_path: Path) -> None:
    rows = [["Ref", "Discussion", "Action"]]
    rows += [[f"FGB {n}/2021", f"{t}\nThe board discussed the matter.", "Clerk"] for n, t in enumerate(TITLES, 38)]
    record = read(tmp_path, [T(rows, widths=[80, 300, 70])])
    assert [(i.number, i.title) for i in record.items] == [(f"FGB {n}/2021", t) for n, t in enumerate(TITLES, 38)]
    # The owner's cell stays with the item, where a reader of actions looks for it.
    assert "Clerk" in record.items[0].text


def test_numbers_in_their_own_column_keep_the_discussion_out_of_the_title(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(str(n), gap=12, column=title), *map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(str(n), t) for n, t in enumerate(TITLES, 1)]
    assert record.items[1].text.startswith("The clerk reported")


def test_number_alone_on_its_line_over_a_plain_title_opens_an_item(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}.", gap=10), L(title), *map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_heading_run_into_its_business_after_a_dash_keeps_only_the_title(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}. {title} – The clerk reported on the matter and members discussed it.", gap=10)]
        lines += [L(DISCUSSION[1])]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(str(n), t) for n, t in enumerate(TITLES, 1)]
    assert "clerk reported" in record.items[0].text
    # A dash inside a heading that does not run on into a sentence is part of the title.
    titles = ["Planning – Land at Mill Lane", "Highways – Speeding on Church Road", "Finance – Annual Audit Report"]
    lines: list[L | T] = []
    for n, title in enumerate(titles, start=1):
        lines += [L(f"{n}. {title}", bold=True, gap=10), *map(L, DISCUSSION)]
    record = read(tmp_path / "titled", lines)
    assert [i.title for i in record.items] == titles


def test_numbered_sentences_inside_an_item_do_not_replace_the_capital_headings(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}. {title.upper()}", gap=10)]
        lines += [
            L("1. The council noted the report from the clerk on this matter.", gap=4),
            L("2. The council agreed to take no further action at this time."),
            L("3. The clerk will report back at the next meeting of the council."),
        ]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(str(n), t.upper()) for n, t in enumerate(TITLES, 1)]


def test_item_word_and_dash_before_the_title_are_not_part_of_it(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"Item {n} - {title}", bold=True, gap=10), *map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [i.title for i in record.items] == TITLES


def test_plain_decimal_sub_headings_under_plain_items_are_items(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}. {title}", gap=10), L(DISCUSSION[0])]
        if n == 3:
            lines += [L("3.1 Bank Reconciliation", gap=6), L(DISCUSSION[1])]
            lines += [L("3.2 Payments for Approval", gap=6), L(DISCUSSION[1])]
            lines += [L("3.3 The clerk reported that the audit had been completed on time.", gap=6)]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [
        ("1", TITLES[0]),
        ("2", TITLES[1]),
        ("3", TITLES[2]),
        ("3.1", "Bank Reconciliation"),
        ("3.2", "Payments for Approval"),
        ("4", TITLES[3]),
    ]


def test_items_numbered_one_point_nought_in_plain_type_are_read(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}.0 {title}", gap=10), *map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items] == [(f"{n}.0", t) for n, t in enumerate(TITLES, 1)]


def test_bold_title_broken_early_onto_a_second_line_is_read_whole(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=1):
        lines += [L(f"{n}. {title} and Matters Raised by", bold=True, gap=10), L("the Residents", bold=True)]
        lines += [*map(L, DISCUSSION)]
    record = read(tmp_path, lines)
    assert [i.title for i in record.items] == [f"{t} and Matters Raised by the Residents" for t in TITLES]


def test_minutes_numbered_year_first_are_read_in_their_run(tmp_path: Path) -> None:
    lines: list[L | T] = []
    for n, title in enumerate(TITLES, start=41):
        lines += [L(f"2023/{n} {title}", bold=True, gap=10), *map(L, DISCUSSION)]
    lines += [L("2024/25 Budget Setting", bold=True, gap=6), L(DISCUSSION[1])]  # a year span, not a minute
    record = read(tmp_path, lines)
    assert [(i.number, i.title) for i in record.items][:4] == [(f"2023/{n}", t) for n, t in enumerate(TITLES, 41)]
    assert all(i.number != "2024/25" for i in record.items)


def test_typed_minutes_with_capital_headings_run_into_their_text(tmp_path: Path) -> None:
    titles = ["CHAIRMANS REMARKS", "FINANCE REPORT", "HIGHWAYS AND FOOTPATHS", "DATE OF NEXT MEETING"]
    lines = [
        L("NORTHVALE PARISH COUNCIL"),
        L("Minutes of the meeting held on Monday 4 September 2023 at 7.00 pm", gap=4),
        L("Present: Cllrs Jean Price (Chair), Malik Hussain and Ruth King", gap=10),
    ]
    for title in titles:
        lines += [L(f"{title}. The clerk reported on the matter and members discussed it.", gap=10)]
        lines += [L(DISCUSSION[1])]
    record = structured(write_pdf(tmp_path / "typed.pdf", [lines]))
    assert [(i.number, i.title) for i in record.items] == [(None, t) for t in titles]
    assert record.items[1].text.startswith("The clerk reported")
