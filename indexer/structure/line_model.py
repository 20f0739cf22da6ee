"""A trained line classifier: what each row of a paper is, as GROBID reads scholarly papers.

Rules read a paper's items from shapes one at a time; a linear-chain CRF weighs all the shapes
of a row and of its neighbours together (typography, numbering in sequence, label words) and
labels every row: heading, attendance, body, resolution, action_row, vote, header_footer,
signature or masthead. It is trained from gold readings laid over papers of many bodies
(models/train_line_model.py; `make train`), and its marginal probabilities let the rule-based
readers ask "how sure is it that this row is a heading?" rather than take a hard label.

The trained file is models/line_model.crfsuite, loaded once per process. `using(model)` swaps
in another model (evaluate's leave-one-body-out trains one per held-out body).
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from indexer.structure.layout import Row
from indexer.structure.line_features import row_features
from indexer.structure.line_labels import LABELS, label_rows

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "line_model.crfsuite"

# Fixed so `make train` rebuilds the same file: L1 keeps the model small, L2 smooths it.
PARAMS = {
    "c1": 1.0,
    "c2": 0.02,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 2,
}


@dataclass(frozen=True)
class LineModel:
    """A trained CRF held as bytes, so a model trained in memory needs no file."""

    data: bytes

    def tagger(self) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(self.data)
        return tagger

    def save(self, path: Path) -> None:
        Path(path).write_bytes(self.data)

    @classmethod
    def load(cls, path: Path) -> LineModel:
        return cls(Path(path).read_bytes())


_active: list[tuple[LineModel, pycrfsuite.Tagger]] = []
_default: tuple[LineModel, pycrfsuite.Tagger] | None = None


def _current() -> pycrfsuite.Tagger | None:
    global _default
    if _active:
        return _active[-1][1]
    if _default is None:
        if not MODEL_PATH.exists():
            return None
        model = LineModel.load(MODEL_PATH)
        _default = (model, model.tagger())
    return _default[1]


@contextmanager
def using(model: LineModel) -> Iterator[LineModel]:
    """Within the block, `classify` and `marginals` in this process use ``model``."""
    _active.append((model, model.tagger()))
    try:
        yield model
    finally:
        _active.pop()


def classify(rows: list[Row]) -> list[str]:
    """One label per row (see line_labels.LABELS); all "body" when no model is trained."""
    if not rows:
        return []
    tagger = _current()
    if tagger is None:
        return ["body"] * len(rows)
    return list(tagger.tag(row_features(rows)))


def marginals(rows: list[Row]) -> list[dict[str, float]]:
    """Each row's probability of each label, summed over every labelling of the paper."""
    if not rows:
        return []
    tagger = _current()
    if tagger is None:
        return [{label: float(label == "body") for label in LABELS} for _ in rows]
    tagger.set(row_features(rows))
    known = set(tagger.labels())
    return [{label: tagger.marginal(label, i) if label in known else 0.0 for label in LABELS} for i in range(len(rows))]


def sequences(pairs: list[tuple[dict, list[Row]]]) -> list[tuple[list[list[str]], list[str]]]:
    """Feature and label sequences from (gold reading, the paper's rows) pairs."""
    return [(row_features(rows), label_rows(rows, gold)) for gold, rows in pairs if rows]


def train_rows(pairs: list[tuple[dict, list[Row]]]) -> LineModel:
    """Train on papers already read into rows (the training script caches them)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(pairs):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line_model.crfsuite"
        trainer.train(str(path))
        return LineModel(path.read_bytes())


def read_rows(paper: Path) -> list[Row]:
    """A paper's rows exactly as the reader sees them (a copy: leave-one-body-out trains on
    nearly every paper once per body, so each is read only once per process)."""
    stat = Path(paper).stat()
    return copy.deepcopy(_read_rows(str(paper), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=256)
def _read_rows(paper: str, _mtime_ns: int, _size: int) -> list[Row]:
    from indexer.read.extract import extract  # the reading stage, only needed for training
    from indexer.structure.layout import rows_of

    return rows_of(extract(Path(paper)))


def train(pairs: list[tuple[dict, Path]]) -> LineModel:
    """A model trained on (gold reading, paper path) pairs, in the order given."""
    return train_rows([(gold, read_rows(Path(paper))) for gold, paper in pairs])
