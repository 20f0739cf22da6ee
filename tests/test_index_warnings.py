"""A paper read imperfectly still indexes, and the re-index says what was missed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from tests.hostile import good_minutes, part_scanned


def test_a_scanned_page_without_ocr_is_reported_and_the_rest_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexer.read.pdfpages.tesseract_available", lambda: False)
    papers = tmp_path / "papers"
    papers.mkdir()
    good_minutes(papers / "typed.pdf")
    part_scanned(papers / "signed.pdf", ["Minutes of the Parish Council", "1. Footpath repairs"], ["Signed: Chair"])
    result = CliRunner().invoke(main, ["index", str(papers), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warned) == 1 and "signed.pdf" in warned[0] and "page(s) 2" in warned[0], result.output
    assert "added 2, updated 0, removed 0, unchanged 0, failed 0" in result.output


def test_a_paper_read_cleanly_raises_no_warning(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    good_minutes(papers / "typed.pdf")
    result = CliRunner().invoke(main, ["index", str(papers), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0 and "warning:" not in result.output, result.output
