"""The masthead: which organisation's body met, when, at what time and where.

Read from the lines above the first item, up to where attendance begins; a masthead names
the body in its own words, so the rules look for the shape of such lines (a body word, a
short line, "Minutes of the … held"), not for any council's name.
"""

from __future__ import annotations

import re

from indexer.records import MeetingRecord
from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.dates import find_dates, find_time
from indexer.structure.layout import Row, text_of
from indexer.structure.meeting_date import meeting_date

_BODY_WORDS = re.compile(
    r"\b(board|committee|cabinet|panel|commission|sub-committee|council|forum|group|"
    r"trustees|governors|assembly|authority|executive|partnership)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(council|trust|authority|nhs|borough|district|city of|county of|department|ministry|"
    r"library|foundation|charity|university|college|school|police|fire|board of|"
    # Australian shires, US towns and villages, clubs and societies name themselves so.
    r"shire|town of|village of|township|municipality|society|association)\b",
    re.IGNORECASE,
)
_MINUTES_OF = re.compile(
    # Scottish councils write "Minute of Meeting of the Education Committee".
    r"minutes?\s+of\s+(?:(?:the|a)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)\s+(?:held|meeting)\b",
    re.IGNORECASE,
)
_VENUE = re.compile(
    r"(?:\bheld\s+(?:in|at)(?!\s+(?:public|private)\b)|\bat\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?\s+(?:in|at)|"
    r"\b(?:venue|location|place)\s*:)\s*(?P<venue>[^\n]+?)(?:\s+on\s+(?:\w+day|\d)|\s+at\s+\d|\.?$)",
    re.IGNORECASE | re.MULTILINE,
)


def read_header(record: MeetingRecord, preamble: list[Row], rows: list[Row] | None = None) -> None:
    """Fill the record's organisation, body, date, time and venue from the header block
    (``preamble``, the lines above the first item) and, for the date, the whole paper."""
    head = [r.text.replace("\t", " ").strip() for r in preamble[:14]]
    head = [h for h in head if h and not label_of(h)]
    joined = " ".join(head)
    record.meeting_date = meeting_date(rows if rows is not None else preamble, len(preamble))
    record.meeting_time = find_time(joined)
    record.venue = _venue(text_of([r for r in preamble[:14] if not label_of(r.text)]).replace("\n\n", "\n"))
    minutes_of = _MINUTES_OF.search(joined)
    for text in _masthead(preamble[:14])[:6]:
        if find_dates(text) or len(text) > 90 or text[:1].islower():
            continue  # "in the Council Chambers, …" goes on from the line above: no name
        # US mastheads end with the word: "City Council Regular Meeting Minutes".
        text = re.sub(r"\s+minutes$", "", text, flags=re.IGNORECASE)
        if record.organisation is None and _ORG_WORDS.search(text) and not re.search(r"\bminutes?\b", text, re.I):
            record.organisation = _title_case(text)
        elif record.body is None and (_BODY_WORDS.search(text) or len(text.split()) <= 8):
            if not re.search(r"\bminutes?\b", text, re.IGNORECASE):
                record.body = _title_case(text)
    if record.body is None and minutes_of:
        record.body = _title_case(minutes_of.group("body"))
    if record.body is None and record.organisation and _BODY_WORDS.search(record.organisation):
        record.body = record.organisation


def _masthead(preamble: list[Row]) -> list[str]:
    """The lines naming who met, which end where attendance begins: a trust's "Present"
    table header ("Name | Role") is not the board's name."""
    out = []
    for row in preamble:
        text = row.text.replace("\t", " ").strip()
        if label_of(text) or is_group_heading(text):
            break
        if text:
            out.append(text)
    return out


def _venue(text: str) -> str | None:
    match = _VENUE.search(text)
    if not match:
        return None
    venue = match.group("venue").strip(" ,.")
    venue = re.sub(r"^the\s+", "", venue, flags=re.IGNORECASE)
    head, _, tail = venue.partition(" - ")
    if tail and set(tail.lower().split()) <= set(head.lower().split()):
        venue = head  # ModernGov "Zoom Virtual Meeting - Zoom": the tail only repeats the room
    return venue or None


def _title_case(text: str) -> str:
    text = " ".join(text.split()).strip(" :-–")
    if text.isupper():
        small = {"of", "and", "the", "for", "in", "on", "at", "to"}
        words = text.lower().split()
        return " ".join(w if (w in small and n) else w.capitalize() for n, w in enumerate(words))
    return text
