"""Figure 2: query latency p50/p95 of a fixed mix of 30 searches, Minuted against FTS5.

Every query asks for what a results page shows: the highlighted top 10, the total, facet
counts and the timeline. Minuted answers through ``indexer.index.search.search(SearchIndex(dir),
…)``, exactly as the CLI and web app do; FTS5 through ``bench.fts``. The two engines take
turns query by query (the order flips each round) so a noisy neighbour on the machine
slows both alike. The mix's people, organisations and meeting are picked from the index
by rank, so the same mix means the same thing at every archive size.

Phase: ``python -m bench.queries INDEX WORKDIR`` prints JSON figures.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.fts import FtsIndex, FtsQuery, load
from bench.process import emit

WORDS = [
    ("budget", "budget"),
    ("police call-outs", 'police "call-outs"'),
    ("library", "library"),
    ("flooding drainage", "flooding drainage"),
    ("safeguarding", "safeguarding"),
    ("agency staff recruitment", "agency staff recruitment"),
    ("pothole repairs", "pothole repairs"),
    ("climate emergency", "climate emergency"),
    ("pension", "pension"),
    ("fire safety inspections", "fire safety inspections"),
    ("report", "report"),
    ("electric vehicle charging", "electric vehicle charging"),
]
PHRASES = [
    "police call-outs",
    "care leavers",
    "next meeting",
    "household support fund",
    "mental health",
    "business rates",
]


@dataclass
class MixQuery:
    """One query of the mix: how Minuted is asked, and the same question for FTS5."""

    kind: str  # words | phrase | person | facet
    text: str
    filters: dict[str, str] = field(default_factory=dict)
    match: str | None = None

    def minuted_args(self) -> dict[str, Any]:
        f = self.filters
        return {
            "query": self.text,
            "person": f.get("person"),
            "meeting": f.get("meeting"),
            "org": f.get("org"),
            "type": f.get("type"),
            "date_from": f.get("from"),
            "date_to": f.get("to"),
            "limit": 10,
        }

    def fts(self) -> FtsQuery:
        return FtsQuery(self.match, dict(self.filters))


def build_fts(index_dir: Path, db_path: Path) -> dict[str, float]:
    """Load FTS5 with the documents Minuted indexed (same records, same alias table)."""
    from indexer.index.schema import index_documents
    from indexer.index.store import iter_records

    aliases_path = index_dir / "people.json"
    aliases = json.loads(aliases_path.read_text(encoding="utf-8")) if aliases_path.exists() else {}
    started = time.perf_counter()
    rows = load(db_path, (d for doc, record in iter_records(index_dir) for d in index_documents(record, doc, aliases)))
    return {"fts_rows": rows, "fts_build_s": round(time.perf_counter() - started, 2)}


def query_mix(fts: FtsIndex, aliases: dict[str, list[str]]) -> list[MixQuery]:
    """The fixed 30: 12 word queries, 6 phrases, 6 with a person filter, 6 facet filters."""
    db = fts.db
    people = [
        r[0]
        for r in db.execute(
            "SELECT value FROM facet WHERE name='person' GROUP BY value ORDER BY count(*) DESC, value LIMIT 40"
        )
    ]
    orgs = [
        r[0]
        for r in db.execute(
            "SELECT value FROM facet WHERE name='organisation' GROUP BY value ORDER BY count(*) DESC, value LIMIT 5"
        )
    ]
    meeting = db.execute("SELECT meeting FROM meta GROUP BY meeting ORDER BY count(*) DESC, meeting LIMIT 1").fetchone()
    people += ["Nobody Known"] * 6
    orgs += ["Nobody Known"] * 2

    def pick(rank: int) -> str:
        return people[min(rank, len(people) - 1)]

    titled = next((a for a in aliases.get(pick(10), []) if a.endswith(pick(10)) and a != pick(10)), pick(10))
    mix = [MixQuery("words", text, match=match) for text, match in WORDS]
    mix += [MixQuery("phrase", f'"{p}"', match=f'"{p}"') for p in PHRASES]
    mix += [
        MixQuery("person", "", {"person": pick(0)}),
        MixQuery("person", "report", {"person": pick(3)}, "report"),
        MixQuery("person", "budget", {"person": titled}, "budget"),
        MixQuery("person", "", {"person": pick(5), "type": "commitment"}),
        MixQuery("person", "breakdown", {"person": pick(1)}, "breakdown"),
        MixQuery("person", "housing", {"person": pick(20)}, "housing"),
    ]
    mix += [
        MixQuery("facet", "budget", {"org": orgs[0]}, "budget"),
        MixQuery("facet", "", {"type": "commitment"}),
        MixQuery("facet", "road safety", {"from": "2015-01-01", "to": "2017-12-31"}, "road safety"),
        MixQuery("facet", "report", {"meeting": meeting[0] if meeting else "none"}, "report"),
        MixQuery("facet", "recycling", {"type": "item"}, "recycling"),
        MixQuery("facet", "concerns", {"org": orgs[1], "from": "2020-01-01"}, "concerns"),
    ]
    return mix


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the value below which ``p`` of the samples fall."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)] if ordered else float("nan")


def _key(hit: Any) -> tuple[str, str, str]:
    if isinstance(hit, dict):
        return hit["type"], hit["doc"], hit["item"] or ""
    return hit.type, hit.doc, hit.item or ""


def measure(index_dir: Path, db_path: Path, rounds: int, budget_s: float) -> dict[str, Any]:
    from indexer.index.search import SearchIndex, search

    minuted = SearchIndex(index_dir)
    fts = FtsIndex(db_path, index_dir / "people.json")
    mix = query_mix(fts, minuted.aliases())
    overlap, agree, short = [], [], []
    for q in mix:  # the warm-up pass: caches filled, answers compared
        ours, theirs = search(minuted, **q.minuted_args()), fts.search(q.fts())
        a, b = {_key(h) for h in ours.hits}, {_key(h) for h in theirs["hits"]}
        overlap.append(len(a & b) / max(1, len(a | b)))
        # The type facet counts every match once: the engines' true totals, compared.
        matched = sum(n for _, n in ours.facets.get("type", [])) or ours.total
        agree.append(abs(matched - theirs["total"]) <= 0.05 * max(matched, theirs["total"], 1))
        short.append(ours.total < matched)
    times: dict[str, list[float]] = {"minuted": [], "fts5": []}
    by_kind: dict[tuple[str, str], list[float]] = {}
    started = time.perf_counter()
    done = 0
    for r in range(rounds):
        if r and time.perf_counter() - started > budget_s:
            break
        for q in mix:
            engines = [
                ("minuted", lambda q=q: search(minuted, **q.minuted_args())),
                ("fts5", lambda q=q: fts.search(q.fts())),
            ]
            for name, run in engines if r % 2 == 0 else engines[::-1]:
                t = time.perf_counter()
                run()
                ms = (time.perf_counter() - t) * 1000
                times[name].append(ms)
                by_kind.setdefault((name, q.kind), []).append(ms)
        done += 1
    minuted.close()
    figures: dict[str, Any] = {"queries": len(mix), "rounds": done, "samples": len(times["minuted"])}
    for name, values in times.items():
        figures[f"{name}_p50_ms"] = round(percentile(values, 0.5), 2)
        figures[f"{name}_p95_ms"] = round(percentile(values, 0.95), 2)
    for (name, kind), values in sorted(by_kind.items()):
        figures[f"{name}_{kind}_p95_ms"] = round(percentile(values, 0.95), 2)
    figures["top10_overlap"] = round(sum(overlap) / len(overlap), 3)
    figures["totals_agree"] = round(sum(agree) / len(agree), 3)
    figures["minuted_total_short"] = round(sum(short) / len(short), 3)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.queries", description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("workdir", type=Path, help="where the FTS5 copy is written")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds of timed rounds at most")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    db_path = args.workdir / "fts5.sqlite"
    figures = build_fts(args.index, db_path)
    fts = FtsIndex(db_path, args.index / "people.json")
    aliases = json.loads((args.index / "people.json").read_text(encoding="utf-8"))
    mix = [{"kind": q.kind, "text": q.text, "filters": q.filters, "match": q.match} for q in query_mix(fts, aliases)]
    (args.workdir / "mix.json").write_text(json.dumps(mix, indent=1), encoding="utf-8")
    figures.update(measure(args.index, db_path, args.rounds, args.budget))
    emit(figures)


if __name__ == "__main__":
    main()
