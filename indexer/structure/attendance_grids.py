"""Attendance printed as a ruled grid: the cells the PDF's rules draw, not the gaps between words.

A word processor's "Attendees" table ("Name | Organisation", "Member | Role | Present")
often fills its first column to the rule, so the gap before the next cell is too narrow to
read as a column and "Alice Moore Chair" reads as one name. The page's ruled tables keep
every cell, so a line of the header block that is a table row is rewritten with its cells
parted by tabs, and a mark (a tick, "X", "Y") is rewritten as the word of the column it sits
in ("Present", "Apologies", "Absent"), which the list reader understands whatever the label
above the grid.
"""

from __future__ import annotations

import re

from indexer.records import Document

# Column heads that say which list a mark in that column puts its row in.
_STATUS_HEADS = {
    "present": re.compile(r"present|attended|attending|attendance|in attendance|here", re.IGNORECASE),
    "apologies": re.compile(r"apolog(?:y|ies)|apols?\.?|regrets|excused|sent apologies", re.IGNORECASE),
    "absent": re.compile(r"absent|not present|did not attend", re.IGNORECASE),
}
_WORD = {"present": "Present", "apologies": "Apologies", "absent": "Absent"}
# A mark in a cell: ticks (also the private-use glyphs symbol fonts print them with), a
# cross, "Y"/"X", a bullet where a font had no tick.
_TICK = re.compile(r"[✓✔☑√•●■✗✘×xXyY\ue000-\uf8ff]|yes|Yes|YES")
_CROSS = re.compile(r"[✗✘×xX]")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def table_lines(doc: Document) -> dict[str, str]:
    """Each ruled table row's text without spaces → the row as tab-parted cells, with a
    mark under a status column written as that column's word."""
    found: dict[str, str] = {}
    for page in doc.pages:
        for table in page.tables:
            found.update(_rows_of(table))
    return found


def _rows_of(table: list[list[str]]) -> dict[str, str]:
    rows = [[" ".join((c or "").split()) for c in row] for row in table if any((c or "").strip() for c in row)]
    if not rows:
        return {}
    head = rows[0]
    status_cols = {n: kind for n, cell in enumerate(head) for kind, p in _STATUS_HEADS.items() if p.fullmatch(cell)}
    status_cols = {n: k for n, k in status_cols.items() if n > 0}
    if not status_cols:
        # No header: a column that holds only ticks and blanks is the register of who came.
        marks = [n for n in range(1, max(map(len, rows))) if _mark_column(rows, n)]
        if len(marks) == 1:
            status_cols, head = {marks[0]: "present"}, []
    # A single "Present" column of ticks: a cross, or an empty cell, beside others' ticks is absence.
    ticked = {
        n
        for n in status_cols
        if any(_TICK.fullmatch(r[n]) and not _CROSS.fullmatch(r[n]) for r in rows[1 if head else 0 :] if n < len(r))
    }
    out: dict[str, str] = {}
    for row in rows:
        cells = list(row)
        if row is not head and status_cols:
            marks = [(n, cells[n]) for n in status_cols if n < len(cells) and cells[n]]
            kinds = [status_cols[n] for n, mark in marks if _TICK.fullmatch(mark) or _WORD[status_cols[n]] == mark]
            lone = len(status_cols) == 1 and next(iter(status_cols)) in ticked
            said = [w for _, mark in marks if (w := _said(mark))]
            if said and not kinds:
                status = said[0]  # an "Attendance" column that says "Present", "Apologies", "Absent"
            elif len(kinds) == 1 and not (lone and _CROSS.fullmatch(marks[0][1])):
                status = _WORD[kinds[0]]
            elif lone and (not marks or _CROSS.fullmatch(marks[0][1])):
                status = "Absent"
            else:
                status = None
            for n in status_cols:
                if n < len(cells):
                    cells[n] = ""
            if status:
                cells.append(status)
        parts = [c for c in cells if c]
        if len(parts) >= 2:
            out[_squash("".join(row))] = "\t".join(parts)
            if row is not head and status_cols:
                # the line may have lost its mark to the line beside it ("✓ -Steve")
                bare = "".join(c for n, c in enumerate(row) if n not in status_cols)
                out.setdefault(_squash(bare), "\t".join(parts))
    return out


def _said(cell: str) -> str | None:
    """The list a status cell names in words ("Apologies", "Did not attend"), or None."""
    for kind in ("apologies", "absent", "present"):
        if _STATUS_HEADS[kind].fullmatch(cell.strip(" .")):
            return _WORD[kind]
    return None


def _mark_column(rows: list[list[str]], n: int) -> bool:
    cells = [r[n] if n < len(r) else "" for r in rows]
    ticks = [c for c in cells if c]
    return len(rows) >= 3 and bool(ticks) and all(_TICK.fullmatch(c) and not _CROSS.fullmatch(c) for c in ticks)


def with_table_cells(lines: list[str], tables: dict[str, str]) -> list[str]:
    """``lines`` with each line that is a whole ruled table row replaced by its cells."""
    if not tables:
        return lines
    return [tables.get(_squash(line), line) for line in lines]
