"""The yardstick for figure 2: SQLite FTS5 loaded with the very documents Minuted indexes.

Rows come from ``indexer.index.schema.index_documents`` over the records the store kept, so both
engines hold the same passages, commitments, people and facets. A search does what
Minuted's does for a page of results: the top 10 by BM25 (with the schema's field and
item boosts), a highlighted snippet of each (``snippet()``), the total, and facet counts
and a monthly timeline by ``GROUP BY`` over every match. Matches go into a temporary
table once so the counts do not re-run the full-text query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.index.schema import SEARCHED_PARTS

# The parts Minuted's plain words search, and their weights: the schema's own list.
SEARCHED = tuple(name for name, _ in SEARCHED_PARTS)
WEIGHTS = tuple(weight for _, weight in SEARCHED_PARTS)
FACETS = ("person", "organisation", "meeting", "type", "year")
MULTI = {"person": "people", "organisation": "organisation"}  # facet → comma-joined document field
KEYS = {"person": "people_key", "org": "org_key", "meeting": "meeting_key"}


def has_fts5() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    except sqlite3.OperationalError:
        return False
    return True


@dataclass
class FtsQuery:
    """One search as FTS5 reads it: a MATCH expression (or None) and Minuted's filters."""

    match: str | None
    filters: dict[str, str] = field(default_factory=dict)


def _schema(db: sqlite3.Connection) -> None:
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE docs USING fts5({", ".join(SEARCHED)}, tokenize='porter unicode61 remove_diacritics 2');
        CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, doc TEXT, type TEXT, body TEXT, meeting TEXT,
            meeting_date TEXT, year TEXT, month TEXT, item TEXT, page INTEGER, people TEXT, actor TEXT,
            action TEXT, due TEXT, boost REAL);
        CREATE TABLE facet(rowid INTEGER, name TEXT, value TEXT);
        CREATE TABLE filter_key(rowid INTEGER, name TEXT, value TEXT);
        """
    )


def _index(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE INDEX meta_type ON meta(type);
        CREATE INDEX meta_date ON meta(meeting_date);
        CREATE INDEX facet_row ON facet(rowid, name);
        CREATE INDEX filter_value ON filter_key(name, value);
        ANALYZE;
        """
    )


def load(db_path: Path, documents: Iterator[dict[str, Any]]) -> int:
    """Write every index document into a fresh FTS5 database; the number of rows."""
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    _schema(db)
    rows = 0
    for rowid, doc in enumerate(documents, start=1):
        db.execute(
            "INSERT INTO docs(rowid, title, content, resolutions, commitments, person) VALUES (?,?,?,?,?,?)",
            (rowid, *(doc.get(f) or "" for f in SEARCHED)),
        )
        date = doc.get("meeting_date")
        db.execute(
            "INSERT INTO meta VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rowid,
                doc.get("id"),
                doc.get("doc"),
                doc.get("type"),
                doc.get("body"),
                doc.get("meeting"),
                date.date().isoformat() if date else None,
                doc.get("year"),
                doc.get("month"),
                doc.get("item"),
                doc.get("page"),
                doc.get("people"),
                doc.get("actor"),
                doc.get("action"),
                doc.get("due"),
                float(doc.get("_boost") or 1.0),
            ),
        )
        for name, fieldname in MULTI.items():
            db.executemany("INSERT INTO facet VALUES (?,?,?)", [(rowid, name, v) for v in _values(doc.get(fieldname))])
        for name, fieldname in KEYS.items():
            db.executemany(
                "INSERT INTO filter_key VALUES (?,?,?)",
                [(rowid, name, v) for v in _values(doc.get(fieldname))],
            )
        rows += 1
    _index(db)
    db.commit()
    db.close()
    return rows


def _values(text: Any) -> list[str]:
    return sorted({v.strip() for v in str(text or "").split(",") if v.strip()})


class FtsIndex:
    """A read-only connection to the FTS5 copy, with Minuted's alias table for people."""

    def __init__(self, db_path: Path, aliases_path: Path | None = None) -> None:
        self.db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self.db.execute("CREATE TEMP TABLE hits(rowid INTEGER PRIMARY KEY)")
        self.names: dict[str, set[str]] = {}
        if aliases_path and aliases_path.exists():
            for canonical, others in json.loads(aliases_path.read_text(encoding="utf-8")).items():
                for name in {canonical, *others}:
                    self.names.setdefault(_norm(name), set()).add(canonical)

    def _where(self, q: FtsQuery) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        f = q.filters
        if f.get("person"):
            keys = sorted({_norm(f["person"])} | {n.lower() for n in self.names.get(_norm(f["person"]), ())})
            where.append(
                f"m.rowid IN (SELECT rowid FROM filter_key WHERE name='person' AND value IN ({','.join('?' * len(keys))}))"
            )
            params += keys
        for name in ("org", "meeting"):
            if f.get(name):
                where.append("m.rowid IN (SELECT rowid FROM filter_key WHERE name=? AND value=?)")
                params += [name, _norm(f[name])]
        if f.get("type"):
            where.append("m.type = ?")
            params.append(f["type"])
        if f.get("from"):
            where.append("m.meeting_date >= ?")
            params.append(f["from"])
        if f.get("to"):
            where.append("m.meeting_date <= ?")
            params.append(f["to"])
        return where, params

    def search(self, q: FtsQuery, limit: int = 10) -> dict[str, Any]:
        """Top ``limit`` with snippets, the total, facets and timeline: one results page."""
        where, params = self._where(q)
        db = self.db
        db.execute("DELETE FROM hits")
        if q.match:
            sql = "SELECT m.rowid FROM docs JOIN meta m ON m.rowid = docs.rowid WHERE docs MATCH ?"
            db.execute(f"INSERT INTO hits {sql}{''.join(' AND ' + w for w in where)}", [q.match, *params])
            weights = ", ".join(str(w) for w in WEIGHTS)
            top = db.execute(
                f"""SELECT m.id, m.type, m.doc, m.body, m.meeting_date, m.item, m.page, m.people,
                       snippet(docs, 1, '<mark>', '</mark>', ' … ', 24), bm25(docs, {weights}) * m.boost AS score
                    FROM docs JOIN meta m ON m.rowid = docs.rowid
                    WHERE docs MATCH ? AND m.rowid IN (SELECT rowid FROM hits)
                    ORDER BY score LIMIT ?""",
                [q.match, limit],
            ).fetchall()
        else:
            clause = " WHERE " + " AND ".join(where) if where else ""
            db.execute(f"INSERT INTO hits SELECT m.rowid FROM meta m{clause}", params)
            top = db.execute(
                """SELECT m.id, m.type, m.doc, m.body, m.meeting_date, m.item, m.page, m.people,
                       substr(docs.content, 1, 240), 0.0
                    FROM hits h JOIN meta m ON m.rowid = h.rowid JOIN docs ON docs.rowid = h.rowid
                    ORDER BY h.rowid LIMIT ?""",
                [limit],
            ).fetchall()
        total = db.execute("SELECT count(*) FROM hits").fetchone()[0]
        facets = {}
        for name in FACETS:
            if name in MULTI:
                sql = "SELECT f.value, count(*) c FROM hits h JOIN facet f ON f.rowid = h.rowid AND f.name = ?"
                args: list[Any] = [name]
            else:
                sql = f"SELECT m.{name}, count(*) c FROM hits h JOIN meta m ON m.rowid = h.rowid WHERE m.{name} IS NOT NULL"
                args = []
            facets[name] = [list(r) for r in db.execute(f"{sql} GROUP BY 1 ORDER BY c DESC, 1 LIMIT 30", args)]
        timeline = db.execute(
            "SELECT m.month, count(*) FROM hits h JOIN meta m ON m.rowid = h.rowid "
            "WHERE m.month IS NOT NULL GROUP BY 1 ORDER BY 1"
        ).fetchall()
        hits = [
            {"id": r[0], "type": r[1], "doc": r[2], "body": r[3], "meeting_date": r[4], "item": r[5], "page": r[6]}
            | {"people": _values(r[7]), "highlight": r[8], "score": r[9]}
            for r in top
        ]
        return {"total": total, "hits": hits, "facets": facets, "timeline": [list(t) for t in timeline]}


def _norm(name: str) -> str:
    return " ".join(name.lower().split())
