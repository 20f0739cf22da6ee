"""Queries, filters, facets and highlights → SearchResult (plain data for CLI, API, HTML).

The index is opened once and its searcher refreshed, never reopened per request; a
refresh builds a new searcher beside the old one, so a search already running on the old
one (another web thread) finishes undisturbed. Facets are counted by a separate unscored
search from columns (indexer/index/facets.py), apart from the highlighted page of hits. How a
query's words are read is in indexer/index/query.py.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import weakref
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.qparser import OrGroup
from whoosh.query import Every, Query

from indexer.index.costly import costly_turn
from indexer.index.facets import FACETS, FacetColumns
from indexer.index.filters import Filters, iso_day
from indexer.index.matching import ranked_page
from indexer.index.passages import PassageColumns
from indexer.index.query import (
    SEARCH_FIELD,
    MinutesWeighting,
    absent_words,
    is_costly,
    one_word_fewer,
    parse_query,
    refused_wildcards,
)
from indexer.index.result_cache import ResultCache
from indexer.index.snippets import highlighted, highlighted_from_spans, plain
from indexer.index.term_places import remember_term_places

__all__ = ["FACETS", "Hit", "SearchIndex", "SearchResult", "list_commitments", "parse_query", "search"]

# How often a searcher checks the index folder for a commit it may have missed, on file
# systems whose directory mtimes are too coarse to show every commit.
RECHECK_SECONDS = 2.0
_WHOOSH_RETRIES = 3
# Seconds a search may spend finding matches before it answers with what it has found so
# far and says so: a costly query (a wildcard that expands to hundreds of words, a phrase
# of common words on a large archive) must not hold a server thread for seconds.
SEARCH_BUDGET_S = 0.5
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b")


@dataclass
class Hit:
    type: str
    doc: str
    source: str
    title: str
    body: str
    meeting_date: str | None
    item: str | None
    page: int | None
    people: list[str]
    highlight: str
    score: float
    actor: str | None = None
    action: str | None = None
    item_title: str | None = None
    meeting: str | None = None
    due: str | None = None
    ocr: bool = False
    # A commitment's follow-up, read across the body's later meetings (indexer/index/followup.py).
    status: str | None = None
    due_date: str | None = None
    quote: str | None = None  # a commitment's own sentence, to show and highlight where it stands


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[list[Any]]] = field(default_factory=dict)
    timeline: list[list[Any]] = field(default_factory=list)
    page: int = 1
    per_page: int = 10
    filters: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    # No passage held every word, so passages with most of them are shown; ``missing`` are
    # the words no passage holds at all ("zebra" in "library budget zebra").
    relaxed: bool = False
    missing: list[str] = field(default_factory=list)
    # The search ran out of its time budget: ``total``, the facets and the ranking cover
    # only the passages found by then (``total`` is at least that many).
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SearchIndex:
    """The opened index, with one long-lived searcher per thread, refreshed when the index changes.

    Per thread, not one for all: a Whoosh reader keeps a file position per postings file,
    so two threads searching one searcher can read each other's postings (measured: a
    corrupt-pickle or zlib error every few thousand searches while a re-index committed).
    """

    def __init__(self, index_dir: Path, cache_size: int = 0) -> None:
        self.index_dir = Path(index_dir)
        self.results = ResultCache(cache_size)
        if not whoosh_index.exists_in(str(self.index_dir)):
            raise FileNotFoundError(f"no index in {self.index_dir}: run `python -m indexer index` first")
        self.facet_columns = FacetColumns()
        self._ix = whoosh_index.open_dir(str(self.index_dir))
        self._local = threading.local()
        self._all: weakref.WeakSet[Any] = weakref.WeakSet()
        self._aliases_stamp: tuple[int, int] | None = None
        self._aliases: dict[str, list[str]] = {}
        self._names: dict[str, list[str]] = {}
        self.searcher()

    def searcher(self):  # noqa: ANN201 - whoosh Searcher
        """This thread's searcher; a new one when a re-index has committed since its last call.

        Cheap to call per request: one stat of the index folder (every Whoosh commit
        renames a TOC file into it), and a listing only when that changed.
        """
        local = self._local
        current = getattr(local, "searcher", None)
        stamp, now = self._folder_stamp(), time.monotonic()
        if current is not None and stamp == local.stamp and now - local.checked <= RECHECK_SECONDS:
            return current
        try:
            if current is None or not current.up_to_date():
                fresh = self._ix.searcher(weighting=MinutesWeighting(self.facet_columns))
                remember_term_places(fresh.reader())
                self.facet_columns.forget_except(r for r, _ in fresh.reader().leaf_readers())
                self._all.add(fresh)
                local.searcher = current = fresh  # the old one closes when its last search ends
            local.stamp, local.checked = stamp, now
        except (OSError, ValueError, EOFError, KeyError):
            if current is None:
                raise
            # caught mid-commit: keep the searcher we have and look again next time
        return current

    def aliases(self) -> dict[str, list[str]]:
        """people.json: canonical name → its other names; re-read when a re-index rewrote it."""
        path = self.index_dir / "people.json"
        try:
            stat = path.stat()
        except FileNotFoundError:
            return self._aliases
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp != self._aliases_stamp:
            try:
                aliases = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return self._aliases
            names: dict[str, list[str]] = {}
            for canonical, others in aliases.items():
                for name in {canonical, *others}:
                    names.setdefault(_norm_name(name), []).append(canonical)
            self._aliases, self._names, self._aliases_stamp = aliases, names, stamp
        return self._aliases

    def passage_columns(self, searcher) -> PassageColumns:  # noqa: ANN001 - whoosh Searcher
        """This thread's readers of the passage columns, opened once per searcher."""
        local = self._local
        kept = getattr(local, "passages", None)
        if kept is None or kept[0] is not searcher:
            kept = local.passages = (searcher, PassageColumns(searcher.reader()))
        return kept[1]

    def stamp(self, searcher=None) -> tuple[Any, ...]:  # noqa: ANN001 - whoosh Searcher
        """What a search's answer depends on besides what was asked: the index generation
        this thread searches and when people.json (what a person filter means) changed."""
        self.aliases()
        return ((searcher or self.searcher()).reader().generation(), self._aliases_stamp)

    def canonical_people(self, name: str) -> list[str]:
        """Every canonical person a name can mean: itself, or the one whose alias it is."""
        self.aliases()
        return sorted(set(self._names.get(_norm_name(name), []))) or [name]

    def close(self) -> None:
        for searcher in list(self._all):
            searcher.close()

    def _folder_stamp(self) -> int:
        try:
            return os.stat(self.index_dir).st_mtime_ns
        except OSError:
            return 0


def _norm_name(name: str) -> str:
    return " ".join(name.lower().replace(",", " ").split())


def search(
    index: SearchIndex,
    query: str = "",
    person: str | None = None,
    meeting: str | None = None,
    org: str | None = None,
    type: str | None = None,  # noqa: A002 - the CLI and URL name
    date_from: str | None = None,
    date_to: str | None = None,
    outcome: str | None = None,
    limit: int = 10,
    page: int = 1,
    facets: bool = True,
    highlights: bool = True,
    sort: str = "relevance",
    budget: float | None = None,
    cached: bool = False,
) -> SearchResult:
    """Search the archive; an empty query with filters lists everything they match, newest first.

    ``sort="date"`` orders any query newest first. ``facets`` and ``highlights`` can be
    turned off by callers that page through many hits and show neither. After ``budget``
    seconds of matching (None, the default: no limit) the search stops and answers
    ``partial``; a server passes one (``SEARCH_BUDGET_S``), so no request holds a thread
    for long, while the CLI and the evaluation always get every match.
    ``cached``: a search asked again is answered from ``index.results``; its hits are
    shared with the kept copy, so a caller that changes hits must not ask for it.
    """
    deadline = time.monotonic() + budget if budget is not None else None
    limit = max(1, min(int(limit or 10), 200))
    page = max(1, int(page or 1))
    text = (query or "").strip()
    filters = Filters(
        people=[_norm_name(n) for n in [person, *index.canonical_people(person)]] if person else None,
        meeting=_norm_name(meeting) if meeting else None,
        org=_norm_name(org) if org else None,
        type=type or None,
        outcome=outcome or None,
        day_from=iso_day(date_from),
        day_to=iso_day(date_to),
    )
    used = {"person": person, "meeting": meeting, "org": org, "type": type}
    used.update({"from": date_from, "to": date_to, "outcome": outcome})
    for attempt in range(_WHOOSH_RETRIES):
        searcher = index.searcher()
        key = None
        if cached:
            asked = (text, tuple(used.items()), limit, page, facets, highlights, sort)
            key = (index.stamp(searcher), asked)
            known = index.results.get(key)
            if known is not None:
                return known
        try:
            result = _run(index, searcher, text, filters, limit, page, facets, highlights, sort, deadline)
            result.filters = {k: v for k, v in used.items() if v}
            if key is not None:
                index.results.put(key, result)
            return result
        except (OSError, EOFError, ValueError, TypeError):
            # A segment merged away under a searcher that had not opened it yet (Whoosh then
            # reads an empty block: seen as EOF, a bad value or a None); the next searcher
            # sees the new segments.
            if attempt + 1 == _WHOOSH_RETRIES:
                raise
    raise AssertionError("unreachable")


def _run(index, searcher, text, filters, limit, page, facets, highlights, sort, deadline) -> SearchResult:  # noqa: ANN001, PLR0913
    empty = SearchResult(query=text, total=0, hits=[], facets={n: [] for n in FACETS}, page=page, per_page=limit)
    allowed = filters.allowed(searcher, index.facet_columns)
    if allowed is not None and not allowed:
        return empty
    schema = searcher.schema
    q: Query = parse_query(text, schema, aliases=index.canonical_people) if text else Every()
    if not is_costly(q):
        return _ranked(index, searcher, text, q, allowed, empty, limit, page, facets, highlights, sort, deadline)
    with costly_turn(index.index_dir, deadline) as turn:
        if not turn:
            empty.partial = True  # its turn did not come within its budget
            return empty
        return _ranked(index, searcher, text, q, allowed, empty, limit, page, facets, highlights, sort, deadline)


def _ranked(index, searcher, text, q, allowed, empty, limit, page, facets, highlights, sort, deadline) -> SearchResult:  # noqa: ANN001, PLR0913
    schema = searcher.schema
    by_date = sort == "date" or not text
    order = {"sortedby": "meeting_date", "reverse": True} if by_date else {}
    results, matched, partial = ranked_page(searcher, q, page, limit, allowed, order, deadline)
    relaxed, missing = False, []
    if results.total == 0 and text and not _OPERATORS.search(text) and not partial:
        # Every word was asked for and no passage has them all: ask for all but one, then
        # any (not when the user wrote AND/OR/NOT: "x NOT y" must not become "x OR NOT y").
        missing = absent_words(searcher, q, text)
        asked = [q]
        fewer = one_word_fewer(q)
        if fewer is not None:
            results, matched, partial = ranked_page(searcher, fewer, page, limit, allowed, order, deadline)
            asked.append(fewer)
        if results.total == 0 and not partial:
            q = parse_query(text, schema, group=OrGroup.factory(0.9), aliases=index.canonical_people)
            if q not in asked:  # a phrase or one word reads the same either way: found nothing already
                results, matched, partial = ranked_page(searcher, q, page, limit, allowed, order, deadline)
        relaxed = results.total > 0
    refused = refused_wildcards(text)
    empty.error = f"Wildcards need two letters before them (“pol*”, not “{refused[0]}”)." if refused else None
    if results.total == 0:
        empty.missing, empty.partial = missing, partial
        return empty
    words = _query_words(results.results.query_terms(expand=True)) if text else set()
    # Whoosh answers a page past the end with the last page; past the end is empty here.
    columns = index.passage_columns(searcher)
    hits = [_hit(r, words if highlights else None, columns) for r in results] if results.pagenum == page else []
    facet_counts, timeline = index.facet_columns.count(searcher, matched) if facets else (empty.facets, [])
    return SearchResult(
        query=text,
        total=results.total,
        hits=hits,
        facets=facet_counts,
        timeline=timeline,
        page=page,
        per_page=limit,
        error=empty.error,
        relaxed=relaxed,
        missing=missing if relaxed else [],
        partial=partial,
    )


def _query_words(terms) -> set[str]:  # noqa: ANN001 - whoosh's (field, bytes) pairs
    """The analysed words a snippet marks: those of plain words and of part-field prefixes."""
    return {t.decode("utf-8") if isinstance(t, bytes) else t for f, t in terms if f in (SEARCH_FIELD, "title")}


def _hit(r, words: set[str] | None, columns: PassageColumns) -> Hit:  # noqa: ANN001 - whoosh Hit
    """One result; ``words`` are the query's analysed words, None for no snippet."""
    fields = r.fields()
    content = columns.text(r.docnum)
    content = fields.get("content") or "" if content is None else content  # an index of schema 4 or older
    snippet = ""
    if words:
        spans = columns.spans(r.docnum)
        snippet = highlighted_from_spans(content, spans, words) if spans is not None else highlighted(content, words)
        snippet = snippet or highlighted(fields.get("title") or "", words)
    if not snippet:
        snippet = plain(content)
    date = fields.get("meeting_date")
    return Hit(
        type=fields.get("type", ""),
        doc=fields.get("doc", ""),
        source=fields.get("source", ""),
        title=fields.get("title", ""),
        body=fields.get("body", ""),
        meeting_date=date.date().isoformat() if date else None,
        item=fields.get("item") or None,
        page=fields.get("page"),
        people=[p for p in (fields.get("people") or "").split(",") if p],
        highlight=snippet,
        score=round(float(r.score or 0.0), 4),
        actor=fields.get("actor"),
        action=fields.get("action"),
        item_title=fields.get("item_title"),
        meeting=fields.get("meeting"),
        due=fields.get("due"),
        ocr=bool(fields.get("ocr")),
        quote=content if fields.get("type") == "commitment" and content else None,
    )


def list_commitments(
    index: SearchIndex, person: str | None = None, meeting: str | None = None, query: str = "", limit: int = 1000
) -> SearchResult:
    """Every commitment the filters match, newest meeting first."""
    result = search(index, query=query, person=person, meeting=meeting, type="commitment", limit=min(limit, 200))
    if result.total > len(result.hits):
        pages = range(2, min((result.total - 1) // 200 + 2, limit // 200 + 2))
        for n in pages:
            more = search(
                index, query=query, person=person, meeting=meeting, type="commitment", limit=200, page=n, facets=False
            )
            result.hits.extend(more.hits)
            result.partial = result.partial or more.partial
    result.hits.sort(key=lambda h: _item_key(h.item))
    result.hits.sort(key=lambda h: (h.meeting_date or "", h.doc), reverse=True)
    listed = len(result.hits)
    result.hits = _once_each(result.hits)
    result.total -= listed - len(result.hits)
    return result


def _once_each(hits: list[Hit]) -> list[Hit]:
    """A commitment that a decision notice restates from its minutes is listed once.

    The minutes' copy is kept: it has the agenda item. Same actor, same day, same words.
    """
    seen: dict[tuple[str, str, str], Hit] = {}
    for hit in sorted(hits, key=lambda h: h.item is None):
        key = (
            (hit.actor or "").lower(),
            " ".join(re.findall(r"\w+", (hit.action or "").lower())),
            hit.meeting_date or "",
        )
        seen.setdefault(key, hit)
    kept = {id(h) for h in seen.values()}
    return [h for h in hits if id(h) in kept]


def _item_key(item: str | None) -> tuple[int, str]:
    match = re.match(r"\d+", item or "")
    return (int(match.group(0)) if match else 0, item or "")
