"""Decision notices: ModernGov "Decision details" pages, records of decision, regulators'
orders, statutory notices (traffic orders) and resolutions passed at a general meeting.

They record what was decided rather than a meeting's business, so they are read as one
decision: label by label where they are forms, and otherwise from their heading lines
(who issued it, the meeting that passed it) and their "Dated …" line.
"""

from __future__ import annotations

import re

from indexer.records import DecisionRecord, Document
from indexer.structure.dates import find_dates, first_date
from indexer.structure.decision_items import decision_items
from indexer.structure.layout import Row, text_of
from indexer.structure.masthead import ORG_WORDS, title_case
from indexer.structure.meeting_date import meeting_date

_FIELDS = {
    "decision_status": r"decision status",
    "key_decision": r"is key decision\??|key decision\??",
    "decision_date": r"date of decision|decision date|date decision taken|date",
    "decided_at": r"decided at meeting|decision maker|decision taken by|decided by",
    "title": r"title|subject|decision title",
}
_FIELD_RE = re.compile(r"^(?P<label>" + "|".join(_FIELDS.values()) + r")\s*\??\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_MARKERS = re.compile(
    r"^(?:decision details|record of (?:[\w-]+ ){0,3}decisions?|decision (?:notice|record|sheet)|"
    # A regulator's order: "ORDER OF / THE CHARITY COMMISSIONERS …" (not "Order of Business").
    r"order of\b(?!\s+(?:business|the day|elections?|proceedings|speakers|items?|agenda))|"
    # Statutory notices: "NOTICE OF MAKING AN EXPERIMENTAL ORDER", "Notice of Decision".
    r"notice of (?:decision|determination|(?:the )?(?:making|intention|proposal)\b.*\border\b)|"
    r"statement of reasons|"
    # "RESOLUTION APPROVED AT SPECIAL GENERAL MEETING": a resolution sheet, not the minutes.
    r"(?:(?:special|ordinary|extraordinary|written)\s+)?resolutions?\s+(?:approved|passed|adopted|agreed)\s+(?:at|by)\b)",
    re.IGNORECASE,
)
_HEREBY = re.compile(r"\bnotice is hereby given\b", re.IGNORECASE)
_PASSED_AT = re.compile(r"\b(?:approved|passed|adopted|agreed)\s+(?:at|by)\s+(?:the\s+|an?\s+)?(?P<body>.+)$", re.I)
_REG_NUMBER = re.compile(r"\b(?:no\.?|number|reg(?:istered|istration)?)\s*:?\s*\d", re.IGNORECASE)


def is_decision_notice(rows: list[Row]) -> bool:
    """A decision's own paper, not minutes: its heading names it so, or it is a form of
    decision fields (two different labels: "Decision status:", "Date of decision:")."""
    head = [r.text.replace("\t", " ").strip() for r in rows[:15]]
    if any(re.search(r"\bminutes\b", t, re.IGNORECASE) for t in head[:6]):
        return False
    labels = {_field_name(m.group("label")) for t in head if (m := _FIELD_RE.match(t))}
    return (
        any(_MARKERS.match(t) for t in head[:12])
        or any(_HEREBY.search(t) for t in head[:12])
        or len(labels - {None}) >= 2
    )


def read_decision(doc: Document, rows: list[Row]) -> DecisionRecord:
    from indexer.structure.resolutions import read_resolutions

    record = DecisionRecord(source=doc.source, sha256=doc.sha256, ocr=doc.ocr, pages=len(doc.pages))
    body: list[Row] = []
    seen_marker = False
    fields: set[str | None] = set()
    title_rows: list[Row] = []
    for index, row in enumerate(rows):
        text = row.text.replace("\t", " ").strip()
        match = _FIELD_RE.match(text)
        if match:
            fields.add(_field_name(match.group("label")))
            _set_field(record, match.group("label").lower(), match.group("value").strip())
            continue
        if _MARKERS.match(text):
            seen_marker = True
            if _NAMES_ITSELF.match(text) and not record.title:
                record.title = text  # "RESOLUTION APPROVED AT SPECIAL GENERAL MEETING"
            continue
        if title_rows and _continues_title(title_rows, row):
            # "MONMOUTHSHIRE COUNTY COUNCIL / (TRAFFIC REGULATION ORDER) / (VARIOUS ROADS …)":
            # an order's name set as one block over several lines.
            title_rows.append(row)
            record.title = f"{record.title} {text}"
            continue
        title_rows = []
        if (
            not seen_marker
            and index < 3
            and record.organisation is None
            and re.search(r"council|authority|trust", text, re.I)
        ):
            record.organisation = title_case(text)
            continue
        if seen_marker and not record.title and (row.line.bold or len(text.split()) <= 12) and not _is_date(text):
            record.title = text
            title_rows = [row]
            continue
        if re.match(r"^accompanying documents", text, re.I):
            continue
        body.append(row)
    record.text = text_of(body)
    pages = [r.page for r in body] or [1]
    record.page_range = [min(pages), max(pages)]
    record.resolutions = read_resolutions(body, None)
    _read_heading(record, rows)
    record.meeting_date = record.meeting_date or record.decision_date
    record.items = decision_items(record, body, from_fields=len(fields - {None}) >= 2)
    return record


# A resolution sheet's heading names the decision itself; a notice's heading ("NOTICE OF
# MAKING AN EXPERIMENTAL ORDER") only announces the order named below it.
_NAMES_ITSELF = re.compile(r"^(?:(?:special|ordinary|extraordinary|written)\s+)?resolutions?\b", re.IGNORECASE)


def _continues_title(title_rows: list[Row], row: Row) -> bool:
    """A title block's next line: no paragraph break, the same weight and size, and the
    block still short enough to be a name (four lines at most)."""
    first = title_rows[0].line
    return (
        not row.breaks
        and len(title_rows) < 4
        and row.line.bold == first.bold
        and abs(row.line.size - first.size) < 0.6
        and len(row.text.split()) <= 12
        and not _FIELD_RE.match(row.text.strip())
        and not _MARKERS.match(row.text.strip())
    )


def _is_date(text: str) -> bool:
    """ "29TH NOVEMBER 2006": a heading line that only dates the paper."""
    dates = find_dates(text)
    return bool(dates) and len(text.split()) <= 4


def _read_heading(record: DecisionRecord, rows: list[Row]) -> None:
    """Who issued the decision, which meeting passed it and its date, from the heading
    lines where no labelled field gave them."""
    head = [r.text.replace("\t", " ").strip() for r in rows[:10]]
    head = [h for h in head if h]
    if record.organisation is None:
        record.organisation = _issuer(head)
    if record.body is None:
        passed = next((m for h in head if _MARKERS.match(h) and (m := _PASSED_AT.search(h))), None)
        record.body = title_case(passed.group("body")) if passed else record.organisation
    if record.decision_date is None:
        record.decision_date = _dated(rows) or meeting_date(rows, len(rows))


def _issuer(head: list[str]) -> str | None:
    """ "ORDER OF / THE CHARITY COMMISSIONERS …": the line after a bare "Order of"; else
    the first line naming an organisation ("MONMOUTHSHIRE COUNTY COUNCIL"); else the
    paper's first line when it is a short name ("FARRINGDON VILLAGE HALL")."""
    for text, nxt in zip(head, head[1:]):
        if re.fullmatch(r"order of", text, re.IGNORECASE):
            return title_case(re.sub(r"^the\s+", "", nxt, flags=re.IGNORECASE))
    names = [h for h in head if not _MARKERS.match(h) and not find_dates(h) and not _REG_NUMBER.search(h)]
    for text in names[:6]:
        if ORG_WORDS.search(text) and len(text) <= 90 and not re.search(r"\b(?:act|section)\s+\d", text, re.I):
            return title_case(text)
    first = head[0] if head else ""
    if first in names and len(first.split()) <= 8 and not re.search(r"[.:;]$", first):
        return title_case(first)
    return None


def _dated(rows: list[Row]) -> str | None:
    """ "Dated: 19th January 2022", "dated the / 7 April 2006": the date the order or
    notice was made."""
    for row, nxt in zip(rows, [*rows[1:], None]):
        match = re.search(r"\bdated\b(?:\s+the)?\s*:?\s*", row.text, re.IGNORECASE)
        if not match:
            continue
        dates = find_dates(row.text[match.end() :])
        if not dates and nxt is not None and not row.text[match.end() :].strip():
            dates = find_dates(nxt.text)
        if dates:
            return dates[0][1]
    return None


def _field_name(label: str) -> str | None:
    return next((n for n, pattern in _FIELDS.items() if re.fullmatch(pattern, label, re.IGNORECASE)), None)


def _set_field(record: DecisionRecord, label: str, value: str) -> None:
    name = _field_name(label)
    if name == "key_decision":
        record.key_decision = value.lower().startswith("yes")
    elif name == "decision_date":
        record.decision_date = first_date(value) or record.decision_date
    elif name == "decided_at":
        record.decided_at = value
        record.meeting_date = first_date(value)
        body = re.sub(r"^[\d/.\-\s]+[-–]\s*", "", value).strip()
        if body and not first_date(body):
            record.body = body
    elif name == "decision_status":
        record.decision_status = value
    elif name == "title" and not record.title:
        record.title = value
