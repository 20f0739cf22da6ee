"""Lettered sub-items that the paper treats as headings: "83. PLANNING / (a) Current
Applications / (b) Decisions on Outstanding Applications", "5. Resolutions / (a) Proposal to
reduce the number of elected PCC members".

A parish or church meeting letters the parts of a numbered item, and a clerk cites them
as items ("83a"). They are headings when every letter under the item is printed as one:
bold like a heading, or a short title standing alone on its line. Where the letters open
sentences ("a. Minutes of April 27 were adopted unanimously.") they are the item's text.
"""

from __future__ import annotations

import re

from indexer.structure.layout import Heading, Row
from indexer.structure.numbering import Numbered, numbered_lines


def with_sub_items(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Add lettered sub-headings ("(a) Current Applications" under "83. PLANNING") the
    paper prints as headings; they are cited as items "83a"."""
    parents = [h for h in numbered if h.number and re.fullmatch(r"\d{1,3}", h.number)]
    ends = [nxt.index for nxt in parents[1:]] + [len(rows)]
    at = {h.index for h in numbered}
    subs = lettered_sub_items(rows, [(h.index, h.number or "") for h in parents], ends)
    added = [Heading(i, number, title) for i, number, title in subs if i not in at and title]
    return sorted(numbered + added, key=lambda h: h.index)


def without_lettered_notes(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Outline notes ("2. Notifications / a. Group Photo! Soon on the website. / b. Account
    Balance: $1,344.02.") letter sentences, not headings: where most lettered lines end
    as sentences do, every lettered line stays in its item's text."""
    lettered = [h for h in numbered if h.number and re.fullmatch(r"[a-z]", h.number, re.IGNORECASE)]
    if len(lettered) < 3 or sum(rows[h.index].text.rstrip().endswith(".") for h in lettered) <= len(lettered) / 2:
        return numbered
    return [h for h in numbered if h not in lettered]


def lettered_sub_items(rows: list[Row], parents: list[tuple[int, str]], ends: list[int]) -> list[tuple[int, str, str]]:
    """(row index, number, title) of each lettered sub-heading under the numbered
    ``parents`` ((row index, number)); ``ends[k]`` is the row where parent k's item ends."""
    letters = [m for m in numbered_lines(rows) if m.shape.startswith("letter") and m.number.islower()]
    right = max((r.line.x1 for r in rows), default=0.0)
    found: list[tuple[int, str, str]] = []
    for (start, number), end in zip(parents, ends):
        chain = _chain([m for m in letters if start < m.index < end])
        if len(chain) < 2:
            continue
        if not all(_heading_like(rows, m, right) for m in chain):
            return []  # the paper letters its notes ("a. Ankur cannot be here …"), not headings
        found += [(m.index, f"{number}{m.number}", _title(m.title)) for m in chain]
    return found


def _chain(members: list[Numbered]) -> list[Numbered]:
    """a, b, c … from "a" at one margin in one shape (a letter repeated by mistake, "(d)
    School Hall / (d) Neighbourhood Plan", stays in); anything else stops it."""
    if not members or members[0].value != 1:
        return []
    chain = [members[0]]
    for m in members[1:]:
        if m.shape != chain[0].shape or abs(m.x0 - chain[0].x0) > 8:
            continue
        if m.value - chain[-1].value not in (0, 1):
            break
        chain.append(m)
    return chain


def _heading_like(rows: list[Row], member: Numbered, right: float) -> bool:
    row = rows[member.index]
    title = member.title.strip()
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return False
    if row.line.bold:
        return True
    nxt = rows[member.index + 1] if member.index + 1 < len(rows) else None
    # A line running to the right margin into a lower-case line is a sentence, not a title.
    wraps = nxt is not None and not nxt.breaks and row.line.x1 >= 0.85 * right and nxt.text.strip()[:1].islower()
    return len(title.split()) <= 14 and not title.endswith(".") and not wraps and not re.search(r"\. |;", title)


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:")
