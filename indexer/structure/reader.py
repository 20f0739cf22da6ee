"""Document → MeetingRecord | DecisionRecord, from layout alone (no NLP).

A careful clerk reads a paper by its shape: a header block (who met, when, where, who
came), then numbered items with headings, each with its narrative and its resolutions.
The rules here are about shapes every council uses, never about one council's wording.
"""

from __future__ import annotations

import re

from indexer.records import AgendaItem, Document, Line, MeetingRecord
from indexer.structure.action_tables import read_action_log, read_action_tables
from indexer.structure.attendance import (
    apologies_in,
    is_group_heading,
    label_of,
    people_in_list,
    present_in,
    read_attendance,
)
from indexer.structure.dates import find_dates, find_time, first_date
from indexer.structure.decisions import is_decision_notice, read_decision
from indexer.structure.headings import LOG_TITLE, Heading, find_headings
from indexer.structure.layout import Row, rows_of, text_of
from indexer.structure.resolutions import read_resolutions

__all__ = ["find_headings", "read_resolutions", "read_structure"]

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
_NEXT_MEETING = re.compile(r"next meeting|date of next|future meeting", re.IGNORECASE)


def read_structure(doc: Document):  # noqa: ANN201 - MeetingRecord | DecisionRecord
    """Read a document as a clerk would; decision notices get their own record."""
    rows = rows_of(doc)
    if is_decision_notice(rows):
        return read_decision(doc, rows)
    headings = find_headings(rows)
    first = headings[0].index if headings else len(rows)
    preamble = rows[:first]
    record = MeetingRecord(source=doc.source, sha256=doc.sha256, ocr=doc.ocr, pages=len(doc.pages))
    _read_header(record, preamble)
    lines, breaks = _attendance_rows(rows, preamble, headings)
    record.attendance = read_attendance(lines, breaks)
    if not record.attendance.present:
        record.attendance.present = present_in(" ".join(lines))
    record.preamble = text_of(preamble)
    record.items = [_item(rows, h, nxt) for h, nxt in zip(headings, [*headings[1:], None])]
    if not record.attendance.apologies:
        record.attendance.apologies = apologies_in(record.preamble)
    if not record.attendance.apologies:
        for item in record.items[:4]:
            record.attendance.apologies = apologies_in(item.text) or _apology_item(item)
            if record.attendance.apologies:
                break
    for item in record.items:
        if _NEXT_MEETING.search(item.title or ""):
            record.next_meeting = first_date(item.text) or record.next_meeting
    record.action_rows = read_action_tables(doc)
    if not record.items:
        record.action_rows += read_action_log(rows)
    if not record.items and any(LOG_TITLE.search(r.text) for r in rows[:12]):
        record.doc_type = "action_log"
        record.body = record.body or _log_body(rows)
    return record


def _log_body(rows: list[Row]) -> str | None:
    """ "ODUG Action Log – 14 May 2013": the group whose log it is."""
    for row in rows[:12]:
        match = re.match(r"^(?P<body>.+?)\s+action\s+(?:log|tracker)\b", row.text, re.IGNORECASE)
        if match:
            return match.group("body").strip()
    return None


_ATTENDANCE_TITLE = re.compile(r"roll call|attendance|present|members present", re.IGNORECASE)


def _attendance_rows(rows: list[Row], preamble: list[Row], headings: list[Heading]) -> tuple[list[str], list[bool]]:
    """The header block, plus a "ROLL CALL" item's own lines where US minutes put it."""
    source = list(preamble)
    for heading, nxt in zip(headings[:6], [*headings[1:7], None]):
        if _ATTENDANCE_TITLE.search(heading.title):
            end = nxt.index if nxt else len(rows)
            first = rows[heading.index]
            head = Row(
                page=first.page,
                line=Line(
                    **{**first.line.__dict__, "text": re.sub(r"^[A-Z][A-Z /&'’-]{3,40}?\s+[-–]\s*", "", first.text)}
                ),
                breaks=True,
            )
            source += [head, *rows[heading.index + 1 : end]]
    return [r.text for r in source], [r.breaks for r in source]


def _apology_item(item: AgendaItem) -> list:
    """An item titled "Apologies" whose text is the list of names ("Cllrs Ives and Ellis.")."""
    if not re.match(r"apologies", item.title, re.IGNORECASE):
        return []
    first = item.text.split("\n\n")[0]
    if re.search(r"\b(no|none)\b", first, re.IGNORECASE) and len(first) < 40:
        return []
    label = label_of(first)
    return people_in_list((label[2] if label else first).split(". ")[0])


# --- items and resolutions --------------------------------------------------------------


def _item(rows: list[Row], heading: Heading, nxt: Heading | None) -> AgendaItem:
    end = nxt.index if nxt else len(rows)
    first = heading.index if heading.keep_line else heading.index + 1
    body = [r for r in rows[first:end] if r.text.strip()]
    if heading.keep_line and body:
        rest = body[0].text.split(None, 1)
        body[0] = Row(
            page=body[0].page,
            line=Line(**{**body[0].line.__dict__, "text": rest[1] if len(rest) > 1 else ""}),
            breaks=True,
        )
    pages = [rows[heading.index].page] + [r.page for r in body]
    item = AgendaItem(
        number=heading.number,
        title=heading.title,
        text=text_of(body),
        pages=[min(pages), max(pages)],
    )
    item.resolutions = read_resolutions(body, heading.number)
    return item


# --- header ----------------------------------------------------------------------------


def _read_header(record: MeetingRecord, preamble: list[Row]) -> None:
    head = [r.text.replace("\t", " ").strip() for r in preamble[:14]]
    head = [h for h in head if h and not label_of(h)]
    joined = " ".join(head)
    dates = find_dates(joined)
    record.meeting_date = dates[0][1] if dates else None
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
