"""Collecting the matches of one query: the ranked page, every match's number, and a clock.

A search ranks the page of hits and counts the facets in one pass over the matches
(``MatchCollector``), and stops when its time is up (``OutOfTime``): the matches found by
then are its answer, marked partial.
"""

from __future__ import annotations

import time

from whoosh import collectors
from whoosh.query import Query
from whoosh.searching import ResultsPage

from indexer.index.costly import give_way
from indexer.index.phrases import with_positions_phrases
from indexer.index.query import is_costly
from indexer.index.unions import with_listed_unions

CHECK_EVERY = 64  # matches between looks at the clock


class OutOfTime(Exception):
    """A search passed its deadline; what it found so far is its answer."""


class MatchCollector(collectors.WrappingCollector):
    """Hands every matched document to the ranking collector and keeps its number.

    The ranking pass visits every match anyway (the type weight is a final score), so the
    facets are counted from these numbers instead of a second, unscored search. It also
    watches the clock: past ``deadline`` it stops the search (``OutOfTime``), and the
    documents collected by then are the results.
    """

    def __init__(self, child, deadline: float | None, polite: bool = False) -> None:  # noqa: ANN001
        super().__init__(child)
        self.deadline = deadline
        self.polite = polite  # a costly query: it gives way to other threads as it goes

    def prepare(self, top_searcher, q, context) -> None:  # noqa: ANN001
        super().prepare(top_searcher, q, context)
        self.docnums: list[int] = []

    def matches(self):  # noqa: ANN201
        # Every match passes here, also those a filter then drops (FilterCollector reads
        # this generator itself), so a filtered costly query is bounded too.
        deadline, polite = self.deadline, self.polite
        for n, sub_docnum in enumerate(self.child.matches()):
            if not n % CHECK_EVERY:
                if deadline is not None and time.monotonic() > deadline:
                    raise OutOfTime
                if polite:
                    give_way()
            yield sub_docnum

    def collect(self, sub_docnum: int):  # noqa: ANN201
        self.docnums.append(self.offset + sub_docnum)
        return self.child.collect(sub_docnum)


def ranked_page(
    searcher, q: Query, page: int, limit: int, allowed: set[int] | None, order: dict, deadline: float | None
):  # noqa: ANN001, ANN202, PLR0913
    """The page of hits, every matched document number, and whether time ran out first."""
    # optimize=False: Whoosh's block-quality skipping stops visiting documents once the top
    # hits are settled, which would under-count the total and every facet.
    # The same matches and scores in fewer steps (indexer/index/unions.py, phrases.py).
    q = with_positions_phrases(with_listed_unions(q))
    matched = MatchCollector(searcher.collector(limit=page * limit, optimize=False, **order), deadline, is_costly(q))
    outer = collectors.FilterCollector(matched, allow=allowed) if allowed is not None else matched
    partial = False
    try:
        searcher.search_with_collector(q, outer)
    except OutOfTime:
        partial = True  # the collectors have finished (Collector.run's finally): partial results
    return ResultsPage(outer.results(), page, limit), matched.docnums, partial
