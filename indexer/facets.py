"""Facet counts and the timeline, read from columns, apart from the page of hits.

Counting a facet by reading each matched document's stored fields unpickles its whole
text; on a large archive that was most of a search's time. Here each segment's facet
columns are copied into lists once (segments never change once written; only merges
replace them) and a count is a list lookup per matched document. STYLE.md's measurement
says why this runs as its own unscored search rather than on the highlighted Results.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from typing import Any

from indexer.schema import FACET_SEPARATOR

FACETS = ("person", "organisation", "meeting", "type", "year")
# facet → (column field, many values per document)
_COLUMNS = {
    "person": ("people_facet", True),
    "organisation": ("org_facet", True),
    "meeting": ("meeting", False),
    "type": ("type", False),
    "year": ("year", False),
}
_TIMELINE = ("month", False)
TOP_VALUES = 30

Facets = dict[str, list[list[Any]]]


class FacetColumns:
    """Per-segment copies of the facet columns, shared by every searcher of one index."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], list[Any]] = {}
        self._whole: dict[tuple[str, tuple[Any, ...]], list[Any]] = {}  # (field, segments) → values
        self._lock = threading.Lock()

    def column(self, reader: Any, fieldname: str, many: bool = False) -> list[Any]:
        """One segment's values of ``fieldname``, by segment-local document number."""
        key = (_segment_id(reader), fieldname)
        values = self._cache.get(key)
        if values is None:
            values = _read_column(reader, fieldname, many)
            with self._lock:
                self._cache[key] = values
        return values

    def whole_column(self, reader: Any, fieldname: str) -> list[Any]:
        """``fieldname`` for every document of ``reader``, by global document number.

        Shared by every reader over the same segments (each thread has its own reader).
        """
        leaves = sorted(reader.leaf_readers(), key=lambda pair: pair[1])
        key = (fieldname, tuple((_segment_id(leaf), base) for leaf, base in leaves))
        values = self._whole.get(key)
        if values is None:
            values = []
            for leaf, _base in leaves:
                values.extend(self.column(leaf, fieldname))
            with self._lock:
                for old in [k for k in self._whole if k[0] == fieldname][:-2]:
                    del self._whole[old]  # keep the last few generations a thread may still search
                self._whole[key] = values
        return values

    def forget_except(self, readers: Iterable[Any]) -> None:
        """Drop the copies of segments merged away since, so memory follows the index."""
        live = {_segment_id(r) for r in readers}
        with self._lock:
            for key in [k for k in self._cache if k[0] not in live]:
                del self._cache[key]

    def count(self, searcher: Any, docnums: Iterable[int]) -> tuple[Facets, list[list[Any]]]:
        """Counts by person, organisation, meeting, type and year; hits per month."""
        counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
        months: Counter[str] = Counter()
        wanted = sorted(docnums)
        leaves = sorted(searcher.reader().leaf_readers(), key=lambda pair: pair[1])
        start = 0
        for n, (reader, base) in enumerate(leaves):
            end = leaves[n + 1][1] if n + 1 < len(leaves) else base + reader.doc_count_all()
            stop = start
            while stop < len(wanted) and wanted[stop] < end:
                stop += 1
            local = [d - base for d in wanted[start:stop]]
            start = stop
            if not local:
                continue
            for name, (fieldname, many) in _COLUMNS.items():
                values = self.column(reader, fieldname, many)
                counter = counts[name]
                if many:
                    for d in local:
                        counter.update(values[d])
                else:
                    counter.update(values[d] for d in local)
            month = self.column(reader, *_TIMELINE)
            months.update(month[d] for d in local)
        facets = {name: _top(counter) for name, counter in counts.items()}
        return facets, [[m, n] for m, n in sorted(months.items()) if m]


def _top(counter: Counter[str]) -> list[list[Any]]:
    counter.pop("", None)
    return [[k, v] for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_VALUES]]


def _segment_id(reader: Any) -> str:
    segment = getattr(reader, "segment", None)
    return segment().segment_id() if callable(segment) and segment() is not None else f"reader-{id(reader)}"


def _read_column(reader: Any, fieldname: str, many: bool) -> list[Any]:
    size = reader.doc_count_all()
    if not reader.has_column(fieldname):
        return [() if many else ""] * size
    column = reader.column_reader(fieldname, translate=True)
    if not many:
        return [value or "" for value in column]
    return [tuple(v for v in bytes(value or b"").decode("utf-8").split(FACET_SEPARATOR) if v) for value in column]
