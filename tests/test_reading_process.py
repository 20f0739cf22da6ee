"""A process that reads papers keeps the spaCy model out of the garbage collector's scans
and collects less often (indexer/pipeline.py settle_collector): a worker's CPU, not its
records, changes. Run in a child process so this test's own collector is left as it was."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from indexer.pipeline import COLLECT_AFTER
from tests.paperkit import L, write_pdf

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import gc, json, sys
from pathlib import Path
from indexer.pipeline import read_paper
before = gc.get_threshold()
record, pages = read_paper(Path(sys.argv[1]), ocr=False)
print(json.dumps([before, gc.get_threshold(), gc.get_freeze_count(), [i.title for i in record.items]]))
"""


def test_a_worker_reading_minutes_freezes_the_model_and_collects_less_often(tmp_path: Path) -> None:
    lines = [
        L("MINUTES OF THE PARISH COUNCIL", bold=True, size=14),
        L("1. Apologies", bold=True),
        "None were received.",
    ]
    paper = write_pdf(tmp_path / "minutes.pdf", [lines])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(paper)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    before, after, frozen, titles = json.loads(done.stdout.splitlines()[-1])
    assert before != list(COLLECT_AFTER) and after == list(COLLECT_AFTER)
    assert frozen > 100_000  # the model's objects, left out of every collection
    assert titles  # and the paper still reads
