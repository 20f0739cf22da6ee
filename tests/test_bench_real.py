"""The real-paper bench finds the papers in ../shared, and says so plainly when there are none."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.real import real_papers

ROOT = Path(__file__).resolve().parent.parent


def test_real_papers_are_every_pdf_of_the_three_shared_folders(tmp_path: Path) -> None:
    for folder in ("bulk", "papers", "elsewhere"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}-minutes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "bulk" / "SOURCES.tsv").write_text("name\turl\n", encoding="utf-8")
    assert [p.name for p in real_papers(tmp_path)] == ["bulk-minutes.pdf", "papers-minutes.pdf"]


def test_the_real_bench_skips_cleanly_when_shared_holds_no_papers(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--real", "--json", "--shared", str(tmp_path / "absent")]
        + ["--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    assert "real_pages" not in figures and "none under" in done.stderr
