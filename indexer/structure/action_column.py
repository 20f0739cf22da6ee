"""An Action column beside the minutes: "ITEMS  Action" over the page, and the owner's
initials set at the right margin level with the paragraph they own ("… various  NS").

Community and parish councils print their minutes this way: each paragraph (often a
bullet under "Matters Arising") says what stands, and the initials in the right-hand
column say who takes it forward. The PDF keeps the initials either at the end of a line
of the paragraph, after a wide gap (a tab), or on a line of their own, vertically centred
on the paragraph. Each becomes an action row: the paragraph is the action, the initials
its owner, and the numbered heading above it its item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.records import ActionRow, Document, Line

_COLUMN_HEAD = re.compile(r"^(?:actions?|action by|by whom|who)$", re.IGNORECASE)
# Initials and short owner words: "NS", "MCa", "S/C", "AHop/MS", "Lights", "Clerk".
_OWNER = re.compile(r"^[A-Z][A-Za-z]{0,6}(?:\s*[/&,]\s*[A-Z][A-Za-z]{0,6})*$")
_BULLET = re.compile(r"^[\uf0b7\uf0a7•●○▪◦∑·*–-]\s*")
_ITEM = re.compile(r"^(?P<number>\d{1,3}[a-z]?)(?:[.)]|\s|\t)")


@dataclass
class _Paragraph:
    page: int
    top: float
    bottom: float
    item: str | None
    lines: list[str] = field(default_factory=list)
    tops: list[float] = field(default_factory=list)


def read_action_column(doc: Document) -> list[ActionRow]:
    """Rows for every owner mark in the Action column, once its header has been seen."""
    column: float | None = None
    paragraphs: list[_Paragraph] = []
    marks: list[tuple[int, float, str]] = []  # page, top, owner
    item: str | None = None
    for page in doc.pages:
        prev: Line | None = None
        for line in page.lines:
            parts = [p.strip() for p in line.text.split("\t") if p.strip()]
            if column is None:
                if len(parts) >= 2 and _COLUMN_HEAD.match(parts[-1]) and not _COLUMN_HEAD.match(parts[0]):
                    column = line.x1 - 70
                continue
            if line.x0 >= column - 20 and _OWNER.match(line.text.strip()):
                marks.append((page.number, line.top, line.text.strip()))
                continue
            if len(parts) >= 2 and line.x1 >= column and _OWNER.match(parts[-1]) and len(parts[-1]) <= 8:
                marks.append((page.number, line.top, parts[-1]))
                parts = parts[:-1]
            text = " ".join(parts)
            heading = _ITEM.match(text) if line.bold else None
            if heading:
                item = heading.group("number")
            if _starts_paragraph(line, prev, text) or not paragraphs or paragraphs[-1].page != page.number:
                paragraphs.append(_Paragraph(page.number, line.top, line.top, item))
            paragraphs[-1].lines.append(_BULLET.sub("", text))
            paragraphs[-1].tops.append(line.top)
            paragraphs[-1].bottom = line.top
            prev = line
    return _rows(_joined(marks), paragraphs)


def _starts_paragraph(line: Line, prev: Line | None, text: str) -> bool:
    if prev is None or line.bold or prev.bold or _BULLET.match(text):
        return True
    return line.top - prev.top > 1.6 * max(line.size or 12, 12) or line.x0 < prev.x0 - 5


def _joined(marks: list[tuple[int, float, str]]) -> list[tuple[int, float, str]]:
    """ "Lights" over "S/C": an owner written on two lines of the column is one owner."""
    out: list[tuple[int, float, str]] = []
    for page, top, owner in marks:
        if out and out[-1][0] == page and top - out[-1][1] < 16 and not out[-1][2].isupper():
            out[-1] = (page, (out[-1][1] + top) / 2, f"{out[-1][2]} {owner}")
        else:
            out.append((page, top, owner))
    return out


def _rows(marks: list[tuple[int, float, str]], paragraphs: list[_Paragraph]) -> list[ActionRow]:
    rows: list[ActionRow] = []
    for page, top, owner in marks:
        beside = [p for p in paragraphs if p.page == page and p.top - 9 <= top <= p.bottom + 9]
        if not beside:
            continue
        # A mark centred between two paragraphs belongs to the one it sits more within.
        para = min(beside, key=lambda p: 0 if p.top <= top <= p.bottom else min(abs(top - p.top), abs(top - p.bottom)))
        lines = para.lines
        if len(lines) > 4:
            # A long paragraph (a list of correspondence run together): the lines at the mark.
            at = min(range(len(lines)), key=lambda n: abs(para.tops[n] - top))
            lines = lines[max(0, at - 1) : at + 1]
        text = " ".join(" ".join(lines).split())
        if len(text.split()) < 3:
            continue
        rows.append(ActionRow(text=text, owner=owner, page=page, item=para.item, section="action column"))
    return rows
