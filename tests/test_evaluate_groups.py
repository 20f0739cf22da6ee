"""One `python -m indexer.evaluate` run scores several gold folders, each with its papers."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from indexer.evaluate import group_folders, main
from tests.conftest import CORPUS, GOLD


def _folder(root: Path, name: str, *files: str) -> Path:
    folder = root / name
    folder.mkdir()
    for file in files:
        (folder / file).write_text("{}")
    return folder


def test_a_gold_folder_starts_a_group_and_the_folders_after_it_hold_its_papers(tmp_path):  # noqa: ANN001
    gold = _folder(tmp_path, "gold", "a-2020-01-01-minutes.json", "queries.json")
    papers, corpus = _folder(tmp_path, "papers"), _folder(tmp_path, "corpus")
    more_gold, more_papers = _folder(tmp_path, "more-gold", "b.json"), _folder(tmp_path, "more-papers")
    assert group_folders([gold, papers, corpus, more_gold, more_papers]) == [
        (gold, [papers, corpus]),
        (more_gold, [more_papers]),
    ]


def test_papers_before_any_gold_folder_are_refused(tmp_path):  # noqa: ANN001
    papers, gold = _folder(tmp_path, "papers"), _folder(tmp_path, "gold", "a.json")
    with pytest.raises(ValueError, match="first folder must be a gold folder"):
        group_folders([papers, gold])


def test_a_gold_folder_with_no_papers_after_it_is_refused(tmp_path):  # noqa: ANN001
    gold, more_gold = _folder(tmp_path, "gold", "a.json"), _folder(tmp_path, "more-gold", "b.json")
    with pytest.raises(ValueError, match="no paper folder"):
        group_folders([gold, more_gold, _folder(tmp_path, "papers")])


@pytest.fixture(scope="module")
def two_seed_groups(tmp_path_factory):  # noqa: ANN001, ANN201
    """The seed minutes and its decision notice scored as two gold folders over one corpus."""
    root = tmp_path_factory.mktemp("groups")
    minutes, decision = root / "minutes-gold", root / "decision-gold"
    for folder, name in (
        (minutes, "lancashire-cpb-2020-11-24-minutes.json"),
        (decision, "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble.json"),
    ):
        folder.mkdir()
        shutil.copy(GOLD / name, folder / name)
    return [str(minutes), str(CORPUS), str(decision), str(CORPUS), "--no-queries"]


def test_each_group_gets_its_total_and_the_last_total_is_the_overall_one(two_seed_groups, capsys, monkeypatch):  # noqa: ANN001
    from indexer import evaluate

    monkeypatch.setattr(evaluate, "TRAINABLES", [])  # the output's shape, without retraining the line model
    assert main([*two_seed_groups, "--lobo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    read_by_hooks = [line for line in lines if re.match(r"^(TOTAL|papers)", line)]
    assert len(read_by_hooks) == 6
    assert read_by_hooks[0].endswith("minutes-gold]") and read_by_hooks[2].endswith("decision-gold]")
    assert read_by_hooks[-2].startswith("TOTAL (P/R) items") and not read_by_hooks[-2].endswith("]")
    assert read_by_hooks[-1] == "papers 2, failed 0"
    assert "LOBO = fit (nothing trained)" in lines


def test_json_gives_overall_totals_at_the_top_and_each_group_beneath(two_seed_groups, capsys):  # noqa: ANN001
    main([*two_seed_groups, "--json"])
    totals = json.loads(capsys.readouterr().out)
    assert totals["papers"] == 2
    groups = totals["groups"]
    assert [g["papers"] for g in groups.values()] == [1, 1]
    assert totals["commitments_recall"] >= min(g["commitments_recall"] for g in groups.values())
    assert "lobo" not in totals
