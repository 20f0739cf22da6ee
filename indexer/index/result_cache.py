"""The last searches' results, for a search asked again.

A popular search, a reload, the back button and a facet link followed back all ask what
was just answered; on the web most of a request is the search, so a repeated one costs a
dictionary lookup instead (issue 17: /search at 8 clients was a fifth of an FTS5 app's
requests per second). The key holds the index's generation and the people table's
stamp, so a re-index never serves an old answer; a search cut short by its time budget is
not kept, so asking again can find the rest.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from indexer.index.search import SearchResult

DEFAULT_SIZE = 256  # results kept per process; one is ~10 hits and 5 short facet lists


class ResultCache:
    """Least recently used results, shared by a process's threads.

    ``copy`` makes what is kept and handed out independent of what callers change; the
    web app also keeps its rendered results pages here (strings: nothing to copy).
    """

    def __init__(self, size: int = DEFAULT_SIZE, copy: Callable[[Any], Any] | None = None) -> None:
        self.size = max(0, size)
        self._kept: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._copy = copy or _copy
        self.hits = self.misses = 0

    def get(self, key: Hashable) -> Any:
        """A copy of the kept result (its lists are the caller's to change), or None."""
        if not self.size:
            return None
        with self._lock:
            kept = self._kept.get(key)
            if kept is None:
                self.misses += 1
                return None
            self._kept.move_to_end(key)
            self.hits += 1
        return self._copy(kept)

    def put(self, key: Hashable, result: Any) -> None:
        if not self.size or getattr(result, "partial", False):
            return
        with self._lock:
            self._kept[key] = self._copy(result)
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)


def _copy(result: SearchResult) -> SearchResult:
    return replace(
        result,
        hits=list(result.hits),
        facets={name: list(values) for name, values in result.facets.items()},
        timeline=list(result.timeline),
        filters=dict(result.filters),
        missing=list(result.missing),
    )
