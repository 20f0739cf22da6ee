"""Run-in headings: a paragraph that opens with its item's name ("Pool Report: Cindy Klein
reports that …", "Dam - Our Lake is full …", "Sick or injured amateurs: NEK reported …").

Clubs, HOAs and societies write minutes as a run of such paragraphs at the text's margin.
A name before a colon or a spaced dash is a heading when it is short and opens a
paragraph; where such openings stack line after line ("Date: …" / "Time: …" /
"Location: …", "President: Royal Hanson" / "Treasurer: …") they are a list of fields, not
business.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.layout import Heading, Row
from indexer.structure.resolutions import RESOLVED

_RUN_IN = re.compile(r"^(?P<title>[A-Z][\w'’&/()\-]*(?:\s+[\w'’&/()\-]+){0,5}?)\s*(?::|\s[-–]\s)\s*(?P<rest>.*)$")
_FIELD_LINE = re.compile(r"^[A-Z][^:.]{0,80}?\s?:\s+\S")
# A name before a colon that is a field of the record, not business.
_FIELDS = re.compile(
    r"^(?:date|dated|time|venue|location|place|where|when|moved|seconded|motion|vote|outcome|result|note|notes"
    r"|action|actions|owner|due|proposed|carried|agreed|decision|minutes by|minute taker|of those in person"
    r"|(?:attendees|attendance|present|apologies|absent|guests|visitors)(?:\s+\w+)?"
    r"|(?:\w+\s+){0,3}(?:present|absent|attending|in attendance)"
    r"|(?:vice\s+)?(?:chair|president|secretary|treasurer|publicity)(?:\s+of\b.*)?)$",
    re.IGNORECASE,
)


def run_ins(rows: list[Row], headings: list[Heading]) -> list[Heading]:
    """Paragraphs opening with their item's name ("Pool Report: …")."""
    at = {h.index for h in headings}
    return [Heading(i, None, title, keep_line=goes_on) for i, title, goes_on in run_in_headings(rows) if i not in at]


def run_in_headings(rows: list[Row], least: int = 3) -> list[tuple[int, str, bool]]:
    """(row index, title, line goes on) for each run-in heading; none unless the paper
    uses the form at least ``least`` times."""
    if not rows:
        return []
    xs = sorted(r.line.x0 for r in rows)
    margin = xs[len(xs) // 10]
    marks: dict[int, tuple[str, bool]] = {}
    for i, row in enumerate(rows):
        if not row.breaks or abs(row.line.x0 - margin) > 6:
            continue
        match = _RUN_IN.match(" ".join(row.text.split()))
        if not match:
            continue
        title = match.group("title").strip()
        if not _heading_words(title) or match.group("rest")[:1].isdigit():  # "Meeting opened 17:05"
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and not nxt.breaks and _FIELD_LINE.match(nxt.text):
            continue  # "Bon Johnson Trophy : Oliver Ryder" over more of the same: a list
        marks[i] = (title, bool(match.group("rest").strip()))
    # Stacked one-line openings in the masthead, before the first paragraph of prose, are
    # its fields ("Date: …" / "Time: …"); later ones are short items ("Correspondence: Nil").
    prose = next((i for i in range(len(rows)) if rows[i].breaks and not _one_line(rows, i)), len(rows))
    # A name printed again and again ("RE: …" over each letter) is a field too.
    counts = Counter(title.lower() for title, _ in marks.values())
    found = [
        (i, title, goes_on)
        for i, (title, goes_on) in marks.items()
        if not (i < prose and _one_line(rows, i) and (i + 1 in marks or i - 1 in marks)) and counts[title.lower()] == 1
    ]
    return found if len(found) >= least else []


def _one_line(rows: list[Row], i: int) -> bool:
    return i + 1 >= len(rows) or rows[i + 1].breaks


def _heading_words(title: str) -> bool:
    words = title.split()
    if (
        not 1 <= len(words) <= 6
        or max(len(w) for w in words) > 20
        or len(title) < 3
        or _FIELDS.match(title)
        or label_of(f"{title}:")
    ):
        return False
    if is_group_heading(title) or RESOLVED.match(title) or re.search(r"\d{1,2}[:.]\d{2}", title):
        return False
    return True


# "3. Finance – The clerk reported that …": a short title, a spaced dash, then a sentence.
_DASHED = re.compile(r"^(?P<head>\S(?:.{0,60}?\S)?)\s+[-–—]\s+(?P<rest>[A-Z“\"'(].*)$")


def dashed_title(title: str) -> str | None:
    """The title before a spaced dash where the rest of the line is the item's business
    (a sentence of six words or more, closed on the line); None where the dash is part of
    the title ("Planning – Land at Mill Lane")."""
    match = _DASHED.match(" ".join(title.split()))
    if not match:
        return None
    head, rest = match.group("head"), match.group("rest")
    words = rest.split()
    # The business is a sentence, closed by its stop on this line; a correspondent's name
    # before what they sent ("Home Start – Invitation to attend AGM on 28th June …") is
    # the title whole.
    closed = rest.rstrip().endswith(".") or re.search(r"[a-z]{2}\.\s+[A-Z]", rest)
    if len(head.split()) > 8 or len(words) < 6 or not closed:
        return None
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return None  # a title in title case after the dash ("Report of the Working Group on …")
    return head
