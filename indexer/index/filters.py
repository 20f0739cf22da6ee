"""Search filters as sets of document numbers, worked out once per search.

Whoosh would turn a filter query into a document set on every search it is given to,
and a date range into hundreds of numeric terms; here the person, meeting, organisation,
type and outcome filters are term lookups, and the date range is read from the "day"
column that facets.py already keeps in memory.
"""

from __future__ import annotations

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

    def terms(self) -> list[Query]:
        queries: list[Query] = []
        if self.people:
            queries.append(Or([Term("people_key", n) for n in sorted(set(self.people))]))
        for field, value in (("meeting_key", self.meeting), ("org_key", self.org), ("type", self.type)):
            if value:
                queries.append(Term(field, value))
        if self.outcome:
            queries.append(Term("outcome", self.outcome.lower()))
        return queries

    def allowed(self, searcher: Any, columns: FacetColumns) -> set[int] | None:
        """The documents these filters let through, or None when there are no filters."""
        allowed: set[int] | None = None
        for query in self.terms():
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
