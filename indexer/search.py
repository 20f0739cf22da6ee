"""Queries, filters, facets and highlights → SearchResult (plain data for CLI, API, HTML).

The index is opened once and its searcher refreshed, never reopened per request. Facets
are counted apart from the highlighted page of hits (asking both of one Results is slow).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import highlight
from whoosh import index as whoosh_index
from whoosh.qparser import AndGroup, FieldAliasPlugin, MultifieldParser, OrGroup
from whoosh.query import And, DateRange, Every, Or, Query, Term

FACETS = ("person", "organisation", "meeting", "type", "year")
_FACET_FIELDS = {
    "person": "people",
    "organisation": "organisation",
    "meeting": "meeting",
    "type": "type",
    "year": "year",
}
_SEARCH_FIELDS = ["title", "content", "resolutions", "commitments", "person"]
FACET_SCAN_LIMIT = 20000


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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return data


class SearchIndex:
    """The opened index with one long-lived searcher, refreshed when the index changes."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        if not whoosh_index.exists_in(str(self.index_dir)):
            raise FileNotFoundError(f"no index in {self.index_dir}: run `python -m indexer index` first")
        self._ix = whoosh_index.open_dir(str(self.index_dir))
        self._searcher = self._ix.searcher()
        self._lock = threading.Lock()
        self._aliases_mtime = 0.0
        self._aliases: dict[str, list[str]] = {}

    def searcher(self):  # noqa: ANN201 - whoosh Searcher
        with self._lock:
            if not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
            return self._searcher

    def aliases(self) -> dict[str, list[str]]:
        path = self.index_dir / "people.json"
        if path.exists() and path.stat().st_mtime != self._aliases_mtime:
            self._aliases = json.loads(path.read_text(encoding="utf-8"))
            self._aliases_mtime = path.stat().st_mtime
        return self._aliases

    def canonical_people(self, name: str) -> list[str]:
        """Every canonical person a name can mean: itself, or the one whose alias it is."""
        wanted = _norm_name(name)
        found = [c for c, aliases in self.aliases().items() if wanted in {_norm_name(a) for a in [c, *aliases]}]
        return found or [name]

    def close(self) -> None:
        self._searcher.close()


def _norm_name(name: str) -> str:
    return " ".join(name.lower().split())


def parse_query(text: str, schema, group=AndGroup) -> Query:  # noqa: ANN001
    parser = MultifieldParser(_SEARCH_FIELDS, schema, group=group)
    parser.add_plugin(FieldAliasPlugin({"person": ["people", "who", "actor"], "title": ["item"]}))
    try:
        return parser.parse(text)
    except Exception:  # noqa: BLE001 - a malformed query still searches its words
        words = re.findall(r"\w+", text)
        return parser.parse(" ".join(words)) if words else Every()


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
) -> SearchResult:
    """Search the archive; an empty query with filters lists everything they match."""
    searcher = index.searcher()
    schema = searcher.schema
    limit = max(1, min(int(limit or 10), 200))
    page = max(1, int(page or 1))
    text = (query or "").strip()
    filters = _filters(index, person, meeting, org, type, date_from, date_to, outcome)
    q = parse_query(text, schema) if text else Every()
    filt = And(filters) if filters else None
    results = searcher.search_page(q, page, pagelen=limit, filter=filt, terms=True)
    if results.total == 0 and text:
        q = parse_query(text, schema, group=OrGroup.factory(0.9))
        results = searcher.search_page(q, page, pagelen=limit, filter=filt, terms=True)
    results.results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
    results.results.formatter = highlight.HtmlFormatter(tagname="mark", between=" … ")
    hits = [_hit(r, text) for r in results]
    facets, timeline = _facets(searcher, q, filt)
    return SearchResult(
        query=text,
        total=results.total,
        hits=hits,
        facets=facets,
        timeline=timeline,
        page=page,
        per_page=limit,
        filters={
            k: v
            for k, v in {
                "person": person,
                "meeting": meeting,
                "org": org,
                "type": type,
                "from": date_from,
                "to": date_to,
                "outcome": outcome,
            }.items()
            if v
        },
    )


def _filters(index: SearchIndex, person, meeting, org, type_, date_from, date_to, outcome) -> list[Query]:  # noqa: ANN001, PLR0913
    filters: list[Query] = []
    if person:
        names = index.canonical_people(person)
        filters.append(Or([Term("people_key", n.lower()) for n in names] + [Term("people_key", _norm_name(person))]))
    if meeting:
        filters.append(Term("meeting_key", _norm_name(meeting)))
    if org:
        filters.append(Term("org_key", _norm_name(org)))
    if type_:
        filters.append(Term("type", type_))
    if outcome:
        filters.append(Term("outcome", outcome.lower()))
    start, end = _date(date_from), _date(date_to, end=True)
    if start or end:
        filters.append(DateRange("meeting_date", start, end))
    return filters


def _date(value: str | None, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    return day.replace(hour=23, minute=59, second=59) if end else day


def _hit(r, text: str) -> Hit:  # noqa: ANN001 - whoosh Hit
    fields = r.fields()
    snippet = ""
    if text:
        try:
            snippet = r.highlights("content", top=2) or r.highlights("title")
        except Exception:  # noqa: BLE001 - a snippet is never worth an error page
            snippet = ""
    if not snippet:
        from html import escape

        snippet = escape((fields.get("content") or "")[:240])
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
    )


def _facets(searcher, q: Query, filt: Query | None) -> tuple[dict[str, list[list[Any]]], list[list[Any]]]:  # noqa: ANN001
    """Counts by person, organisation, meeting, type and year; hits per month."""
    counts = {name: Counter() for name in FACETS}
    months: Counter[str] = Counter()
    docnums = searcher.search(q, filter=filt, limit=FACET_SCAN_LIMIT, scored=False, sortedby=None)
    for docnum in docnums.docs():
        stored = searcher.stored_fields(docnum)
        for name, fieldname in _FACET_FIELDS.items():
            for value in (stored.get(fieldname) or "").split(","):
                if value:
                    counts[name][value] += 1
        if stored.get("month"):
            months[stored["month"]] += 1
    facets = {
        name: [[k, v] for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:30]] for name, c in counts.items()
    }
    return facets, [[m, n] for m, n in sorted(months.items())]


def list_commitments(
    index: SearchIndex, person: str | None = None, meeting: str | None = None, query: str = "", limit: int = 1000
) -> SearchResult:
    """Every commitment the filters match, newest meeting first."""
    result = search(index, query=query, person=person, meeting=meeting, type="commitment", limit=min(limit, 200))
    if result.total > len(result.hits):
        pages = range(2, min((result.total - 1) // 200 + 2, limit // 200 + 2))
        for n in pages:
            result.hits.extend(
                search(index, query=query, person=person, meeting=meeting, type="commitment", limit=200, page=n).hits
            )
    result.hits.sort(key=lambda h: _item_key(h.item))
    result.hits.sort(key=lambda h: (h.meeting_date or "", h.doc), reverse=True)
    return result


def _item_key(item: str | None) -> tuple[int, str]:
    match = re.match(r"\d+", item or "")
    return (int(match.group(0)) if match else 0, item or "")
