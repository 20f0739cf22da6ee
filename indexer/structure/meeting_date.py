"""Which of a paper's dates is the meeting's own.

A paper prints many dates: the meeting's (in the masthead, or "Minutes of the meeting held
on …"), the previous meeting's minutes being approved, the next meeting's, an issue date,
a "version" stamp. The meeting's date is looked for where papers put it, best first:

1. a "held on …" / "meeting of …" date among the paper's opening lines;
2. a date in the header block above the first item (not a previous, next or version date);
3. a line that is little more than a date in the first lines under item 1, where a
   heading read too early cut the header block short ("Board Meeting, April 7th, 2010");
4. a "held on …" sentence anywhere, then the closing "Signed … Date …" lines.

A masthead that leaves out the year ("Wednesday 10 May, 7.00pm") takes it from the years
the paper mentions, checked against the weekday where one is given.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.structure.dates import find_dates, loose_dates, writes_day_first, yearless_date
from indexer.structure.layout import Row

_OPENING = 40  # lines read as the paper's opening
_MASTHEAD = 12  # lines where a "held on" date is the meeting's, not one the minutes mention
_LOOSE = 25  # opening lines worth sending to dateparser when the patterns find nothing
_HELD = re.compile(
    r"(?:\b(?:held|convened|conducted|took\s+place|met)\b|\bmeeting\b\s*(?:held\b)?\s*(?:on|of|at|[,:–-]))"
    r"\s*(?:on|of|at)?\s*[,:–-]?\s*(?:the\s+)?(?:\w+day\b,?\s*)?(?:the\s+)?$",
    re.IGNORECASE,
)
# Dates that belong to another meeting or to the document, not to this meeting.
_ELSEWHERE = (
    r"next|previous|prior|last|following|future|version|printed|published|revised|updated|issued|"
    r"circulated|deadline|due|until|expires?"
)
_OTHER_HEAD = re.compile(rf"\b(?:{_ELSEWHERE}|approv\w*|adopt\w*|confirm\w*)\b", re.IGNORECASE)
# Under an item, also the minutes being approved ("Minutes of the meeting held 9th December").
_OTHER = re.compile(
    rf"\b(?:{_ELSEWHERE}|approv\w*|adopt\w*|confirm\w*|accepted|ratified|"
    r"minutes\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+){0,3}meeting)\b",
    re.IGNORECASE,
)
# "The meeting was held on …" anywhere in the paper; "the Special General Meeting held on
# December 4, 2018" names another meeting, so only this meeting's own phrasing counts.
_THIS_MEETING = re.compile(
    r"\b(?:this|the)\s+meeting\s+(?:was\s+)?(?:held|took\s+place)\s+(?:on\s+)?(?:\w+day,?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\b(?:signed|chair(?:man|person)?|date)\b", re.IGNORECASE)


def meeting_date(rows: list[Row], first_item: int) -> str | None:
    """The meeting's date from ``rows`` (the whole paper); ``first_item`` is the index of
    the first item heading, where the header block ends."""
    day_first = writes_day_first("\n".join(r.text for r in rows[:400]))
    opening = [(i, r.text.replace("\t", " ").strip()) for i, r in enumerate(rows[:_OPENING])]
    opening = [(i, t) for i, t in opening if t and rows[i].page <= rows[0].page + 1]
    # dateparser is slow: it reads the opening lines only when the patterns find no date.
    for loose in (False, True):
        found = [(i, t, _dates(t, day_first, loose=loose and i < _LOOSE)) for i, t in opening]
        iso = _from_opening(found, first_item)
        if iso:
            return iso
    years = _years(rows)
    for i, text in opening[:8]:
        if i < max(first_item, 4) and not _OTHER_HEAD.search(text) and (iso := yearless_date(text, years)):
            return iso
    return _held_anywhere(rows, day_first) or _signed(rows, day_first)


def _from_opening(found: list[tuple[int, str, list[tuple[int, str]]]], first_item: int) -> str | None:
    """The meeting's date among the opening lines' dates, by the order the module gives."""
    before = {i: t for i, t, _ in found}
    for i, text, dates in found:
        for pos, iso in dates:
            context = f"{before.get(i - 1, '')} {text[:pos]}"
            if i < min(first_item, _MASTHEAD) and _held_before(context) and not _OTHER_HEAD.search(context):
                return iso
    for i, text, dates in found:
        if i < first_item and dates and not _OTHER_HEAD.search(text):
            return dates[0][1]
    for i, text, dates in found:
        if i >= first_item and dates and len(text) <= 50 and not _OTHER.search(text):
            return dates[0][1]
    for i, text, dates in found:
        for pos, iso in dates:
            context = f"{before.get(i - 1, '')} {text[:pos]}"
            if i >= first_item and _held_before(context) and not _OTHER.search(context):
                return iso
    return None


def _dates(text: str, day_first: bool, loose: bool) -> list[tuple[int, str]]:
    dates = find_dates(text, day_first)
    if not dates and loose:
        dates = [(0, iso) for iso in loose_dates(text, day_first)]
    return dates


def _held_before(text: str) -> bool:
    """ "Minutes of a Meeting held on Tuesday …", "Meeting of 26th January 2016": the
    words before a date (on its line and the line above) say it is the meeting's."""
    return bool(_HELD.search(text))


def _years(rows: list[Row]) -> list[int]:
    """The years a paper mentions, most mentioned first."""
    years = Counter(re.findall(r"\b((?:19|20)\d\d)\b", "\n".join(r.text for r in rows[:400])))
    return [int(y) for y, _ in years.most_common()]


def _held_anywhere(rows: list[Row], day_first: bool) -> str | None:
    for row in rows:
        for pos, iso in find_dates(row.text, day_first):
            if _THIS_MEETING.search(row.text[:pos]):
                return iso
    return None


def _signed(rows: list[Row], day_first: bool) -> str | None:
    """The closing "Signed ……… Chair   Date: 14 May 2024": the date the minutes were
    signed, read only when the paper says nothing else."""
    for row in rows[-15:]:
        if _SIGNED.search(row.text) and (dates := find_dates(row.text, day_first)):
            return dates[0][1]
    return None
