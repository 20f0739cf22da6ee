"""Decision notices: ModernGov "Decision details" pages and cabinet-member records.

They are short forms of labelled fields, so they are read label by label rather than
as a meeting.
"""

from __future__ import annotations

import re

from indexer.records import DecisionRecord, Document
from indexer.structure.dates import first_date
from indexer.structure.layout import Row, text_of

_FIELDS = {
    "decision_status": r"decision status",
    "key_decision": r"is key decision\??|key decision\??",
    "decision_date": r"date of decision|decision date|date decision taken|date",
    "decided_at": r"decided at meeting|decision maker|decision taken by|decided by",
    "title": r"title|subject|decision title",
}
_FIELD_RE = re.compile(r"^(?P<label>" + "|".join(_FIELDS.values()) + r")\s*\??\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_MARKERS = re.compile(r"^(decision details|record of (?:executive |cabinet member )?decision|decision notice)\b", re.I)


def is_decision_notice(rows: list[Row]) -> bool:
    head = [r.text for r in rows[:15]]
    return any(_MARKERS.match(t) for t in head) or sum(bool(_FIELD_RE.match(t)) for t in head) >= 2


def read_decision(doc: Document, rows: list[Row]) -> DecisionRecord:
    from indexer.structure.resolutions import read_resolutions

    record = DecisionRecord(source=doc.source, sha256=doc.sha256, ocr=doc.ocr, pages=len(doc.pages))
    body: list[Row] = []
    seen_marker = False
    for index, row in enumerate(rows):
        text = row.text.replace("\t", " ").strip()
        match = _FIELD_RE.match(text)
        if match:
            _set_field(record, match.group("label").lower(), match.group("value").strip())
            continue
        if _MARKERS.match(text):
            seen_marker = True
            continue
        if (
            not seen_marker
            and index < 3
            and record.organisation is None
            and re.search(r"council|authority|trust", text, re.I)
        ):
            record.organisation = text
            continue
        if seen_marker and not record.title and (row.line.bold or len(text.split()) <= 12):
            record.title = text
            continue
        if re.match(r"^accompanying documents", text, re.I):
            continue
        body.append(row)
    record.text = text_of(body)
    pages = [r.page for r in body] or [1]
    record.page_range = [min(pages), max(pages)]
    record.resolutions = read_resolutions(body, None)
    record.meeting_date = record.meeting_date or record.decision_date
    return record


def _set_field(record: DecisionRecord, label: str, value: str) -> None:
    name = next((n for n, pattern in _FIELDS.items() if re.fullmatch(pattern, label, re.IGNORECASE)), None)
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
