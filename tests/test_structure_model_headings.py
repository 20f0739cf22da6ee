"""Where a paper shows the rules no headings, the trained line model's headings become its items."""

from __future__ import annotations

import pytest

from indexer.records import Line
from indexer.structure import model_headings as module
from indexer.structure.headings import find_headings
from indexer.structure.layout import Row

TEXTS = [
    "Riverside Residents Association",
    "Meeting held 3 March 2021",
    "Treasurer's report",
    "the balance stands at four hundred pounds and the accounts were agreed by all present",
    "Litter picking",
    "volunteers will meet at the bridge on the first saturday of each month from april",
    "Any other business",
    "there was none and the meeting closed at nine",
]
HEADING_ROWS = {2, 4, 6}


def _rows() -> list[Row]:
    return [
        Row(page=1, line=Line(text=t, x0=72.0, top=100.0 + 30 * n, size=11.0), breaks=True) for n, t in enumerate(TEXTS)
    ]


def _model(confident: set[int]):  # noqa: ANN202
    def marginals(rows: list[Row]) -> list[dict[str, float]]:
        return [{"heading": 0.9 if n in confident else 0.01, "body": 0.1} for n in range(len(rows))]

    return marginals


def test_a_paper_with_no_shapes_takes_the_line_models_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "marginals", _model(HEADING_ROWS))
    found = find_headings(_rows())
    assert [(h.number, h.title) for h in found] == [
        (None, "Treasurer's report"),
        (None, "Litter picking"),
        (None, "Any other business"),
    ]


def test_one_confident_row_is_not_a_run_of_items(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "marginals", _model({4}))
    assert find_headings(_rows()) == []


def test_a_run_in_heading_keeps_its_business_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _rows()
    rows[2].line.text = "Treasurer's Report: the balance stands at four hundred pounds"
    monkeypatch.setattr(module, "marginals", _model(HEADING_ROWS))
    first = find_headings(rows)[0]
    assert (first.title, first.keep_line) == ("Treasurer's Report", True)
