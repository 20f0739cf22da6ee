"""`python -m indexer.evaluate` scores a folder of papers against gold, field by field."""

from __future__ import annotations

import json
import shutil

import pytest

from indexer.evaluate import main, norm_number
from tests.conftest import CORPUS, GOLD


@pytest.fixture()
def seed_gold_dir(tmp_path):  # noqa: ANN001, ANN201
    folder = tmp_path / "gold"
    folder.mkdir()
    for name in (
        "lancashire-cpb-2020-11-24-minutes.json",
        "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble.json",
        "queries.json",
    ):
        shutil.copy(GOLD / name, folder / name)
    return folder


def test_evaluate_prints_a_row_per_paper_and_the_totals(seed_gold_dir, capsys):  # noqa: ANN001
    assert main([str(seed_gold_dir), str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "lancashire-cpb-2020-11-24-minutes" in out
    assert "TOTAL" in out and "papers 2, failed 0" in out


def test_evaluate_json_gives_the_seed_commitments_at_0_9_or_better(seed_gold_dir, capsys):  # noqa: ANN001
    main([str(seed_gold_dir), str(CORPUS), "--json"])
    totals = json.loads(capsys.readouterr().out)
    assert totals["commitments_precision"] >= 0.9 and totals["commitments_recall"] >= 0.9
    assert totals["items_recall"] == 1.0 and totals["present_recall"] == 1.0
    assert totals["queries_mrr"] >= 0.9


@pytest.mark.parametrize(
    ("printed", "plain"), [("Minute 45.", "45"), ("FGB 38/2021", "38/2021"), ("4-A", "4a"), ("5", "5")]
)
def test_item_numbers_compare_as_the_gold_readme_says(printed, plain):  # noqa: ANN001
    assert norm_number(printed) == plain
