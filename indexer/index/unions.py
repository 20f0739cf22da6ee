"""Whoosh's pre-loading OR matcher, without its walks over every slot of its array.

A plain query word that may also be read as a compound ("fire safety" → fire OR firesafeti)
is an OR, and on a segment of under 5,000 passages Whoosh matches an OR by adding its words'
scores into an array of 2,048 slots (``ArrayUnionMatcher``). It fills that array with a
generator, clears it slot by slot for every 2,048 documents, and steps through it slot by
slot to find the next match: tens of thousands of Python steps for an OR that matches a
handful of passages, ~1 ms a query of three such words (issue 17, "fire safety inspections").

``ListedArrayUnionMatcher`` keeps the same array, adds the same scores in the same order
(so every score is the same float), and also lists which slots it wrote: clearing and
stepping visit those slots only. Every document it matches, and in the same order, is the
one Whoosh's would match, so searches rank exactly as before.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Any

from whoosh.matching.combo import ArrayUnionMatcher, CombinationMatcher
from whoosh.query import Or, Query

_BIG_SEGMENT = 5000  # Whoosh's own limit: above it an OR is a tree of union matchers


class ListedArrayUnionMatcher(ArrayUnionMatcher):
    """``ArrayUnionMatcher`` that visits only the slots its part of the postings wrote."""

    def __init__(self, submatchers: list[Any], doccount: int, boost: float = 1.0, scored: bool = True) -> None:
        CombinationMatcher.__init__(self, submatchers, boost=boost)
        self._scored = scored
        self._doccount = doccount
        self._partsize = 2048
        self._a = array("d", bytes(8 * self._partsize))
        self._written: list[int] = []
        self._docnum = self._min_id()
        self._read_part()

    def _read_part(self) -> None:
        scored, boost = self._scored, self._boost
        limit = min(self._docnum + self._partsize, self._doccount)
        offset = self._docnum
        a = self._a
        for i in self._written:
            a[i] = 0
        written = []
        for m in self._submatchers:  # the same additions, in the same order, as Whoosh's
            while m.is_active() and m.id() < limit:
                i = m.id() - offset
                if scored:
                    a[i] += m.score() * boost
                else:
                    a[i] = 1
                written.append(i)
                m.next()
        self._written = sorted(set(written))
        self._offset = offset
        self._limit = limit

    def _find_next(self) -> None:
        docnum, offset, limit = self._docnum, self._offset, self._limit
        if docnum > limit:  # as Whoosh's: the loop never runs and the place stands
            return
        a, written = self._a, self._written
        for k in range(bisect_left(written, docnum - offset), len(written)):
            if a[written[k]] > 0:
                self._docnum = written[k] + offset
                return
        self._docnum = self._min_id()
        self._read_part()

    def all_ids(self) -> Any:
        while self.is_active():
            if self._a[self._docnum - self._offset] > 0:
                yield self._docnum
            self.next()


class ListedOr(Or):
    """An OR whose pre-loaded matcher is ``ListedArrayUnionMatcher``; otherwise Whoosh's."""

    def _matcher(self, subs: list[Query], searcher: Any, context: Any) -> Any:
        if self._preloads(subs, searcher, context):
            scored = context.weighting is not None if context else True
            ms = [sub.matcher(searcher, context) for sub in subs]
            return ListedArrayUnionMatcher(ms, searcher.doc_count_all(), boost=self.boost, scored=scored)
        return super()._matcher(subs, searcher, context)

    def _preloads(self, subs: list[Query], searcher: Any, context: Any) -> bool:
        """Whoosh's own choice (``Or._matcher``) of the array matcher."""
        if self.matcher_type == self.ARRAY_MATCHER:
            return True
        if self.matcher_type != self.AUTO_MATCHER:
            return False
        needs_current = context.needs_current if context else True
        many = len(subs) >= self.TOO_MANY_CLAUSES
        return many or not (needs_current or self.scale or len(subs) == 2 or searcher.doc_count_all() > _BIG_SEGMENT)


def with_listed_unions(query: Query) -> Query:
    """The query with every plain OR matched by ``ListedArrayUnionMatcher`` where Whoosh
    would pre-load it; the same documents and scores."""

    def swap(node: Query) -> Query:
        if type(node) is Or:
            return ListedOr(node.subqueries, boost=node.boost, minmatch=node.minmatch, scale=node.scale)
        return node

    return query.accept(swap)
