"""Field-by-field precision and recall against folders of gold readings.

`python -m indexer.evaluate GOLD_DIR PDF_DIR [PDF_DIR …] [GOLD_DIR PDF_DIR …] [--json] [--lobo]`
scores each paper that has a gold file as ../shared/gold/README.md describes, so the same
check runs on papers the rules were never tuned on: a row per paper, a TOTAL per gold folder
and the overall TOTAL last. `--lobo` adds the leave-one-body-out figure for trained parts
(indexer/lobo.py); `--survey FOLDER` measures papers with no gold (indexer/survey.py).
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

from indexer.lobo import TRAINABLES, GoldPaper, Reader, Reading, Trainable, leave_one_body_out, read_one
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


def _pairs(found: list, gold: list, same) -> list[tuple]:  # noqa: ANN001
    """Each gold entry with the first unused found entry that matches it."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for n, f in enumerate(found):
            if n not in used and same(f, g):
                used.add(n)
                pairs.append((f, g))
                break
    return pairs


def _one_to_one(found: list, gold: list, same) -> Score:  # noqa: ANN001
    return Score(found=len(found), gold=len(gold), matched=len(_pairs(found, gold, same)))


def _page_accuracy(pairs: list[tuple]) -> Score:
    """Of the commitments found whose gold gives the page of its sentence, how many cite it."""
    paged = [(f, g) for f, g in pairs if g.get("page") not in (None, "")]
    right = sum(1 for f, g in paged if str(f.page) == str(g["page"]))
    return Score(found=len(paged), gold=len(paged), matched=right)


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
    pairs = _pairs(
        record.commitments,
        gold.get("commitments") or [],
        lambda f, g: (
            norm_name(f.actor, aliases) == norm_name(g["actor"], aliases)
            and norm_number(f.item) == norm_number(g.get("item"))
            and len(content_words(g["action"]) & content_words(f.action)) >= 0.5 * len(content_words(g["action"]))
        ),
    )
    scores["commitments"] = Score(
        found=len(record.commitments), gold=len(gold.get("commitments") or []), matched=len(pairs)
    )
    scores["pages"] = _page_accuracy(pairs)
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


def gold_papers(gold_dir: Path, folders: list[Path]) -> list[GoldPaper]:
    """Each gold reading in ``gold_dir`` whose paper is in one of ``folders``."""
    papers = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "doc_type" not in gold:
            continue  # queries.json: the seed meeting's searches, read by _score_queries
        path = _find_paper(gold_path.stem, folders)
        if path is not None:
            papers.append(GoldPaper(name=gold_path.stem, gold=gold, path=path, group=str(gold_dir)))
    return papers


def score_readings(
    gold_dir: Path, papers: list[GoldPaper], readings: dict[str, Reading], queries: bool = True
) -> list[PaperScore]:
    """Score what was read of each paper against its gold (and the gold searches, if asked)."""
    scores: list[PaperScore] = []
    records: dict[str, tuple[Record, dict]] = {}
    for paper in papers:
        score = PaperScore(name=paper.name)
        reading = readings[paper.name]
        if isinstance(reading, str):
            score.error = reading
        else:
            records[paper.name] = (reading, paper.gold)
        scores.append(score)
    _link_decisions(records)
    for score in scores:
        if score.name in records:
            record, gold = records[score.name]
            score.fields = score_record(record, gold)
    if queries and records:
        _score_queries(records, scores, gold_dir)
    return scores


def evaluate(gold_dir: Path, folders: list[Path], queries: bool = True, read: Reader | None = None) -> list[PaperScore]:
    """Read and score every paper of one gold folder with the reader as it ships."""
    if read is None:
        from indexer.pipeline import read_paper as read
    papers = gold_papers(gold_dir, folders)
    return score_readings(gold_dir, papers, {p.name: read_one(p.path, read) for p in papers}, queries)


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


def group_folders(folders: list[Path]) -> list[tuple[Path, list[Path]]]:
    """Split the command line into (gold folder, paper folders) groups.

    A folder holding gold ``*.json`` files starts a group; the folders after it, up to the
    next gold folder, hold that group's papers.
    """
    groups: list[tuple[Path, list[Path]]] = []
    for folder in folders:
        if any(folder.glob("*.json")):
            groups.append((folder, []))
        elif not groups:
            raise ValueError(f"{folder} holds no gold *.json files; the first folder must be a gold folder")
        else:
            groups[-1][1].append(folder)
    for gold_dir, paper_dirs in groups:
        if not paper_dirs:
            raise ValueError(f"gold folder {gold_dir} has no paper folder after it")
    return groups


def lobo_scores(
    groups: list[tuple[Path, list[Path]]], trainables: list[Trainable], queries: bool = True, read: Reader | None = None
) -> dict[str, list[PaperScore]]:
    """Every group scored on readings by models that never saw the paper's body.

    All groups' gold trains each fold, so a body is held out from the whole of it.
    """
    papers = {gold_dir: gold_papers(gold_dir, paper_dirs) for gold_dir, paper_dirs in groups}
    readings = leave_one_body_out([p for found in papers.values() for p in found], trainables, read)
    return {str(gold_dir): score_readings(gold_dir, found, readings, queries) for gold_dir, found in papers.items()}


_COLS = ("items", "present", "apologies", "commitments", "votes")


def _rows(papers: list[PaperScore]) -> list[str]:
    lines = []
    for paper in papers:
        if paper.error:
            lines.append(f"{paper.name[:48]:48} FAILED: {paper.error}")
            continue
        cells = [f"{paper.fields[c].precision:.2f}/{paper.fields[c].recall:.2f}" for c in _COLS]
        mrr = f"{paper.mrr:.2f}" if paper.mrr is not None else "  -"
        lines.append(f"{paper.name[:48]:48} " + " ".join(f"{c:>11}" for c in cells) + f"  {mrr:>5}")
    return lines


def _total_lines(papers: list[PaperScore], prefix: str = "TOTAL", label: str = "") -> list[str]:
    """The two lines scripts read (`^(TOTAL|papers)`); a group's carry its gold folder at the end."""
    t = totals(papers)
    tail = f"  [{label}]" if label else ""
    return [
        f"{prefix} (P/R) "
        + "  ".join(f"{c} {t[c + '_precision']:.2f}/{t[c + '_recall']:.2f}" for c in _COLS)
        + f"  mrr {t['queries_mrr']:.2f}"
        + (f"  pages {t['pages_recall']:.2f}" if "pages_recall" in t else "")
        + tail,
        f"papers {t['papers']}, failed {t['papers_failed']}{tail}",
    ]


def _report(
    fit: dict[str, list[PaperScore]], lobo: dict[str, list[PaperScore]] | None, trained: list[str], lobo_asked: bool
) -> list[str]:
    everything = [p for papers in fit.values() for p in papers]
    lines = [f"{'paper':48} " + " ".join(f"{c[:11]:>11}" for c in _COLS) + "    mrr"]
    for label, papers in fit.items():
        lines += _rows(papers)
        if len(fit) > 1:
            lines += _total_lines(papers, label=label)
    if lobo is not None:
        lines.append(f"leave one body out (trained: {', '.join(trained)}; each body read by models of the others):")
        for label, papers in lobo.items():
            lines += [f"  {n}" for n in _rows(papers)]
            lines.append(_total_lines(papers, "LOBO", label)[0])
        lines.append(_total_lines([p for papers in lobo.values() for p in papers], "LOBO")[0])
    elif lobo_asked:
        lines.append("LOBO = fit (nothing trained)")
    elif trained:
        lines.append(
            f"the figures below are a fit of trained parts ({', '.join(trained)}); --lobo gives the held-out one"
        )
    return lines + _total_lines(everything)


def _json(fit: dict[str, list[PaperScore]], lobo: dict[str, list[PaperScore]] | None, lobo_asked: bool) -> dict:
    """Overall totals at the top level (as with one folder), each group's under "groups"."""
    out: dict = totals([p for papers in fit.values() for p in papers])
    out["groups"] = {label: totals(papers) for label, papers in fit.items()}
    if lobo is not None:
        out["lobo"] = totals([p for papers in lobo.values() for p in papers])
        out["lobo"]["groups"] = {label: totals(papers) for label, papers in lobo.items()}
    elif lobo_asked:
        out["lobo"] = "same as the fit: nothing trained"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", help="GOLD_DIR PDF_DIR [PDF_DIR …] [GOLD_DIR PDF_DIR …]")
    parser.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    parser.add_argument("--no-queries", action="store_true", help="skip the search half (faster)")
    parser.add_argument("--lobo", action="store_true", help="also score each body with models trained on the others")
    parser.add_argument("--survey", type=Path, metavar="FOLDER", help="measure papers with no gold instead")
    parser.add_argument("--workers", type=int, default=1, help="processes reading papers for --survey")
    args = parser.parse_args(argv)
    if args.survey:
        from indexer.survey import run_survey

        return run_survey(args.survey, workers=args.workers, as_json=args.json)
    try:
        groups = group_folders(args.folders)
    except ValueError as exc:
        parser.error(str(exc))
    if not groups:
        parser.error("give GOLD_DIR PDF_DIR [PDF_DIR …], or --survey FOLDER")
    queries = not args.no_queries
    fit = {str(gold_dir): evaluate(gold_dir, paper_dirs, queries=queries) for gold_dir, paper_dirs in groups}
    trained = [t.name for t in TRAINABLES]
    lobo = lobo_scores(groups, TRAINABLES, queries) if args.lobo and TRAINABLES else None
    if args.json:
        print(json.dumps(_json(fit, lobo, args.lobo)))
        return 0
    print("\n".join(_report(fit, lobo, trained, args.lobo)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
