"""Field-by-field precision and recall against a folder of gold readings.

`python -m indexer.evaluate GOLD_DIR PDF_DIR [PDF_DIR …] [--json]` scores each paper that
has a gold file as ../shared/gold/README.md describes, so the same check runs on papers
the rules were never tuned on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from indexer.errors import UnreadablePaper
from indexer.records import MeetingRecord, Record
from indexer.structure.names import split_title

_STOP = set("a an the of to and or for in on at by with from be is are was were this that it its their as".split())
SUPPORTED = (".pdf", ".txt", ".html", ".docx")


@dataclass
class Score:
    """Counts for one field: found by the system, in gold, and matched."""

    found: int = 0
    gold: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass
class PaperScore:
    name: str
    fields: dict[str, Score] = field(default_factory=dict)
    mrr: float | None = None
    error: str | None = None


def norm_number(number: str | None) -> str | None:
    """ "Minute 45." = "45", "FGB 38/2021" = "38/2021", "4-A" = "4a"."""
    if number is None:
        return None
    text = str(number).strip().rstrip(".:)").lower()
    text = re.sub(r"^(minute|item|min\.?)\s*(no\.?)?\s*", "", text)
    text = re.sub(r"^[a-z]{2,6}\s+(?=\d)", "", text)
    return text.replace("-", "").replace(" ", "")


def norm_name(name: str, aliases: dict[str, str]) -> str:
    name = " ".join(name.replace("’", "'").split())
    aliased = {k.replace("’", "'"): v.replace("’", "'") for k, v in aliases.items()}
    name = aliased.get(name, name)
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = aliased.get(name, name)
    _title, bare = split_title(name)
    return aliased.get(bare, bare).lower().replace(".", "")


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 1}


def _one_to_one(found: list, gold: list, same) -> Score:  # noqa: ANN001
    used: set[int] = set()
    matched = 0
    for g in gold:
        for n, f in enumerate(found):
            if n not in used and same(f, g):
                used.add(n)
                matched += 1
                break
    return Score(found=len(found), gold=len(gold), matched=matched)


def score_record(record: Record, gold: dict) -> dict[str, Score]:
    aliases = gold.get("aliases") or {}
    scores: dict[str, Score] = {}
    items = getattr(record, "items", [])
    scores["items"] = _one_to_one(
        items,
        gold.get("items") or [],
        lambda f, g: (
            norm_number(f.number) == norm_number(g.get("number"))
            and SequenceMatcher(None, (f.title or "").lower(), (g.get("title") or "").lower()).ratio() >= 0.8
        ),
    )
    att = getattr(record, "attendance", None)
    for part in ("present", "apologies"):
        found = [norm_name(p.name, aliases) for p in getattr(att, part, [])] if att else []
        wanted = [norm_name(p["name"], aliases) for p in (gold.get("attendance") or {}).get(part, [])]
        scores[part] = _one_to_one(found, wanted, lambda f, g: f == g)
    scores["commitments"] = _one_to_one(
        record.commitments,
        gold.get("commitments") or [],
        lambda f, g: (
            norm_name(f.actor, aliases) == norm_name(g["actor"], aliases)
            and norm_number(f.item) == norm_number(g.get("item"))
            and len(content_words(g["action"]) & content_words(f.action)) >= 0.5 * len(content_words(g["action"]))
        ),
    )
    votes = getattr(record, "votes", []) if isinstance(record, MeetingRecord) else []
    scores["votes"] = _one_to_one(
        votes,
        gold.get("votes") or [],
        lambda f, g: (
            norm_number(f.item) == norm_number(g.get("item"))
            and (f.result or "").lower() == (g.get("result") or "").lower().split()[0]
        ),
    )
    return scores


def _find_paper(name: str, folders: list[Path]) -> Path | None:
    for folder in folders:
        for suffix in SUPPORTED:
            if (folder / f"{name}{suffix}").exists():
                return folder / f"{name}{suffix}"
    return None


def evaluate(gold_dir: Path, folders: list[Path], queries: bool = True) -> list[PaperScore]:
    from indexer.pipeline import read_paper

    papers: list[PaperScore] = []
    records: dict[str, tuple[Record, dict]] = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "doc_type" not in gold:
            continue
        paper = _find_paper(gold_path.stem, folders)
        if paper is None:
            continue
        score = PaperScore(name=gold_path.stem)
        try:
            record, _pages = read_paper(paper)
        except UnreadablePaper as exc:
            score.error = exc.reason
            papers.append(score)
            continue
        records[gold_path.stem] = (record, gold)
        papers.append(score)
    _link_decisions(records)
    for score in papers:
        if score.name in records:
            record, gold = records[score.name]
            score.fields = score_record(record, gold)
    if queries and records:
        _score_queries(records, papers, gold_dir)
    return papers


def _link_decisions(records: dict[str, tuple[Record, dict]]) -> None:
    """Decision notices scored with the minutes item they record, as the index links them."""
    from indexer.annotate.linking import find_same_as

    papers = {
        r.source: {
            "doc_type": r.doc_type,
            "meeting_date": r.meeting_date,
            "body": r.body,
            "items": [(i.number, i.title) for i in getattr(r, "items", [])],
        }
        for r, _ in records.values()
    }
    for record, _gold in records.values():
        if record.doc_type != "decision":
            continue
        entry = {
            "title": record.title,
            "meeting_date": record.meeting_date,
            "decided_at": record.decided_at,
            "decision_date": record.decision_date,
            "body": record.body,
        }
        record.same_as = find_same_as(entry, papers)
        for commitment in record.commitments:
            commitment.item = commitment.item or (record.same_as or {}).get("item")


def _score_queries(records: dict[str, tuple[Record, dict]], papers: list[PaperScore], gold_dir: Path) -> None:
    """Index the papers together and take the reciprocal rank of each gold query's item."""
    from whoosh import index as whoosh_index

    from indexer.annotate.people import alias_table
    from indexer.index.schema import build_schema, index_documents
    from indexer.index.search import SearchIndex, search

    with tempfile.TemporaryDirectory() as tmp:
        ix = whoosh_index.create_in(tmp, build_schema())
        aliases = alias_table(r for r, _ in records.values())
        Path(tmp, "people.json").write_text(json.dumps(aliases))
        with ix.writer() as writer:
            for name, (record, _gold) in records.items():
                for fields in index_documents(record, name, aliases):
                    writer.add_document(**{k: v for k, v in fields.items() if v not in (None, "")})
        index = SearchIndex(Path(tmp))
        extra = json.loads((gold_dir / "queries.json").read_text()) if (gold_dir / "queries.json").exists() else {}
        for paper in papers:
            if paper.name not in records:
                continue
            gold = records[paper.name][1]
            wanted = [(q["q"], paper.name, q.get("item")) for q in gold.get("queries") or []]
            wanted += [
                (q["q"], q["expect"]["doc"], q["expect"].get("item"))
                for q in extra.get("queries", [])
                if q["expect"]["doc"] == paper.name
            ]
            ranks = []
            for q, doc, item in wanted:
                hits = search(index, q, limit=10).hits
                rank = next(
                    (
                        n
                        for n, h in enumerate(hits, 1)
                        if h.doc == doc and (item is None or norm_number(h.item) == norm_number(item))
                    ),
                    None,
                )
                ranks.append(1 / rank if rank else 0.0)
            paper.mrr = sum(ranks) / len(ranks) if ranks else None
        index.close()


def totals(papers: list[PaperScore]) -> dict[str, float]:
    total: dict[str, Score] = {}
    for paper in papers:
        for name, score in paper.fields.items():
            total.setdefault(name, Score()).add(score)
    out: dict[str, float] = {}
    for name, score in total.items():
        out[f"{name}_precision"] = round(score.precision, 3)
        out[f"{name}_recall"] = round(score.recall, 3)
    mrrs = [p.mrr for p in papers if p.mrr is not None]
    out["queries_mrr"] = round(sum(mrrs) / len(mrrs), 3) if mrrs else 0.0
    out["papers"] = len(papers)
    out["papers_failed"] = sum(1 for p in papers if p.error)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("paper_dirs", type=Path, nargs="+")
    parser.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    parser.add_argument("--no-queries", action="store_true", help="skip the search half (faster)")
    args = parser.parse_args(argv)
    papers = evaluate(args.gold_dir, args.paper_dirs, queries=not args.no_queries)
    if args.json:
        print(json.dumps(totals(papers)))
        return 0
    cols = ("items", "present", "apologies", "commitments", "votes")
    print(f"{'paper':48} " + " ".join(f"{c[:11]:>11}" for c in cols) + "    mrr")
    for paper in papers:
        if paper.error:
            print(f"{paper.name[:48]:48} FAILED: {paper.error}")
            continue
        cells = [f"{paper.fields[c].precision:.2f}/{paper.fields[c].recall:.2f}" for c in cols]
        mrr = f"{paper.mrr:.2f}" if paper.mrr is not None else "  -"
        print(f"{paper.name[:48]:48} " + " ".join(f"{c:>11}" for c in cells) + f"  {mrr:>5}")
    t = totals(papers)
    print(
        "TOTAL (P/R) "
        + "  ".join(f"{c} {t[c + '_precision']:.2f}/{t[c + '_recall']:.2f}" for c in cols)
        + f"  mrr {t['queries_mrr']:.2f}"
    )
    print(f"papers {t['papers']}, failed {t['papers_failed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
