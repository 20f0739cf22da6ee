"""Numbered headings the sequence vouches for, where their styling did not.

Many papers print a bold masthead over plain "1. Landscaping" headings, or number whole
paragraphs ("2) Formal introductions were made by all present."); the styled-heading
reader in headings.py passes them by. Here the paper's own numbering decides: a run of
numbers counting up at one margin in one shape (numbering.py) is the item backbone, and
each of its lines opens an item however it is printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.layout import Heading, Row
from indexer.structure.numbering import Numbered, numbered_lines, runs
from indexer.structure.runin import dashed_title

_ATTENDANCE = re.compile(
    r"^(?:present|absent|attend|in attendance|apolog|members|visitors|guests|other attendees)", re.IGNORECASE
)


def vouched_runs(rows: list[Row], styled: list[int]) -> list[Numbered]:
    """Lines of the run that carries the items: the run holding the styled headings
    (rows ``styled``) where there are two or more, else the longest run that starts at 1
    (or 2, where item 1 went unnumbered) or runs on for four or more, outside the
    attendance list."""
    candidates = [r for r in runs(numbered_lines(rows)) if not _is_list_of_people(rows, r)]
    if len(styled) >= 2:
        held = set(styled)
        # The run that holds the first styled headings ("2. CALL TO ORDER" in bold, "1.
        # PRESENT:" plain above it); a numbered list of pool rules further on is text.
        holding = [r for r in candidates if sum(m.index in held for m in r) >= 2]
        best = min(holding, key=lambda r: min(m.index for m in r if m.index in held), default=None)
        return best or []
    # Minutes numbered on from the last meeting ("100. APOLOGIES", "101. DECLARATIONS") start
    # anywhere; a shorter run must start at the beginning.
    starting = [r for r in candidates if r[0].value <= 2 or len(r) >= 4 or r[0].shape.startswith(("file", "slash"))]
    if not starting:
        return []
    best = max(starting, key=len)
    # Outermost numbering carries the items; a longer list further in is inside one.
    outer = [r for r in starting if r[0].x0 < best[0].x0 - 8 and len(r) >= 3]
    return _carried_on(min(outer, key=lambda r: r[0].x0) if outer else best, numbered_lines(rows))


def _carried_on(run: list[Numbered], lines: list[Numbered]) -> list[Numbered]:
    """The run's next number printed a little off its margin ("5. Outgoing Executive
    Reports" 13 pt left of items 1-4 on a later page): the sequence carries it, where it
    is the first line of that shape after the run."""
    while run:
        last = run[-1]
        after = [m for m in lines if m.index > last.index and m.shape == last.shape and m.family == last.family]
        if not after or after[0].value != last.value + 1 or abs(after[0].x0 - run[0].x0) > 24:
            return run
        run = [*run, after[0]]
    return run


def with_runs(
    rows: list[Row],
    numbered: list[Heading],
    bold_headings: Callable[[list[Row]], list[Heading]],
    grouping: re.Pattern[str],
) -> list[Heading]:
    """Add the numbered lines the paper's own sequence vouches for, where
    the styled reading missed them: a plain "1. Landscaping" under a bold masthead."""
    styled = [h.index for h in numbered if h.number]
    at = {h.index for h in numbered}
    run = vouched_runs(rows, styled)
    if run and not styled and _inside_one_item(rows, run, bold_headings(rows), grouping):
        return numbered
    if len(run) >= 3 and run[0].shape.startswith("roman"):
        # "III. OLD BUSINESS / A. Park benches / B. Road repair": in an outline numbered
        # in roman numerals the lettered lines are parts of their section, not items.
        members = {m.index for m in run}
        numbered = [h for h in numbered if h.index in members or not re.fullmatch(r"[A-Za-z]", h.number or "")]
        at = {h.index for h in numbered}
    added = []
    for member in run:
        if member.index in at:
            continue
        title, keep, taken = run_title(rows, member)
        if title:
            added.append(Heading(member.index, member.number, title, keep_line=keep, taken=taken))
    return sorted(numbered + added, key=lambda h: h.index)


def _inside_one_item(rows: list[Row], run: list[Numbered], headings: list[Heading], grouping: re.Pattern[str]) -> bool:
    """A numbered list under one bold heading ("CORRESPONDENCE" / "1. Environment Agency –
    …" … "28. …", an "Amendments" vote list indented under it) is that item's text, not
    items: no business heading falls inside the run, or the run sits right of them all;
    where several fall inside, the "run" strings lists of different items together."""
    if len(headings) < 2:
        return False
    margin = min(rows[h.index].line.x0 for h in headings)
    if min(m.x0 for m in run) > margin + 8:
        return True
    first, last = run[0].index, run[-1].index
    before = [h for h in headings if h.index < first]
    inside = [h for h in headings if first < h.index < last]
    if len(inside) >= 2:
        return True  # bold business headings between the numbers: lists in several items
    return not inside and bool(before) and not grouping.search(before[-1].title)


def _is_list_of_people(rows: list[Row], run: list[Numbered]) -> bool:
    """ "PRESENT / 1. Suzette Kent  Chair / 2. Alan Thomas …": a numbered attendance list."""
    first = run[0].index
    before = next((rows[j].text.strip() for j in range(first - 1, max(first - 3, -1), -1) if rows[j].text.strip()), "")
    # "Present: Chair Smith, Members Jones and Brown" is a whole list, not a list's header.
    label = label_of(before)
    short = len(before.split()) <= 3
    return bool((_ATTENDANCE.match(before) and short) or (label and not label[2]) or is_group_heading(before))


def run_title(rows: list[Row], member: Numbered) -> tuple[str, bool, list[int]]:
    """The heading's title, whether its line goes on with business, and rows taken.

    "Agendas Distributed . Call for agenda additions …" → the run-in title before the stop;
    "The Board agreed to a media … Fund" / "(TMF) until funding is appropriated." → the
    first sentence, carried over the line it wraps onto.
    """
    cells = [c for c in member.title.split("\t") if c.strip()]
    if len(cells) > 1 or _tabbed_number(rows[member.index].text) and not _indented_below(rows, member.index):
        # Minutes as a table or in columns ("FGB 38/2021 | Apologies | Clerk", "2 | Minutes of
        # the Previous Meeting"): the title is the cell after the number; the next cells
        # (owner, deadline) and the lines below (the discussion) are the item's text.
        first = " ".join(cells[0].split()) if cells else ""
        head, stop, _rest = _first_stop(first)  # "1. PRESENT : Murray Thompson | Queenie Cheng"
        return _short(head if stop else first), len(cells) > 1 or bool(stop), []
    text = " ".join(member.title.replace("\t", " ").split())
    head, stop, _rest = _first_stop(text)
    if stop:
        return _short(dashed_title(head) or head), True, []
    if dashed_title(text):
        return _short(dashed_title(text) or text), True, []
    taken: list[int] = []
    j = member.index + 1
    right = max((r.line.x1 for r in rows), default=0.0)
    while (
        len(text.split()) >= 5
        and not text.endswith((".", ":", ";"))
        and rows[j - 1].line.x1 >= 0.75 * right
        and j < len(rows)
        and not rows[j].breaks
        and not _STARTS_NUMBERED.match(rows[j].text.strip())
        and j <= member.index + 2
    ):
        nxt = rows[j].text.strip()
        head, stop, _rest = _first_stop(nxt)
        if stop:
            return _short(f"{text} {head}"), True, []
        text = f"{text} {nxt}"
        taken.append(j)
        j += 1
    return _short(text), False, taken


def _tabbed_number(text: str) -> bool:
    """The number printed in a column of its own, a tab stop before the title."""
    return bool(re.match(r"^\S+(?:\s\d\S*)?\t", text.strip()))


def _indented_below(rows: list[Row], index: int) -> bool:
    """A title wrapping within its column: the next line starts right of the number."""
    nxt = index + 1
    return nxt < len(rows) and not rows[nxt].breaks and rows[nxt].line.x0 > rows[index].line.x0 + 20


_STARTS_NUMBERED = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.):]\s")


def _first_stop(text: str) -> tuple[str, str, str]:
    match = re.search(r"\s?\.\s+(?=[A-Z(“\"'])|:\s+", text)
    if not match:
        return text, "", ""
    return text[: match.start()], match.group(0), text[match.end() :]


def _short(text: str) -> str:
    return " ".join(text.split()[:24]).strip(" .:")
