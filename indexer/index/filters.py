"""Search filters as sets of document numbers, worked out once per search.

Whoosh would turn a filter query into a document set on every search it is given to,
and a date range into hundreds of numeric terms; here the person, meeting, organisation,
type and outcome filters are term lookups, and the date range is read from the "day"
column that facets.py already keeps in memory.

Users type filters as they remember them: a surname ("Nunn"), a first name, a body without
its date ("corporate parenting"), a date alone ("2020-11-24"), part of an organisation's name
("Kent"). A value that is not a whole key matches every key holding all its words (the last
one may be cut short), read from the field's own list of keys.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from datetime import date
from typing import Any

from whoosh.query import Or, Query, Term

from indexer.index.facets import FacetColumns


@dataclass
class Filters:
    """What the user narrowed a search to; empty fields do not narrow."""

    people: list[str] | None = None  # every name the person goes by, lower case
    meeting: str | None = None
    org: str | None = None
    type: str | None = None
    outcome: str | None = None
    day_from: str | None = None  # YYYY-MM-DD
    day_to: str | None = None

    def terms(self, reader: Any = None) -> list[Query]:
        queries: list[Query] = []
        if self.people:
            names = set(self.people)
            if reader is not None:
                names |= {key for name in self.people for key in keys_holding(reader, "people_key", name)}
            queries.append(Or([Term("people_key", n) for n in sorted(names)]))
        for field, value in (("meeting_key", self.meeting), ("org_key", self.org)):
            if value:
                keys = keys_holding(reader, field, value) if reader is not None else []
                queries.append(Or([Term(field, k) for k in sorted({value, *keys})]))
        if self.type:
            queries.append(Term("type", self.type))
        if self.outcome:
            queries.append(Term("outcome", self.outcome.lower()))
        return queries

    def allowed(self, searcher: Any, columns: FacetColumns) -> set[int] | None:
        """The documents these filters let through, or None when there are no filters."""
        allowed: set[int] | None = None
        for query in self.terms(searcher.reader()):
            docs = set(searcher.docs_for_query(query))
            allowed = docs if allowed is None else allowed & docs
            if not allowed:
                return set()
        if self.day_from or self.day_to:
            low, high = self.day_from or "0000-00-00", self.day_to or "9999-12-31"
            days = columns.whole_column(searcher.reader(), "day")
            candidates = range(len(days)) if allowed is None else allowed
            allowed = {d for d in candidates if d < len(days) and days[d] and low <= days[d] <= high}
        return allowed


def iso_day(value: str | None) -> str | None:
    """A YYYY-MM-DD the user typed, checked; anything else filters nothing."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


_TOKEN = re.compile(r"[^\W_]+")
MAX_KEYS = 500  # a one-letter filter must not become thousands of terms


def keys_holding(reader: Any, field: str, value: str) -> list[str]:
    """The keys of ``field`` that hold every word of ``value`` (the last word as a prefix)."""
    wanted = _TOKEN.findall(value.lower())
    if not wanted or (field, value.lower()) in reader:
        return []  # a whole key as typed: nothing to widen, and no list of keys to read
    *whole, last = wanted
    found = []
    for key, tokens in _tokenized_keys(reader, field):
        if all(w in tokens for w in whole) and any(t.startswith(last) for t in tokens if t not in whole or t == last):
            found.append(key)
            if len(found) >= MAX_KEYS:
                break
    return found


# Each reader's keys with their words, split once: a filter that is not a whole key ("Nunn",
# "P Jay") read and split all 2,468 people keys of the real papers on every search (~10 ms).
# A reader's segments never change, and a re-index brings new readers.
_KEYS: weakref.WeakKeyDictionary[Any, dict[str, list[tuple[str, list[str]]]]] = weakref.WeakKeyDictionary()


def _tokenized_keys(reader: Any, field: str) -> list[tuple[str, list[str]]]:
    """``field``'s keys in ``reader`` with their words, in the order of the field's list."""
    try:
        fields = _KEYS.setdefault(reader, {})
    except TypeError:  # a reader that cannot be remembered is read afresh
        fields = {}
    keys = fields.get(field)
    if keys is None:
        decoded = (raw.decode("utf-8") if isinstance(raw, bytes) else str(raw) for raw in reader.lexicon(field))
        keys = fields[field] = [(key, _TOKEN.findall(key)) for key in decoded]
    return keys
