"""Follow-up: when each commitment falls due, and whether a later meeting reported it done.

A scrutiny officer's job is chasing what was promised. Minutes rarely close the loop in
one place, but the same body's later meetings do: "matters arising", an action log that
marks a row complete, "Mike Nunn had circulated the breakdown of police call-outs". So a
commitment's status is read across the body's papers in date order:

- **done**: a later meeting of the same body has a sentence (or action-log row) that holds
  most of the commitment's words beside a word of completion ("circulated", "completed");
- **overdue**: not reported done and its due date has passed;
- **open**: otherwise (no due date, or not yet due).

Due phrases are resolved from the meeting's own date: "the next meeting" is the date the
paper gives for it, else the body's next indexed meeting; "March" is the next March after
the meeting; "in 90 days" is counted; dates in other forms are read by ``dateparser``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from indexer.records import Commitment, MeetingRecord, Record

LATER_MEETINGS_READ = 6  # how far ahead a report of completion is looked for
_STOP = set(
    "a an the of to and or for in on at by with from be is are was were this that it its their as "
    "will would should could shall may might must has have had been being do does did not all any "
    "provide report reports update updates meeting next board committee council".split()
)
_DONE = re.compile(
    r"\b(?:done|completed?|complete|circulated|provided|received|reported|actioned|closed|resolved|sent|"
    r"published|delivered|distributed|submitted|shared|arranged|confirmed|presented|"
    r"has been|had been|have been|was given|were given|wrote|met|spoke|"
    # "had written", "has now circulated": a past perfect reports the deed as done.
    r"(?:had|has|have)\s+(?:now\s+|already\s+|since\s+)?[a-z]+(?:ed|en|wn|ne|t))\b",
    re.IGNORECASE,
)
_NOT_DONE = re.compile(
    r"\b(?:carried forward|c/f|ongoing|outstanding|not yet|still to|remains? open|in progress|awaited|"
    r"deferred|pending)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|\n{2,}|\n(?=[•\-*]|\d+[.)]\s)")
_NEXT_MEETING = re.compile(r"\b(?:next|following)\s+(?:\w+\s+)?meeting\b", re.IGNORECASE)
_WITHIN = re.compile(
    r"\b(?:within|in)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<unit>day|week|month)s?\b",
    re.IGNORECASE,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_END_OF = re.compile(r"\bend\s+of\s+(?:the\s+)?(?P<what>\w+)(?:\s+(?P<year>\d{4}))?", re.IGNORECASE)
_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_EVENTS = {"christmas": (12, 25), "the new year": (1, 1), "new year": (1, 1), "the summer": (8, 31)}


@dataclass(frozen=True)
class FollowUp:
    status: str  # "open", "done" or "overdue"
    due_date: str | None = None  # YYYY-MM-DD, resolved
    done_in: str | None = None  # the document that reported it done
    done_item: str | None = None
    done_page: int | None = None


@dataclass
class _Meeting:
    doc: str
    day: date
    next_meeting: date | None
    commitments: list[Commitment]
    reports: list[tuple[set[str], str, str | None, int | None]] = field(default_factory=list)  # words, text, item, page


def commitment_key(doc: str, actor: str | None, action: str | None) -> tuple[str, str, str]:
    """How a commitment is recognised across the index and the records."""
    return doc, (actor or "").lower(), " ".join(re.findall(r"\w+", (action or "").lower()))


class FollowUpBook:
    """Meetings gathered one by one (as an archive is read), then every commitment's status.

    Keeps per meeting only its commitments and the words of its sentences that report
    something done, not whole records, so a large archive fits in memory."""

    def __init__(self) -> None:
        self._bodies: dict[str, list[_Meeting]] = {}

    def add(self, doc: str, record: Record) -> None:
        meeting = _meeting(doc, record)
        if meeting is not None:
            self._bodies.setdefault(_body_key(record), []).append(meeting)

    def statuses(self, today: date | None = None) -> dict[tuple[str, str, str], FollowUp]:
        today = today or date.today()
        out: dict[tuple[str, str, str], FollowUp] = {}
        for meetings in self._bodies.values():
            meetings.sort(key=lambda m: (m.day, m.doc))
            for n, meeting in enumerate(meetings):
                later = [m for m in meetings[n + 1 :] if m.day > meeting.day][:LATER_MEETINGS_READ]
                for commitment in meeting.commitments:
                    key = commitment_key(meeting.doc, commitment.actor, commitment.action)
                    out[key] = _status(commitment, meeting, later, today)
        return out


def follow_up(papers: Iterable[tuple[str, Record]], today: date | None = None) -> dict[tuple[str, str, str], FollowUp]:
    """The follow-up of every commitment in ``papers`` (document id, record), keyed by
    ``commitment_key``."""
    book = FollowUpBook()
    for doc, record in papers:
        book.add(doc, record)
    return book.statuses(today)


def resolve_due(phrase: str | None, meeting_day: date, next_meeting: date | None = None) -> date | None:
    """A due phrase as a date on or after the meeting, or None when it names no day."""
    if not phrase:
        return None
    text = " ".join(phrase.split())
    if _NEXT_MEETING.search(text):
        return next_meeting
    within = _WITHIN.search(text)
    if within:
        count = int(within.group("n")) if within.group("n").isdigit() else _NUMBERS[within.group("n").lower()]
        unit = within.group("unit").lower()
        return (
            meeting_day + timedelta(days=count * {"day": 1, "week": 7}.get(unit, 0))
            if unit != "month"
            else (_add_months(meeting_day, count))
        )
    lowered = re.sub(r"^(?:by|in|before|during|for)\s+", "", text.lower()).strip()
    if lowered in ("next week",):
        return meeting_day + timedelta(days=7)
    if lowered in ("next month",):
        return _month_end(_add_months(meeting_day, 1))
    for event, (month, day) in _EVENTS.items():
        if lowered == event:
            return _next_on_or_after(meeting_day, month, day)
    end = _END_OF.search(text)
    if end and end.group("what").lower() in _MONTHS:
        month = _MONTHS[end.group("what").lower()]
        year = int(end.group("year")) if end.group("year") else None
        return _month_end(date(year, month, 1)) if year else _month_end(_next_on_or_after(meeting_day, month, 1))
    if lowered in _MONTHS or re.fullmatch(r"(?:early|mid|late)[- ]\w+", lowered):
        month = _MONTHS.get(lowered.split()[-1].split("-")[-1])
        return _month_end(_next_on_or_after(meeting_day, month, 1)) if month else None
    parsed = _parse_date(text, meeting_day.isoformat())
    if parsed and parsed >= meeting_day:
        return parsed
    # "in time for April's AGM": a month named in passing bounds the deadline.
    named = [_MONTHS[w] for w in re.findall(r"[a-z]+", lowered) if w in _MONTHS]
    return _month_end(_next_on_or_after(meeting_day, named[0], 1)) if named else None


def _status(commitment: Commitment, meeting: _Meeting, later: list[_Meeting], today: date) -> FollowUp:
    next_meeting = meeting.next_meeting or (later[0].day if later else None)
    due = resolve_due(commitment.due, meeting.day, next_meeting)
    due_text = due.isoformat() if due else None
    if (commitment.status or "").lower() in ("done", "complete", "completed", "closed"):
        return FollowUp("done", due_text, meeting.doc, commitment.item, commitment.page)
    wanted = _words(commitment.action)
    actor = {w for w in _words(commitment.actor) if len(w) > 2}
    if len(wanted) >= 2:
        for later_meeting in later:
            for words, _text, item, page in later_meeting.reports:
                shared = len(wanted & words)
                needed = 0.34 if actor & words else 0.5
                if shared >= 2 and shared >= needed * len(wanted):
                    return FollowUp("done", due_text, later_meeting.doc, item, page)
    if due and due < today:
        return FollowUp("overdue", due_text)
    return FollowUp("open", due_text)


def _meeting(doc: str, record: Record) -> _Meeting | None:
    if not isinstance(record, MeetingRecord) or not record.meeting_date:
        return None
    try:
        day = date.fromisoformat(record.meeting_date[:10])
    except ValueError:
        return None
    try:
        next_meeting = date.fromisoformat(record.next_meeting[:10]) if record.next_meeting else None
    except ValueError:
        next_meeting = None
    meeting = _Meeting(doc, day, next_meeting if next_meeting and next_meeting > day else None, record.commitments)
    for item in record.items:
        for sentence in _SENTENCE.split(item.text or ""):
            if _DONE.search(sentence) and not _NOT_DONE.search(sentence):
                meeting.reports.append((_words(sentence), sentence, item.number, item.pages[0] if item.pages else None))
    for row in record.action_rows:
        if re.search(r"\b(?:done|complete|completed|closed|green)\b", row.status or "", re.IGNORECASE):
            meeting.reports.append((_words(row.text), row.text, row.item, row.page))
    return meeting


def _body_key(record: Record) -> str:
    return " ".join(re.findall(r"\w+", f"{record.organisation or ''} {record.body or ''}".lower()))


def _words(text: str | None) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _STOP and len(w) > 1}


def _stem(word: str) -> str:
    """Enough stemming to meet "breakdown"/"breakdowns", "circulate"/"circulated"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _next_on_or_after(day: date, month: int, dom: int) -> date:
    candidate = date(day.year, month, dom)
    return candidate if candidate >= day else date(day.year + 1, month, dom)


@lru_cache(maxsize=4096)
def _parse_date(text: str, base: str) -> date | None:
    """Any other written date, read relative to the meeting (dateparser is slow: cached)."""
    if not re.search(r"\d|" + "|".join(_MONTHS), text.lower()):
        return None
    from datetime import datetime

    import dateparser

    settings = {
        "RELATIVE_BASE": datetime.fromisoformat(base),
        "PREFER_DATES_FROM": "future",
        "PREFER_DAY_OF_MONTH": "last",
        "REQUIRE_PARTS": ["month"],
    }
    parsed = dateparser.parse(
        re.sub(r"(?i)^(?:by|before|no later than)\s+", "", text), languages=["en"], settings=settings
    )
    return parsed.date() if parsed else None
