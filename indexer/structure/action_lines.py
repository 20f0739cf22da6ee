"""Action tables with no ruling: a header line "ACTION ITEMS  PERSON RESPONSIBLE  DEADLINE"
and rows of words placed in those columns, read from line positions.

Club and association minutes made from a word-processor template print each item's
actions this way, under every item. The PDF has no table to find, only lines: a cell's
words sit on one line with a wide gap (a tab) before the next cell, and a cell that
wraps puts its other lines a little below (or, vertically centred, a little above) the
row's first line. Rows are told apart by the space between them, wider than the space
between the lines of one cell.
"""

from __future__ import annotations

import re

from indexer.records import ActionRow, Document, Line

_ACTION_HEAD = re.compile(r"^(?:actions?(?: items?| required| agreed)?|agreed actions?|tasks?)$", re.IGNORECASE)
_OWNER_HEAD = re.compile(
    r"^(?:person responsible|responsible(?: person| officer)?|owner|lead|who|by whom|action by|assigned to)$",
    re.IGNORECASE,
)
_DUE_HEAD = re.compile(r"^(?:deadline|due(?: date| by)?|by when|when|target date|timescale)$", re.IGNORECASE)


def read_line_tables(doc: Document) -> list[ActionRow]:
    """Rows under every unruled action-table header of the paper."""
    rows: list[ActionRow] = []
    lines = [(page.number, line) for page in doc.pages for line in page.lines if line.text.strip()]
    n = 0
    while n < len(lines):
        page, line = lines[n]
        columns = _header(line)
        n += 1
        if columns is None:
            continue
        block: list[tuple[int, Line]] = []
        while n < len(lines) and not _ends_table(lines[n][1], block, line):
            block.append(lines[n])
            n += 1
        rows += _rows(block, columns)
    return rows


def _header(line: Line) -> list[str] | None:
    """The column names of a header line ("action", "owner", "due"), or None."""
    cells = [c.strip(" :") for c in line.text.split("\t") if c.strip()]
    names = []
    for cell in cells:
        if _ACTION_HEAD.match(cell):
            names.append("action")
        elif _OWNER_HEAD.match(cell):
            names.append("owner")
        elif _DUE_HEAD.match(cell):
            names.append("due")
        else:
            return None
    return names if names[:1] == ["action"] and "owner" in names else None


def _ends_table(line: Line, block: list[tuple[int, Line]], header: Line) -> bool:
    """A bold line (the next heading or label), or a gap wider than a blank line."""
    if line.bold or _header(line) is not None:
        return True
    if not block:
        return line.top - header.top > 3 * max(line.size or 12, 12) and line.top > header.top
    last = block[-1][1]
    if line.top < last.top:
        return False  # the table runs on at the top of the next page
    return line.top - last.top > 2.2 * max(line.size or 12, 12)


def _rows(block: list[tuple[int, Line]], columns: list[str]) -> list[ActionRow]:
    """Cells grouped into rows: lines closer than a line's height belong to one row."""
    if not block:
        return []
    left = min(line.x0 for _, line in block)
    groups: list[list[tuple[int, Line]]] = []
    for page, line in block:
        size = line.size or 12
        if groups and (line.top >= groups[-1][-1][1].top and line.top - groups[-1][-1][1].top < 0.8 * size):
            groups[-1].append((page, line))
        elif groups and line.top < groups[-1][-1][1].top and line.x0 <= left + 5 and line.text[:1].islower():
            groups[-1].append((page, line))  # "year" on the next page ends the row above
        else:
            groups.append([(page, line)])
    out: list[ActionRow] = []
    for group in groups:
        cells: dict[str, list[str]] = {}
        for _page, line in group:
            parts = [p.strip() for p in line.text.split("\t") if p.strip()]
            if line.x0 > left + 100 and len(parts) == 1:
                names = ["owner"]  # a wrapped owner cell, set in its own column
            else:
                names = columns[: len(parts)] if len(parts) > 1 else ["action"]
            for name, part in zip(names, parts):
                cells.setdefault(name, []).append(part)
        action = " ".join(cells.get("action", []))
        owner = " ".join(cells.get("owner", [])) or None
        if not action:
            continue
        out.append(
            ActionRow(
                text=action,
                owner=owner,
                due=" ".join(cells.get("due", [])) or None,
                page=group[0][0],
            )
        )
    return out
