"""Facet counts and the timeline, read from columns, apart from the page of hits.

Counting a facet by reading each matched document's stored fields unpickles its whole
text; on a large archive that was most of a search's time. Here each segment's facet
columns are read once (segments never change once written; only merges replace them)
into arrays of value codes, and a count is one ``numpy.bincount`` over the matched
documents' codes: counting 67,000 matches in a Python loop took 104 ms. STYLE.md's measurement
says why this runs as its own unscored search rather than on the highlighted Results.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length

from indexer.index.schema import FACET_SEPARATOR

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


@dataclass(frozen=True)
class CodedColumn:
    """One segment's facet column as integer codes: ``values[code]`` is the value.

    ``owners`` is None when each document has one value (``codes[doc]``); for a many-valued
    column it holds the document of each entry of ``codes``.
    """

    values: list[str]
    codes: np.ndarray
    owners: np.ndarray | None

    @classmethod
    def of(cls, column: list[Any], many: bool) -> CodedColumn:
        index: dict[str, int] = {}
        if not many:
            codes = np.fromiter((index.setdefault(v, len(index)) for v in column), dtype=np.int32, count=len(column))
            return cls(list(index), codes, None)
        owners = [doc for doc, values in enumerate(column) for _ in values]
        codes = [index.setdefault(v, len(index)) for values in column for v in values]
        return cls(list(index), np.array(codes, dtype=np.int32), np.array(owners, dtype=np.int64))


@dataclass(frozen=True)
class Vocabulary:
    """One facet's values across the segments of a reader, in sorted order.

    ``numbers[i][code]`` is the place in ``values`` of segment ``i``'s code: the segments'
    counts add up in one array, and ties between equal counts fall in the order of the
    values, as sorting ``(-count, value)`` puts them, with no Python loop over values.
    """

    values: list[str]
    numbers: list[np.ndarray]

    @classmethod
    def of(cls, columns: list[CodedColumn]) -> Vocabulary:
        values = sorted({v for column in columns for v in column.values})
        place = {v: n for n, v in enumerate(values)}
        numbers = [np.array([place[v] for v in column.values], dtype=np.int64) for column in columns]
        return cls(values, numbers)


@dataclass(frozen=True)
class MergedColumn:
    """A facet across all of a reader's segments: each entry's place in the vocabulary, by
    global document number, so a search's counts are one ``bincount`` however many segments
    the index has (per segment, numpy's per-call cost was most of a count)."""

    numbers: np.ndarray
    owners: np.ndarray | None  # as in CodedColumn, by global document number
    size: int

    @classmethod
    def of(cls, vocabulary: Vocabulary, segments: list[tuple[CodedColumn, int, int]]) -> MergedColumn:
        """``segments``: each segment's coded column, base and size, in the reader's order."""
        size = max((base + length for _coded, base, length in segments), default=0)
        if all(coded.owners is None for coded, _base, _length in segments):
            numbers = np.zeros(size, dtype=np.int64)
            for n, (coded, base, length) in enumerate(segments):
                numbers[base : base + length] = vocabulary.numbers[n][coded.codes]
            return cls(numbers, None, size)
        parts = [vocabulary.numbers[n][coded.codes] for n, (coded, _base, _length) in enumerate(segments)]
        owners = [coded.owners + base for coded, base, _length in segments]
        return cls(np.concatenate(parts), np.concatenate(owners), size)

    def counts(self, docs: np.ndarray, length: int) -> np.ndarray:
        """How many of documents ``docs`` (global numbers) hold each value of the vocabulary."""
        docs = docs[(docs >= 0) & (docs < self.size)]
        if self.owners is None:
            return np.bincount(self.numbers[docs], minlength=length)
        chosen = np.zeros(self.size, dtype=bool)
        chosen[docs] = True
        return np.bincount(self.numbers[chosen[self.owners]], minlength=length)


class FacetColumns:
    """Per-segment copies of the facet columns, shared by every searcher of one index."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], list[Any]] = {}
        self._coded: dict[tuple[str, str], CodedColumn] = {}
        self._whole: dict[tuple[str, tuple[Any, ...]], list[Any]] = {}  # (field, segments) → values
        self._vocabularies: dict[tuple[str, tuple[str, ...]], Vocabulary] = {}  # (field, segments) → values
        self._merged: dict[tuple[str, tuple[Any, ...]], tuple[Vocabulary, MergedColumn]] = {}
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

    def coded(self, reader: Any, fieldname: str, many: bool = False) -> CodedColumn:
        """One segment's values of ``fieldname`` as codes, for counting.

        Read from the segment, not from ``column``'s cache: a facet needs only its codes,
        and keeping the list of values beside them would hold every segment's facets twice.
        """
        key = (_segment_id(reader), fieldname)
        coded = self._coded.get(key)
        if coded is None:
            coded = CodedColumn.of(_read_column(reader, fieldname, many), many)
            with self._lock:
                self._coded[key] = coded
        return coded

    def lengths(self, reader: Any, fieldname: str) -> Sequence[int]:
        """One segment's lengths of ``fieldname`` by local document number: what BM25 reads
        for every match, from the file one document at a time (a third of a common word's
        search on real papers) unless it is read here once."""
        key = (_segment_id(reader), f"length:{fieldname}")
        values = self._cache.get(key)
        if values is None:
            values = _read_lengths(reader, fieldname)
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
            for cache in (self._cache, self._coded):
                for key in [k for k in cache if k[0] not in live]:
                    del cache[key]

    def vocabulary(self, readers: list[Any], fieldname: str, many: bool) -> Vocabulary:
        """``fieldname``'s values across ``readers`` (one reader's segments), built once."""
        segments = tuple(_segment_id(r) for r in readers)
        key = (fieldname, segments)
        vocabulary = self._vocabularies.get(key)
        if vocabulary is None:
            vocabulary = Vocabulary.of([self.coded(r, fieldname, many) for r in readers])
            with self._lock:
                for old in [k for k in self._vocabularies if k[0] == fieldname][:-2]:
                    del self._vocabularies[old]  # keep the last few generations a thread may still search
                self._vocabularies[key] = vocabulary
        return vocabulary

    def merged(self, leaves: list[tuple[Any, int]], fieldname: str, many: bool) -> tuple[Vocabulary, MergedColumn]:
        """``fieldname``'s vocabulary and codes across a reader's segments, built once."""
        key = (fieldname, tuple((_segment_id(reader), base) for reader, base in leaves))
        found = self._merged.get(key)
        if found is None:
            readers = [reader for reader, _base in leaves]
            vocabulary = self.vocabulary(readers, fieldname, many)
            coded = [(self.coded(reader, fieldname, many), base, reader.doc_count_all()) for reader, base in leaves]
            found = (vocabulary, MergedColumn.of(vocabulary, coded))
            with self._lock:
                for old in [k for k in self._merged if k[0] == fieldname][:-2]:
                    del self._merged[old]  # keep the last few generations a thread may still search
                self._merged[key] = found
        return found

    def count(self, searcher: Any, docnums: Iterable[int]) -> tuple[Facets, list[list[Any]]]:
        """Counts by person, organisation, meeting, type and year; hits per month."""
        wanted = np.fromiter(docnums, dtype=np.int64)
        leaves = list(searcher.reader().leaf_readers())
        totals = {}
        for name, (fieldname, many) in (*_COLUMNS.items(), ("", _TIMELINE)):
            vocabulary, merged = self.merged(leaves, fieldname, many)
            totals[name] = (vocabulary.values, merged.counts(wanted, len(vocabulary.values)))
        values, counts = totals.pop("")
        months = [[values[n], int(counts[n])] for n in np.flatnonzero(counts) if values[n]]
        return {name: _top(*totals[name]) for name in FACETS}, months


def _top(values: list[str], counts: np.ndarray) -> list[list[Any]]:
    """The most frequent values, most first and then in the order of the values; no ""."""
    places = np.flatnonzero(counts)
    # Only "" is left out, so one more than shown is enough to look at (a person facet can
    # have hundreds of values: listing them all was most of a count).
    ranked = places[np.argsort(-counts[places], kind="stable")][: TOP_VALUES + 1].tolist()
    return [[values[n], int(counts[n])] for n in ranked if values[n]][:TOP_VALUES]


def _segment_id(reader: Any) -> str:
    segment = getattr(reader, "segment", None)
    return segment().segment_id() if callable(segment) and segment() is not None else f"reader-{id(reader)}"


def _read_lengths(reader: Any, fieldname: str) -> Sequence[int]:
    size = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    column = getattr(perdoc, "_cached_reader", None)
    if column is not None:  # Whoosh's W3 codec keeps lengths as one byte a document
        try:
            stored = column(f"_{fieldname}_len", LENGTHS_COLUMN)
        except (AttributeError, KeyError, OSError):
            stored = None
        if stored is not None:
            return array("I", (byte_to_length(b) if b else 1 for b in stored))
    return array("I", (reader.doc_field_length(d, fieldname, 1) for d in range(size)))


def _read_column(reader: Any, fieldname: str, many: bool) -> list[Any]:
    size = reader.doc_count_all()
    if not reader.has_column(fieldname):
        return [() if many else ""] * size
    column = reader.column_reader(fieldname, translate=True)
    if not many:
        return [value or "" for value in column]
    return [tuple(v for v in bytes(value or b"").decode("utf-8").split(FACET_SEPARATOR) if v) for value in column]
