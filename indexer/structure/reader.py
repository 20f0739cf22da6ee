"""Document → MeetingRecord | DecisionRecord, from layout alone (no NLP).

A careful clerk reads a paper by its shape: a header block (who met, when, where, who
came), then numbered items with headings, each with its narrative and its resolutions.
The rules here are about shapes every council uses, never about one council's wording.
"""

from __future__ import annotations

import re
from itertools import takewhile

from indexer.records import AgendaItem, Document, Line, MeetingRecord
from indexer.structure.action_tables import read_action_log, read_action_tables
from indexer.structure.attendance import (
    apologies_in,
    label_of,
    people_in_list,
    present_in,
    read_attendance,
)
from indexer.structure.attendance_fallbacks import opening_present
from indexer.structure.attendance_grids import table_lines, with_table_cells
from indexer.structure.attendance_labels import section_label
from indexer.structure.attendance_tables import tabbed_people
from indexer.structure.dates import first_date
from indexer.structure.decisions import is_decision_notice, read_decision
from indexer.structure.headings import LOG_TITLE, Heading, find_headings
from indexer.structure.layout import Row, page_starts, rows_of, text_of
from indexer.structure.masthead import read_header
from indexer.structure.resolutions import read_resolutions

__all__ = ["find_headings", "read_resolutions", "read_structure"]

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
    read_header(record, preamble, rows)
    lines, breaks = _attendance_rows(rows, preamble, headings)
    lines = with_table_cells(lines, table_lines(doc))  # a ruled grid's cells, not its word gaps
    record.attendance = read_attendance(lines, breaks)
    if not record.attendance.present:
        opening = [r.text for r in rows[: headings[2].index if len(headings) > 2 else len(rows)]]
        record.attendance.present = present_in(" ".join(lines)) or opening_present(opening)
    record.preamble = text_of(preamble)
    record.preamble_page_starts = page_starts(preamble)
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


_OPENED = re.compile(r"called\s+(?:the\s+meeting\s+)?to\s+order", re.IGNORECASE)
_ATTENDANCE_TITLE = re.compile(r"roll call|attendance|present|members present", re.IGNORECASE)


def _attendance_rows(rows: list[Row], preamble: list[Row], headings: list[Heading]) -> tuple[list[str], list[bool]]:
    """The header block, plus a "ROLL CALL" item's own lines where US minutes put it, plus
    an attendance label inside one of the first items ("1. Welcome … LEAVE OF ABSENCE
    APPROVED", or a list under a date or address the heading reader took for an item)."""
    source = list(preamble)
    last = next((r for r in reversed(preamble) if r.text.strip()), None)
    if last and (label := section_label(last.text)) and not label[2]:
        # "PRESENT" then "1. Suzette Kent<tab>Chair": numbered rows the heading reader took for items
        roles: set[str] = set()
        for heading, nxt in zip(headings, [*headings[1:], None]):
            if not tabbed_people(rows[heading.index].text, None, roles):
                break
            source += rows[heading.index : nxt.index if nxt else len(rows)]
    business = False  # a heading of business has been passed: later "Apologies" belong to another meeting
    for n, (heading, nxt) in enumerate(zip(headings[:6], [*headings[1:7], None])):
        end = nxt.index if nxt else len(rows)
        titled = section_label(heading.title)  # "2. REGRETS:" before any business
        business = business or not (titled and not titled[2])
        if _ATTENDANCE_TITLE.search(heading.title) or not business:
            first = rows[heading.index]
            head = Row(
                page=first.page,
                line=Line(
                    **{**first.line.__dict__, "text": re.sub(r"^[A-Z][A-Z /&'’-]{3,40}?\s+[-–]\s*", "", first.text)}
                ),
                breaks=True,
            )
            source += [head, *rows[heading.index + 1 : end]]
        elif n < 3:
            body = rows[heading.index + 1 : end]
            start = next((i for i, r in enumerate(body) if section_label(r.text)), None)
            if start is not None:
                label = body[start]
                source += [Row(page=label.page, line=label.line, breaks=True), *body[start + 1 :]]
            else:  # "The Chairperson, Madelyn Wils, called the meeting to order." under an address
                for n, r in enumerate(body[:3]):
                    if _OPENED.search(r.text):  # with the sentence's wrapped lines ("… Cole" / "and Moss present.")
                        more = list(takewhile(lambda w: not w.breaks, body[n + 1 : n + 3]))
                        ends = next((k for k, w in enumerate([r, *more]) if w.text.rstrip().endswith(".")), len(more))
                        source += [
                            Row(page=w.page, line=w.line, breaks=not k) for k, w in enumerate([r, *more][: ends + 1])
                        ]
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


def _after_heading(text: str, heading: Heading) -> str:
    """The business on a heading's own line: after its number ("5. ADJOURN. There being …"),
    or after an unnumbered heading's name ("Pool Report: Cindy reports …", "ROLL CALL -
    Present: …")."""
    if heading.number is None:
        flat = " ".join(text.split())
        if flat.lower().startswith(heading.title.lower()):
            return re.sub(r"^\s*[:;.\-–—]*\s*", "", flat[len(heading.title) :])
    rest = text.split(None, 1)
    return rest[1] if len(rest) > 1 else ""


def _item(rows: list[Row], heading: Heading, nxt: Heading | None) -> AgendaItem:
    end = nxt.index if nxt else len(rows)
    first = heading.index if heading.keep_line else heading.index + 1
    body = [r for r in rows[first:end] if r.text.strip()]
    if heading.keep_line and body:
        body[0] = Row(
            page=body[0].page,
            line=Line(**{**body[0].line.__dict__, "text": _after_heading(body[0].text, heading)}),
            breaks=True,
        )
    pages = [rows[heading.index].page] + [r.page for r in body]
    item = AgendaItem(
        number=heading.number,
        title=heading.title,
        text=text_of(body),
        pages=[min(pages), max(pages)],
        page_starts=page_starts(body),
    )
    item.resolutions = read_resolutions(body, heading.number)
    return item
