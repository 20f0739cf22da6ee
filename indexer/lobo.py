"""Leave one body out: the honest figure for any part of the reader trained on gold.

A model trained on every gold paper and scored on the same papers reports a fit, not how it
reads a body it has never seen. Here each body's papers are read by models retrained on all
the other bodies' gold, so nothing a body printed helped read it. Papers of one body (one
house layout, often years of it) always leave together.

A trained part joins by being listed in ``TRAINABLES``: an object with ``train(papers) ->
model`` and ``using(model)``, a context manager under which the reader uses that model.
A module offering both as functions plugs in with one ``ModuleTrainable`` line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from indexer.errors import UnreadablePaper
from indexer.records import Record
from indexer.same_body import body_groups

Reader = Callable[[Path], tuple[Record, list[dict]]]
Reading = Record | str  # the record, or why the paper could not be read


@dataclass
class GoldPaper:
    """One gold reading and the paper it reads, as the trainers and the scorer see them."""

    name: str
    gold: dict
    path: Path
    group: str = ""  # the gold folder it is scored with
    body: str = ""


class Trainable(Protocol):
    """A part of the reader whose model is learnt from gold readings."""

    name: str

    def train(self, papers: list[GoldPaper]) -> Any: ...

    def using(self, model: Any) -> AbstractContextManager[Any]: ...


@dataclass(frozen=True)
class ModuleTrainable:
    """A trained part living in one module with ``train(pairs)`` over (gold reading, paper
    path) pairs and a ``using(model)`` context manager; imported only when a fold needs it.

    Each fold trains on nearly every gold paper again, so a module that extracts papers to
    train should keep what it extracted per path rather than read each paper once a fold.
    """

    name: str
    module: str

    def train(self, papers: list[GoldPaper]) -> Any:
        return importlib.import_module(self.module).train([(p.gold, p.path) for p in papers])

    def using(self, model: Any) -> AbstractContextManager[Any]:
        return importlib.import_module(self.module).using(model)


# Every trained part of the reader, so `python -m indexer.evaluate --lobo` retrains each per fold.
TRAINABLES: list[Trainable] = [ModuleTrainable("line model", "indexer.structure.line_model")]


def assign_bodies(papers: Iterable[GoldPaper]) -> dict[str, list[GoldPaper]]:
    """Set each paper's body and return the papers of each body, by file name and gold's organisation."""
    papers = list(papers)
    keys = body_groups([p.name for p in papers], {p.name: p.gold.get("organisation") for p in papers})
    bodies: dict[str, list[GoldPaper]] = {}
    for paper in papers:
        paper.body = keys[paper.name]
        bodies.setdefault(paper.body, []).append(paper)
    return bodies


def read_one(path: Path, read: Reader) -> Reading:
    """The record, or the one-line reason the paper could not be read."""
    try:
        record, _pages = read(path)
    except UnreadablePaper as exc:
        return exc.reason
    return record


def leave_one_body_out(
    papers: list[GoldPaper], trainables: list[Trainable], read: Reader | None = None
) -> dict[str, Reading]:
    """Each paper read under models trained on every other body's gold papers."""
    if read is None:
        from indexer.pipeline import read_paper as read
    readings: dict[str, Reading] = {}
    for _body, held_out in sorted(assign_bodies(papers).items()):
        names = {p.name for p in held_out}
        training = [p for p in papers if p.name not in names]
        models = [(t, t.train(training)) for t in trainables]
        with ExitStack() as stack:
            for trainable, model in models:
                stack.enter_context(trainable.using(model))
            for paper in held_out:
                readings[paper.name] = read_one(paper.path, read)
    return readings
