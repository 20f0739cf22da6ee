"""The typed records that flow one way through the pipeline.

PDF → Document (pages) → MeetingRecord | DecisionRecord → index records → SearchResult.
Each stage takes the previous stage's record and never reaches back, so a record here is
the whole contract between two modules. ``to_dict`` gives the JSON of ``extract --json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Line:
    """One printed line with the layout facts that headings and tables are read from."""

    text: str
    top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False


@dataclass
class Page:
    number: int  # 1-based PDF page number
    text: str
    lines: list[Line] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    ocr: bool = False


@dataclass
class Document:
    source: str
    sha256: str
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)


@dataclass
class Person:
    name: str
    title: str | None = None
    role: str | None = None
    organisation: str | None = None
    group: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Attendance:
    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)


@dataclass
class Resolution:
    number: str | None
    text: str
    item: str | None = None


@dataclass
class Commitment:
    actor: str
    action: str
    item: str | None = None
    meeting_date: str | None = None
    due: str | None = None
    source_sentence: str = ""
    page: int | None = None
    status: str | None = None


@dataclass
class ActionRow:
    """A row of an action table or log, before its owner is resolved to a person."""

    text: str
    owner: str | None = None
    due: str | None = None
    status: str | None = None
    section: str | None = None
    item: str | None = None
    page: int | None = None


@dataclass
class Vote:
    item: str | None
    motion: str
    moved: str | None = None
    seconded: str | None = None
    for_: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstain: list[str] = field(default_factory=list)
    result: str | None = None
    tally: str | None = None


@dataclass
class AgendaItem:
    number: str | None
    title: str
    text: str = ""
    pages: list[int] = field(default_factory=list)  # [first, last], 1-based
    resolutions: list[Resolution] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    # [offset in text, page] where each page begins: a sentence is cited at its own page.
    page_starts: list[list[int]] = field(default_factory=list)


@dataclass
class MeetingRecord:
    source: str
    sha256: str
    doc_type: str = "minutes"  # "minutes" | "action_log"
    organisation: str | None = None
    body: str | None = None
    meeting_date: str | None = None
    meeting_time: str | None = None
    venue: str | None = None
    attendance: Attendance = field(default_factory=Attendance)
    items: list[AgendaItem] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    next_meeting: str | None = None
    action_rows: list[ActionRow] = field(default_factory=list)
    preamble: str = ""
    ocr: bool = False
    pages: int = 0
    preamble_page_starts: list[list[int]] = field(default_factory=list)  # as AgendaItem.page_starts


@dataclass
class DecisionRecord:
    source: str
    sha256: str
    doc_type: str = "decision"
    organisation: str | None = None
    body: str | None = None
    title: str = ""
    decision_status: str | None = None
    key_decision: bool | None = None
    decision_date: str | None = None
    meeting_date: str | None = None
    decided_at: str | None = None
    text: str = ""
    page_range: list[int] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    # An order's numbered paragraphs, or a notice's one decision (empty for a decision form,
    # whose item is in the meeting's minutes).
    items: list[AgendaItem] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    same_as: dict[str, str] | None = None
    ocr: bool = False
    pages: int = 0


Record = MeetingRecord | DecisionRecord


def to_dict(record: Any) -> Any:
    """asdict, with ``for_`` spelt ``for`` as DESIGN.md names it."""
    return _rename(asdict(record))


def _rename(value: Any) -> Any:
    if isinstance(value, dict):
        return {("for" if k == "for_" else k): _rename(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v) for v in value]
    return value


def from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its JSON, so the web app can show what the indexer stored."""
    people = [Person(**p) for p in data.get("people", [])]
    commitments = [Commitment(**c) for c in data.get("commitments", [])]
    if data.get("doc_type") == "decision":
        fields = dict(data)
        fields["resolutions"] = [Resolution(**r) for r in data.get("resolutions", [])]
        fields["items"] = _items(data)
        fields["people"] = people
        fields["commitments"] = commitments
        return DecisionRecord(**fields)
    att = data.get("attendance") or {}
    fields = dict(data)
    fields["attendance"] = Attendance(
        present=[Person(**p) for p in att.get("present", [])],
        apologies=[Person(**p) for p in att.get("apologies", [])],
        absent=[Person(**p) for p in att.get("absent", [])],
    )
    fields["items"] = _items(data)
    fields["people"] = people
    fields["commitments"] = commitments
    fields["action_rows"] = [ActionRow(**a) for a in data.get("action_rows", [])]
    fields["votes"] = [
        Vote(**{("for_" if k == "for" else k): v for k, v in vote.items()}) for vote in data.get("votes", [])
    ]
    return MeetingRecord(**fields)


def _items(data: dict[str, Any]) -> list[AgendaItem]:
    return [
        AgendaItem(**{**i, "resolutions": [Resolution(**r) for r in i.get("resolutions", [])]})
        for i in data.get("items", [])
    ]
