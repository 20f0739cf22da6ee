"""Leave one body out: a trained part is scored on each body by models that never saw it.

The fake trainable here memorises its training papers, the worst kind of model: it reads
perfectly what it was trained on and nothing else, so only an honest protocol scores it low.
"""

from __future__ import annotations

import json
import sys
import types
from contextlib import contextmanager
from pathlib import Path

import pytest

import indexer.evaluate as evaluate_module
from indexer.evaluate import evaluate, lobo_scores, main, totals
from indexer.lobo import GoldPaper, ModuleTrainable
from indexer.records import AgendaItem, MeetingRecord
from indexer.same_body import body_groups, stem_body

PAPERS = {
    "acme-parish-council-2020-01-14-minutes": "Acme Parish Council",
    "acme-parish-council-2021-03-09-minutes": "Acme Parish Council",
    "acme-pc-planning-2021-05-02-minutes": "Acme Parish Council",  # the same body, named otherwise
    "brook-hoa-2019-06-01-board-minutes": "Brook HOA",
    "cedar-radio-club-agm-2022-04-27-minutes": None,
}


class Memoriser:
    """Trains by remembering which papers it saw; reads only those."""

    name = "memoriser"

    def __init__(self) -> None:
        self.current: frozenset[str] | None = None
        self.reads: list[tuple[str, frozenset[str] | None]] = []

    def train(self, papers: list[GoldPaper]) -> frozenset[str]:
        return frozenset(p.name for p in papers)

    @contextmanager
    def using(self, model: frozenset[str]):  # noqa: ANN201
        self.current = model
        try:
            yield model
        finally:
            self.current = None

    def read(self, path: Path) -> tuple[MeetingRecord, list[dict]]:
        """The reader with the model in use; outside any fold it ships trained on everything."""
        self.reads.append((path.stem, self.current))
        known = set(PAPERS) if self.current is None else self.current
        items = [AgendaItem(number="1", title="Apologies")] if path.stem in known else []
        return MeetingRecord(source=path.name, sha256="0", items=items), []


@pytest.fixture()
def gold_folder(tmp_path):  # noqa: ANN001, ANN201
    gold, papers = tmp_path / "gold", tmp_path / "papers"
    gold.mkdir()
    papers.mkdir()
    for name, organisation in PAPERS.items():
        reading = {
            "doc_type": "minutes",
            "organisation": organisation,
            "items": [{"number": "1", "title": "Apologies"}],
        }
        (gold / f"{name}.json").write_text(json.dumps(reading))
        (papers / f"{name}.txt").write_text("Minutes")
    return gold, papers


def test_papers_of_one_body_share_a_key_whether_the_file_name_or_the_organisation_says_so():
    keys = body_groups(PAPERS, PAPERS)
    assert keys["acme-parish-council-2020-01-14-minutes"] == keys["acme-pc-planning-2021-05-02-minutes"]
    assert keys["acme-parish-council-2020-01-14-minutes"] != keys["brook-hoa-2019-06-01-board-minutes"]
    assert stem_body("odug-action-log-2013-05-14") == "odug"
    assert stem_body("oiml-ciml-15th-meeting-1976-fr-minutes") == "oiml-ciml"


def test_each_body_is_read_by_a_model_trained_on_every_other_body_only(gold_folder):  # noqa: ANN001
    memoriser = Memoriser()
    lobo_scores([(gold_folder[0], [gold_folder[1]])], [memoriser], queries=False, read=memoriser.read)
    keys = body_groups(PAPERS, PAPERS)
    assert sorted(name for name, _model in memoriser.reads) == sorted(PAPERS)
    for name, model in memoriser.reads:
        assert model == {p for p in PAPERS if keys[p] != keys[name]}


def test_a_memorising_model_fits_perfectly_and_scores_nothing_held_out(gold_folder):  # noqa: ANN001
    memoriser = Memoriser()
    fit = totals(evaluate(gold_folder[0], [gold_folder[1]], queries=False, read=memoriser.read))
    lobo = lobo_scores([(gold_folder[0], [gold_folder[1]])], [memoriser], queries=False, read=memoriser.read)
    held_out = totals(lobo[str(gold_folder[0])])
    assert fit["items_recall"] == 1.0
    assert held_out["items_recall"] == 0.0 and held_out["papers"] == len(PAPERS)


def test_the_command_prints_the_held_out_total_before_the_overall_fit(gold_folder, monkeypatch, capsys):  # noqa: ANN001
    memoriser = Memoriser()
    monkeypatch.setattr(evaluate_module, "TRAINABLES", [memoriser])
    monkeypatch.setattr("indexer.pipeline.read_paper", memoriser.read)
    main([str(gold_folder[0]), str(gold_folder[1]), "--lobo", "--no-queries"])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("LOBO (P/R) items 0.00/0.00") for line in lines)
    assert lines[-2].startswith("TOTAL (P/R) items 1.00/1.00") and lines[-1] == f"papers {len(PAPERS)}, failed 0"


def test_a_module_with_train_and_using_plugs_in_as_one_trainable(gold_folder, monkeypatch):  # noqa: ANN001
    """The shape the CRF line model takes: module functions over (gold reading, paper path) pairs."""
    memoriser = Memoriser()
    module = types.ModuleType("fake_line_model")
    module.train = lambda pairs: frozenset(Path(path).stem for gold, path in pairs if gold["doc_type"])
    module.using = memoriser.using
    monkeypatch.setitem(sys.modules, "fake_line_model", module)
    lobo = lobo_scores(
        [(gold_folder[0], [gold_folder[1]])],
        [ModuleTrainable("fake", "fake_line_model")],
        queries=False,
        read=memoriser.read,
    )
    assert totals(lobo[str(gold_folder[0])])["items_recall"] == 0.0
    assert all(name not in model for name, model in memoriser.reads)
