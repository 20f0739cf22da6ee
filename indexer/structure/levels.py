"""Levels of headings: which of a paper's heading-like lines are its items.

A paper prints business at more than one level (capitals over title-case sub-headings, a
numbered list set in under one item, a voting sheet's one numbered matter with its
particulars hanging under it); these rules keep the outer level, from typography and
margins alone.
"""

from __future__ import annotations

import re

from indexer.structure.layout import Heading, Row

PLAIN_HEADING = re.compile(r"^[A-Z][A-Za-z'’&/,()\- ]{2,70}:?$")


def lone_item(rows: list[Row], found: list[Heading]) -> list[Heading]:
    """A voting sheet with one matter: "1. Licensee: …" in plain type under a bold
    masthead, its particulars indented beneath it. No run vouches for a single number, so
    the hanging indent does: the only numbered line is item 1 and the lines after it sit
    right of its number, as an item's body does."""
    if len(found) != 1 or found[0].number != "1":
        return []
    heading = found[0]
    line = rows[heading.index].line
    after = [r for r in rows[heading.index + 1 : heading.index + 6] if r.text.strip()]
    if len(after) < 2 or any(r.line.x0 < line.x0 + 8 for r in after):
        return []
    title = " ".join(rows[heading.index].text.split(None, 1)[1].split()).rstrip(" :.")
    return [Heading(heading.index, heading.number, title)]


def plain(text: str) -> bool:
    """A heading's words: letters and light punctuation; capitals may carry a date's
    figures ("MINUTES OF THE MEETING HELD ON 12TH FEBRUARY 2014")."""
    if PLAIN_HEADING.match(text):
        return True
    letters = re.sub(r"\d+(?:ST|ND|RD|TH)?\b", "", text)
    words = [w for w in letters.split() if w.isalpha()]
    return text.isupper() and len(words) >= 3 and bool(PLAIN_HEADING.match(" ".join(letters.split())))


def sub_heading_below(rows: list[Row], i: int) -> bool:
    """ "INSPECTION REPORTS" then a bold "Upper Up" straight below: a heading in capitals
    over the first of its sub-headings, not one block of bold lines."""
    here, nxt = rows[i].text.strip(), rows[i + 1].text.strip()
    return i >= 8 and here.isupper() and any(c.islower() for c in nxt)


def outer_case(found: list[Heading]) -> list[Heading]:
    """Where a paper's bold headings are mostly in capitals and a few in title case
    ("CLERK’S REPORT" … "Payments In"), the capitals are its business and the others
    sub-headings inside it."""
    upper = [h for h in found if h.title.isupper()]
    mixed = [h for h in found if not h.title.isupper()]
    if len(upper) >= 4 and len(mixed) < len(upper) / 2:
        return upper
    return found


def off_margin_jumps(rows: list[Row], found: list[Heading]) -> list[Heading]:
    """ "4. REPORT ON THE TECHNICAL ACTIVITIES" then a bold list "9. All India Seminar …" set
    in from the headings' margin: a number that jumps ahead of the run at another margin
    is a list inside the item, not the next item (item 6 comes later at the margin)."""
    if len(found) < 4:
        return found
    xs = sorted(rows[h.index].line.x0 for h in found)
    margin = xs[len(xs) // 2]
    kept: list[Heading] = []
    last: int | None = None
    for heading in found:
        lead = leading_int(heading.number)
        inset = rows[heading.index].line.x0 > margin + 10
        if inset and lead is not None and last is not None and lead - last > 3:
            continue
        kept.append(heading)
        last = lead if lead is not None and not inset else last
    return kept


def leading_int(number: str | None) -> int | None:
    if not number:
        return None
    match = re.search(r"(\d+)", number.replace(" ", ""))
    return int(match.group(1)) if match else None


def without_group_openers(rows: list[Row], headings: list[Heading]) -> list[Heading]:
    """ "New Business:" or "Committee Reports:" straight over "1. Repeater grant …" / "A.
    Executive Committee": an unnumbered heading that opens a numbering from its start, with
    no business of its own between, groups the numbered items; it is not one."""
    ordered = sorted(headings, key=lambda h: h.index)
    kept = []
    for heading, nxt in zip(ordered, [*ordered[1:], None]):
        if heading.number is None and not heading.keep_line and nxt is not None and nxt.number:
            between = " ".join(rows[i].text for i in range(heading.index + 1 + len(heading.taken), nxt.index))
            if nxt.number.strip("()").upper() in ("1", "A") and len(between.split()) <= 8:
                continue
        kept.append(heading)
    return kept
