"""A realistic synthetic archive: N board papers as PDFs, each with its ground truth.

Several councils and bodies in five house styles (see ``synth_layout``), realistic
attendance, resolutions and commitments. Deterministic: the same seed and size give the
same bytes, so a generated archive is reused between runs (``archive.json`` records what
it holds and which generator made it) and an incremental re-index sees no change.

Run alone: ``python -m bench.synth --size 100 --out bench/out/archive-100``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.synth_layout import render
from bench.synth_text import plan_paper
from indexer.records import to_dict

SEED = 20201124
HERE = Path(__file__).resolve().parent
GENERATOR_FILES = ("synth.py", "synth_text.py", "synth_layout.py", "synth_words.py")


@dataclass
class Archive:
    """A generated archive on disk: PDFs in ``papers/``, ground truth JSON in ``truth/``."""

    root: Path
    size: int
    seed: int
    pages: int
    items: int
    commitments: int
    seconds: float

    @property
    def papers(self) -> Path:
        return self.root / "papers"

    @property
    def truth(self) -> Path:
        return self.root / "truth"

    def pdfs(self) -> list[Path]:
        return sorted(self.papers.glob("*.pdf"))


def generator_version() -> str:
    """A digest of the generator's own source: change the generator, regenerate the archive."""
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def write_paper(seed: int, number: int, papers: Path, truth: Path) -> tuple[str, int, int, int]:
    """Write paper ``number`` and its truth; return (stem, pages, items, commitments)."""
    plan = plan_paper(seed, number)
    pdf = papers / f"{plan.stem}.pdf"
    pages = render(plan, pdf)
    record = plan.record
    record.source = pdf.name
    record.sha256 = hashlib.sha256(pdf.read_bytes()).hexdigest()
    data = {"record": to_dict(record), "pages": pages}
    (truth / f"{plan.stem}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return plan.stem, record.pages, len(record.items), len(record.commitments)


def _write_range(args: tuple[int, int, int, str, str]) -> list[tuple[str, int, int, int]]:
    seed, start, stop, papers, truth = args
    return [write_paper(seed, n, Path(papers), Path(truth)) for n in range(start, stop)]


def write_archive(root: Path, size: int, seed: int = SEED, workers: int = 2) -> Archive:
    """Generate (or reuse) an archive of ``size`` papers under ``root``."""
    root = Path(root)
    stamp = root / "archive.json"
    version = generator_version()
    if stamp.exists():
        known = json.loads(stamp.read_text(encoding="utf-8"))
        if known.get("version") == version and known["size"] == size and known["seed"] == seed:
            return Archive(root, size, seed, known["pages"], known["items"], known["commitments"], known["seconds"])
    papers, truth = root / "papers", root / "truth"
    for folder in (papers, truth):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    stamp.unlink(missing_ok=True)
    started = time.perf_counter()
    step = max(1, min(100, size // (workers * 4) or 1))
    chunks = [(seed, s, min(size, s + step), str(papers), str(truth)) for s in range(0, size, step)]
    if workers > 1 and size > step:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = [row for rows in pool.map(_write_range, chunks) for row in rows]
    else:
        done = [row for chunk in chunks for row in _write_range(chunk)]
    seconds = time.perf_counter() - started
    archive = Archive(
        root,
        size,
        seed,
        pages=sum(r[1] for r in done),
        items=sum(r[2] for r in done),
        commitments=sum(r[3] for r in done),
        seconds=seconds,
    )
    stamp.write_text(
        json.dumps(
            {
                "version": version,
                "size": size,
                "seed": seed,
                "pages": archive.pages,
                "items": archive.items,
                "commitments": archive.commitments,
                "seconds": round(seconds, 2),
            }
        ),
        encoding="utf-8",
    )
    return archive


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="default bench/out/archive-SIZE")
    args = parser.parse_args(argv)
    archive = write_archive(args.out or HERE / "out" / f"archive-{args.size}", args.size, args.seed, args.workers)
    print(
        f"{archive.size} papers, {archive.pages} pages, {archive.items} items, {archive.commitments} commitments "
        f"in {archive.seconds:.1f} s → {archive.root}"
    )


if __name__ == "__main__":
    main()
