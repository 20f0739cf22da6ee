"""People and meetings as the browser shows them, read from the indexer's stored records.

The index answers "which passages mention X"; a person page also needs "which meetings
did X attend, under what title", which only the records hold. The indexer has no
person lookup, so this module builds one from ``indexer.index.store.iter_records`` and keeps
it until the manifest changes (one pass over the records, not one per request).
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from indexer.index.followup import FollowUp, FollowUpBook, commitment_key
from indexer.index.manifest import index_generation
from indexer.index.search import Hit
from indexer.index.store import iter_records
from indexer.records import DecisionRecord, MeetingRecord, Person, Record
from webapp.display import person_slug

# The files whose change means a re-index has finished; their mtimes date the catalogue.
_STAMP_FILES = ("manifest.json", "people.json")
_NEAREST_KEPT = 512  # typed phrases whose nearest names are kept


@dataclass
class MeetingSummary:
    """One indexed paper, as listed on the home page and offered in filters."""

    doc: str
    doc_type: str
    body: str
    organisation: str | None
    date: str | None
    title: str

    @property
    def label(self) -> str:
        """ "Corporate Parenting Board 2020-11-24": the name the meeting filter accepts."""
        return " ".join(p for p in (self.body, self.date) if p) or self.doc


@dataclass
class Attended:
    doc: str
    body: str
    date: str | None
    status: str  # "present" | "apologies" | "absent"
    group: str | None = None


@dataclass
class Mention:
    """An agenda item (or decision notice) where the person speaks or is named."""

    doc: str
    body: str
    date: str | None
    number: str | None
    title: str
    pages: list[int] = field(default_factory=list)
    kind: str = "item"

    @property
    def first_page(self) -> int:
        return min(self.pages) if self.pages else 1


@dataclass
class VoteCast:
    """How one member stood on one recorded motion: moved, seconded, for, against, abstained."""

    doc: str
    body: str
    date: str | None
    item: str | None
    motion: str
    side: str
    result: str | None
    tally: str | None = None
    item_title: str | None = None


@dataclass
class PersonProfile:
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    attended: list[Attended] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    votes: list[VoteCast] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return person_slug(self.name)

    def has_page(self, policy: str = "listed") -> bool:
        """Whether this person gets a page of their own.

        A page gathers everything the papers say of someone. By default ("listed") that is
        for members and officers a paper lists (in its attendance, or with a title or role),
        never for a member of the public named once or a young person named by first name
        only; "everyone" gives every named person a page.
        """
        if policy == "everyone":
            return True
        listed = bool(self.attended or self.titles or self.roles)
        return listed and (len(self.name.split()) >= 2 or bool(self.titles))

    def note(self, person: Person) -> None:
        """Keep each title, role and organisation the papers give this person, once."""
        for value, seen in (
            (person.title, self.titles),
            (person.role, self.roles),
            (person.organisation, self.organisations),
        ):
            if value and value not in seen:
                seen.append(value)
        for alias in person.aliases:
            if alias != self.name and alias not in self.aliases:
                self.aliases.append(alias)


class Catalogue:
    """Every person and meeting in the index, looked up by slug or document id."""

    def __init__(self, index_dir: Path, stamp: tuple[int, ...]) -> None:
        self.index_dir = index_dir
        self.stamp = stamp
        self.meetings: list[MeetingSummary] = []
        self.people: dict[str, PersonProfile] = {}
        self._canonical: dict[str, str] = {}
        self._by_slug: dict[str, PersonProfile] = {}
        self.follow_ups: dict[tuple[str, str, str], FollowUp] = {}
        self._names: tuple[tuple[str, dict[str, str]], ...] | None = None  # for ``nearest``
        self._nearest: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self._nearest_lock = threading.Lock()
        # Rendered person links (webapp/fragments.py), which change only with the catalogue.
        self.links: dict[tuple[str, str, str], Any] = {}

    @classmethod
    def load(cls, index_dir: Path, aliases: dict[str, list[str]] | None = None, today: date | None = None) -> Catalogue:
        """Read every stored record once; ``aliases`` is the index's canonical → aliases table;
        ``today`` decides what is overdue."""
        catalogue = cls(index_dir, _stamp(index_dir))
        for name, others in (aliases or {}).items():
            profile = catalogue._profile(name)
            for alias in others:
                catalogue._canonical.setdefault(_key(alias), profile.name)
                if alias != profile.name and alias not in profile.aliases:
                    profile.aliases.append(alias)
        book = FollowUpBook()
        for doc, record in iter_records(index_dir):
            catalogue._add(doc, record)
            book.add(doc, record)
        catalogue.follow_ups = book.statuses(today)
        catalogue.meetings.sort(key=lambda m: (m.date or "", m.doc), reverse=True)
        for profile in catalogue.people.values():
            # Two names can share a slug ("Jo Smith", "Jo-Smith"); the first seen keeps it.
            catalogue._by_slug.setdefault(profile.slug, profile)
            profile.attended.sort(key=lambda a: (a.date or "", a.doc), reverse=True)
            profile.mentions.sort(key=lambda m: (m.date or "", m.doc, m.first_page), reverse=True)
            profile.votes.sort(key=lambda v: (v.date or "", v.doc), reverse=True)
        return catalogue

    def is_stale(self) -> bool:
        return _stamp(self.index_dir) != self.stamp

    def follow(self, hits: list[Hit]) -> list[Hit]:
        """Each commitment hit with its status and resolved due date."""
        for hit in hits:
            found = self.follow_ups.get(commitment_key(hit.doc, hit.actor, hit.action))
            if found:
                hit.status, hit.due_date = found.status, found.due_date
        return hits

    def nearest(self, typed: str, limit: int = 3) -> list[tuple[str, str]]:
        """People and bodies whose names are nearest to what was typed, for a search that
        found nothing: ``(kind, name)`` pairs, "person" or "meeting".

        Kept per catalogue for the searches asked again: comparing a phrase with every
        name took 170 ms on the real papers' 3,000 names, most of a page that found nothing.
        """
        typed = " ".join(typed.lower().split())
        if len(typed) < 3:
            return []
        key = (typed, limit)
        found = self._nearest.get(key)
        if found is None:
            found = self._nearest_names(typed, limit)
            with self._nearest_lock:
                if len(self._nearest) >= _NEAREST_KEPT:
                    self._nearest.pop(next(iter(self._nearest)))
                self._nearest[key] = found
        return list(found)

    def _nearest_names(self, typed: str, limit: int) -> list[tuple[str, str]]:
        if self._names is None:
            people = {name.lower(): name for name in self.people}
            for name in list(people.values()):
                people.setdefault(name.split()[-1].lower(), name)  # a surname alone
            bodies = {m.body.lower(): m.body for m in self.meetings if m.body}
            self._names = (("person", people), ("meeting", bodies))
        # difflib's ratio is at most 2·shorter/(both lengths): below the cutoff of 0.75 when
        # one is under 0.6 of the other, so those names are never compared.
        low, high = len(typed) * 0.6, len(typed) / 0.6
        out: list[tuple[str, str]] = []
        for kind, names in self._names:
            candidates = [n for n in names if low <= len(n) <= high]
            for close in difflib.get_close_matches(typed, candidates, n=limit, cutoff=0.75):
                if (kind, names[close]) not in out:
                    out.append((kind, names[close]))
        return out[:limit]

    def person(self, slug: str, policy: str = "listed") -> PersonProfile | None:
        profile = self._by_slug.get(slug)
        return profile if profile is not None and profile.has_page(policy) else None

    def has_page(self, name: str, policy: str = "listed") -> bool:
        """Whether ``name`` (any of a person's names) links to a person page."""
        profile = self.people.get(self._canonical.get(_key(name), name))
        return profile is not None and profile.has_page(policy)

    def people_names(self) -> list[str]:
        return sorted(self.people)

    def _profile(self, name: str) -> PersonProfile:
        key = _key(name)
        canonical = self._canonical.get(key, name)
        if canonical not in self.people:
            self.people[canonical] = PersonProfile(canonical)
            self._canonical[key] = canonical
        return self.people[canonical]

    def _learn_aliases(self, person: Person) -> None:
        profile = self._profile(person.name)
        for alias in person.aliases:
            self._canonical.setdefault(_key(alias), profile.name)

    def _add(self, doc: str, record: Record) -> None:
        body = record.body or record.organisation or ""
        title = record.title if isinstance(record, DecisionRecord) else body
        self.meetings.append(
            MeetingSummary(doc, record.doc_type, body, record.organisation, record.meeting_date, title)
        )
        for person in record.people:
            self._learn_aliases(person)
            self._profile(person.name).note(person)
        if isinstance(record, MeetingRecord):
            self._add_attendance(doc, body, record)
            self._add_votes(doc, body, record)
            for item in record.items:
                for name in dict.fromkeys(item.people):
                    mention = Mention(doc, body, record.meeting_date, item.number, item.title, list(item.pages))
                    self._profile(name).mentions.append(mention)
        else:
            for person in record.people:
                mention = Mention(
                    doc, body, record.meeting_date, None, record.title, list(record.page_range), kind="decision"
                )
                self._profile(person.name).mentions.append(mention)

    def _add_votes(self, doc: str, body: str, record: MeetingRecord) -> None:
        """One row per member per motion, naming every part they took ("moved, for")."""
        titles = {item.number: item.title for item in record.items if item.number}
        for vote in record.votes:
            sides = [
                ("moved", [vote.moved]),
                ("seconded", [vote.seconded]),
                ("for", vote.for_),
                ("against", vote.against),
                ("abstained", vote.abstain),
            ]
            parts: dict[str, list[str]] = {}
            for side, names in sides:
                for name in names:
                    if name:
                        parts.setdefault(self._profile(name).name, []).append(side)
            for name, taken in parts.items():
                cast = VoteCast(doc, body, record.meeting_date, vote.item, vote.motion, ", ".join(taken), vote.result)
                cast.tally, cast.item_title = vote.tally, titles.get(vote.item)
                self._profile(name).votes.append(cast)

    def _add_attendance(self, doc: str, body: str, record: MeetingRecord) -> None:
        attendance = record.attendance
        for status, people in (
            ("present", attendance.present),
            ("apologies", attendance.apologies),
            ("absent", attendance.absent),
        ):
            for person in people:
                profile = self._profile(person.name)
                profile.note(person)
                profile.attended.append(Attended(doc, body, record.meeting_date, status, person.group))


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _stamp(index_dir: Path) -> tuple[int, ...]:
    stamps = []
    for name in _STAMP_FILES:
        try:
            stamps.append((index_dir / name).stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    # A run killed after Whoosh's commit leaves the manifest as it was: the index's own
    # generation says the papers changed (indexer.index.manifest.committed_journal).
    return (*stamps, index_generation(index_dir))
