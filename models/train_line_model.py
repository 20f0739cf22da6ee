"""Train the line model (indexer/structure/line_model.py) from the gold readings, and measure it.

    python -m models.train_line_model              # train, write models/line_model.crfsuite
    python -m models.train_line_model --lobo       # also: per-label P/R, fit and leave-one-body-out

The gold readings and their papers live outside the product (../shared); only this script
reads them. Inputs are sorted and the CRF's parameters fixed, so `make train` rebuilds the
same file from the same papers.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

from indexer.structure.layout import Row
from indexer.structure.line_labels import LABELS, label_rows
from indexer.structure.line_model import MODEL_PATH, LineModel, classify, read_rows, train_rows, using

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# (gold folder, folders holding its papers)
SOURCES = [
    (SHARED / "gold", [SHARED / "papers", ROOT / "corpus"]),
    (SHARED / "more-gold", [SHARED / "more-papers"]),
]
_DOC_WORDS = re.compile(
    r"-(?:minutes|board|committee|agm|egm|sgm|apcm|general|meeting|voting|resolution|notice|action|log"
    r"|decision)\b.*$"
)


def gold_pairs() -> list[tuple[dict, Path]]:
    """Every (gold reading, paper) pair the sources hold, sorted by file name."""
    pairs = []
    for gold_dir, paper_dirs in SOURCES:
        for gold_file in sorted(gold_dir.glob("*.json")):
            for folder in paper_dirs:
                paper = folder / f"{gold_file.stem}.pdf"
                if paper.exists():
                    pairs.append((json.loads(gold_file.read_text()), paper))
                    break
    return sorted(pairs, key=lambda p: p[1].name)


def body_of(name: str) -> str:
    """The body a paper is from: its file-name stem without the date and doc-type words."""
    stem = Path(name).stem
    stem = re.split(r"-\d{4}(?:-\d{2})*(?:-|$)", stem)[0]
    return _DOC_WORDS.sub("", stem) or stem


def body_groups(names: list[str]) -> dict[str, str]:
    """Paper name → body key; a body whose name ends another's is the same body
    ("charity-commission-order-farringdon-village-hall" and "farringdon-village-hall")."""
    bodies = {n: body_of(n) for n in names}
    keys = sorted(set(bodies.values()), key=len)
    merged = {}
    for key in keys:
        merged[key] = next((k for k in keys if len(k) < len(key) and key.endswith("-" + k)), key)
    return {n: merged[b] for n, b in bodies.items()}


def load_rows(pairs: list[tuple[dict, Path]], cache: Path | None) -> list[tuple[dict, list[Row], str]]:
    """Read each paper once (OCR pages are slow); a cache file keeps the rows between runs."""
    stored: dict[str, list[Row]] = {}
    if cache and cache.exists():
        stored = pickle.loads(cache.read_bytes())
    out = []
    for gold, paper in pairs:
        if paper.name not in stored:
            print(f"reading {paper.name}", file=sys.stderr)
            stored[paper.name] = read_rows(paper)
        out.append((gold, stored[paper.name], paper.name))
    if cache:
        cache.write_bytes(pickle.dumps(stored))
    return out


def score(pred: list[str], gold: list[str], counts: dict[str, Counter]) -> None:
    for p, g in zip(pred, gold):
        counts["found"][p] += 1
        counts["gold"][g] += 1
        if p == g:
            counts["match"][p] += 1


def report(title: str, counts: dict[str, Counter]) -> str:
    lines = [f"{title}", f"{'label':14} {'P':>5} {'R':>5} {'gold':>6} {'found':>6}"]
    for label in LABELS:
        found, gold, match = counts["found"][label], counts["gold"][label], counts["match"][label]
        p = match / found if found else 0.0
        r = match / gold if gold else 0.0
        lines.append(f"{label:14} {p:5.2f} {r:5.2f} {gold:6d} {found:6d}")
    return "\n".join(lines)


def _new_counts() -> dict[str, Counter]:
    return {"found": Counter(), "gold": Counter(), "match": Counter()}


def measure(data: list[tuple[dict, list[Row], str]], model: LineModel) -> str:
    """Per-label precision/recall on the papers the model was fitted on, and leave-one-body-out."""
    fit = _new_counts()
    with using(model):
        for gold, rows, _name in data:
            score(classify(rows), label_rows(rows, gold), fit)
    groups = body_groups([name for _g, _r, name in data])
    lobo = _new_counts()
    per_body = []
    for body in sorted(set(groups.values())):
        held = [d for d in data if groups[d[2]] == body]
        rest = [(g, r) for g, r, name in data if groups[name] != body]
        with using(train_rows(rest)):
            one = _new_counts()
            for gold, rows, _name in held:
                score(classify(rows), label_rows(rows, gold), one)
        for key in lobo:
            lobo[key].update(one[key])
        m, f, g = one["match"]["heading"], one["found"]["heading"], one["gold"]["heading"]
        per_body.append(f"  {body:55} heading {m}/{f} found, {m}/{g} gold")
    return "\n\n".join(
        [
            report("fit (trained and scored on all papers)", fit),
            report("leave-one-body-out", lobo),
            "headings per held-out body:\n" + "\n".join(per_body),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lobo", action="store_true", help="measure fit and leave-one-body-out P/R per label")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--cache", type=Path, help="a pickle of the papers' rows, kept between runs")
    args = parser.parse_args(argv)
    data = load_rows(gold_pairs(), args.cache)
    totals = Counter(label for gold, rows, _n in data for label in label_rows(rows, gold))
    print(f"{len(data)} papers, {sum(totals.values())} rows: {dict(sorted(totals.items()))}")
    model = train_rows([(gold, rows) for gold, rows, _n in data])
    model.save(args.out)
    print(f"wrote {args.out} ({len(model.data) // 1024} KB)")
    if args.lobo:
        print(measure(data, model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
