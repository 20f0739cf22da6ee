"""Whoosh's phrase matcher, finding where the words stand with plain numbers.

A quoted phrase ("next meeting") is matched by Whoosh as words near each other: for every
passage holding all its words it makes a ``Span`` object for each place each word stands and
walks them pairwise. On a phrase of common words that is most of the search ("next meeting"
on the real papers: 390 passages with both words, ~45 % of its 6.6 ms of matching).

``PositionsNear`` decides the same thing from the lists of positions: the next word must
stand after the phrase so far and at most ``slop`` places after its end, which is exactly
when Whoosh's span distance is between 1 and ``slop`` (a phrase is ordered and its words at
least one place apart). The same passages match, and their scores (the words' BM25, which
the spans never touch) are the same. Fields that store characters as well as positions, and
anything not a phrase, are matched by Whoosh's own code.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from whoosh import matching
from whoosh.query import Phrase, Query, SpanNear2, Term
from whoosh.query.spans import Span


class PositionsNear(SpanNear2.SpanNear2Matcher):
    """``SpanNear2``'s matcher, reading plain positions when every word has only those."""

    def __init__(self, ms: list[Any], slop: int = 1, ordered: bool = True, mindist: int = 1) -> None:
        self._plain = (
            ordered and mindist == 1 and all(m.supports("positions") and not m.supports("characters") for m in ms)
        )
        super().__init__(ms, slop=slop, ordered=ordered, mindist=mindist)

    def _get_spans(self) -> list[Span]:
        if not self._plain:
            return super()._get_spans()
        slop = self.slop
        spans = [(p, p) for p in self.ms[0].value_as("positions")]
        for m in self.ms[1:]:
            if not spans:
                return []
            later = m.value_as("positions")
            found = set()
            for start, end in spans:
                j = bisect_right(later, end)  # at the phrase's end or before: no distance
                while j < len(later) and later[j] <= end + slop:
                    found.add((start, later[j]))
                    j += 1
            spans = sorted(found)
        return [Span(start, end) for start, end in spans]


class _Near(SpanNear2):
    SpanNear2Matcher = PositionsNear


class PositionsPhrase(Phrase):
    """A ``Phrase`` matched by ``PositionsNear``; otherwise as Whoosh's (``Phrase.matcher``)."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        fieldname = self.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            return super().matcher(searcher, context)  # Whoosh's own error
        terms = []
        reader = searcher.reader()
        for word in self.words:
            try:
                word = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (fieldname, word) not in reader:
                return matching.NullMatcher()  # a word no passage holds: nothing to match
            terms.append(Term(fieldname, word))
        m = _Near(terms, slop=self.slop, ordered=True, mindist=1).matcher(searcher, context)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


def with_positions_phrases(query: Query) -> Query:
    """The query with every phrase matched by ``PositionsPhrase``; the same matches and scores."""

    def swap(node: Query) -> Query:
        if type(node) is Phrase:
            return PositionsPhrase(
                node.fieldname, node.words, slop=node.slop, boost=node.boost, char_ranges=node.char_ranges
            )
        return node

    return query.accept(swap)
