"""A batch that meets hostile papers names each one with a reason and indexes the rest.

The folder a clerk points Minuted at holds whatever the council website served: empty
downloads, half downloads, error pages saved as .pdf, locked PDFs, the same paper twice.
Each story here indexes such a folder as a user would, from the command line.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from indexer.cli import main
from tests import hostile
from tests.paperkit import write_pdf

# File name → (what to write there, what its reason must say). The truncated paper is cut
# from a good one, so the builder gets the folder's good paper as its second argument.
FAILING: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "empty-download.pdf": (lambda p, _g: hostile.empty(p), r"empty file"),
    "half-downloaded.pdf": (lambda p, g: hostile.truncated(p, g), r"truncated"),
    "noise.pdf": (lambda p, _g: hostile.random_bytes(p), r"not a PDF"),
    "noise-with-a-header.pdf": (lambda p, _g: hostile.random_bytes(p, header=True), r"damaged PDF"),
    "expired-link.pdf": (lambda p, _g: hostile.html_named_pdf(p), r"HTML page, not a PDF"),
    "locked.pdf": (lambda p, _g: hostile.encrypted(p, user_password="secret"), r"encrypted.*needs a password"),
}


def _index(folder: Path, index_dir: Path) -> Result:
    return CliRunner().invoke(main, ["index", str(folder), "--index", str(index_dir)])


def _search(index_dir: Path, query: str) -> dict:
    result = CliRunner().invoke(main, ["search", query, "--json", "--limit", "50", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _failures(output: str) -> dict[str, str]:
    """file name → reason, from the "failed: PATH: REASON" lines of the summary."""
    found = {}
    for line in output.splitlines():
        match = re.match(r"failed: (?P<path>.+?\.pdf): (?P<reason>.*)$", line)
        if match:
            found[Path(match.group("path")).name] = match.group("reason")
    return found


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Path]:
    """Two good papers, one locked with an empty password, odd Unicode, a duplicate, and every failing kind."""
    folder = tmp_path_factory.mktemp("hostile") / "papers"
    folder.mkdir()
    good = hostile.good_minutes(folder / "parish-2021-03-03.pdf", marker="footpath")
    hostile.good_minutes(folder / "parish-2021-04-07.pdf", marker="allotment")
    shutil.copy(good, folder / "parish-2021-03-03-copy.pdf")
    hostile.encrypted(
        folder / "print-only.pdf", user_password="", lines=[*hostile.MINUTES, "The bandstand was painted."]
    )
    hostile.odd_unicode(folder / "community-2022-05-05.pdf")
    for name, (build, _says) in FAILING.items():
        build(folder / name, good)
    index_dir = folder.parent / "index"
    return _index(folder, index_dir), index_dir, folder


def test_a_batch_with_hostile_papers_exits_3_and_counts_them(hostile_batch: tuple[Result, Path, Path]) -> None:
    result, _index_dir, _folder = hostile_batch
    assert result.exit_code == 3, result.output
    assert f"added 5, updated 0, removed 0, unchanged 0, failed {len(FAILING)}" in result.output


@pytest.mark.parametrize("name", list(FAILING))
def test_each_hostile_paper_is_named_with_its_reason(hostile_batch: tuple[Result, Path, Path], name: str) -> None:
    result, _index_dir, _folder = hostile_batch
    reasons = _failures(result.output)
    assert name in reasons, result.output
    assert re.search(FAILING[name][1], reasons[name], re.IGNORECASE), reasons[name]


def test_no_failure_prints_a_traceback(hostile_batch: tuple[Result, Path, Path]) -> None:
    result, _index_dir, _folder = hostile_batch
    assert "Traceback" not in result.output
    assert all(0 < len(reason) <= 240 for reason in _failures(result.output).values())


def test_the_good_papers_of_a_hostile_batch_are_searchable(hostile_batch: tuple[Result, Path, Path]) -> None:
    _result, index_dir, _folder = hostile_batch
    assert "parish-2021-04-07" in {hit["doc"] for hit in _search(index_dir, "allotment")["hits"]}


def test_a_pdf_locked_with_an_empty_password_is_read(hostile_batch: tuple[Result, Path, Path]) -> None:
    _result, index_dir, _folder = hostile_batch
    assert [hit["doc"] for hit in _search(index_dir, "bandstand")["hits"]] == ["print-only"]


def test_duplicate_papers_under_two_names_are_each_found_under_their_own_name(
    hostile_batch: tuple[Result, Path, Path],
) -> None:
    _result, index_dir, _folder = hostile_batch
    docs = {hit["doc"] for hit in _search(index_dir, "footpath")["hits"]}
    assert {"parish-2021-03-03", "parish-2021-03-03-copy"} <= docs


def test_a_smart_quoted_name_is_found_when_typed_with_a_plain_apostrophe(
    hostile_batch: tuple[Result, Path, Path],
) -> None:
    _result, index_dir, _folder = hostile_batch
    assert "community-2022-05-05" in {hit["doc"] for hit in _search(index_dir, "O'Neill")["hits"]}


def test_ligatures_are_found_as_plain_letters(hostile_batch: tuple[Result, Path, Path]) -> None:
    _result, index_dir, _folder = hostile_batch
    hits = _search(index_dir, '"flood definitions"')["hits"]
    assert [hit["doc"] for hit in hits][:1] == ["community-2022-05-05"]


def test_an_existing_index_keeps_every_earlier_paper_when_hostile_papers_arrive(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    good = hostile.good_minutes(folder / "parish-2021-03-03.pdf", marker="footpath")
    hostile.good_minutes(folder / "parish-2021-04-07.pdf", marker="allotment")
    index_dir = tmp_path / "index"
    assert _index(folder, index_dir).exit_code == 0
    for name, (build, _says) in FAILING.items():
        build(folder / name, good)
    again = _index(folder, index_dir)
    assert again.exit_code == 3
    assert f"added 0, updated 0, removed 0, unchanged 2, failed {len(FAILING)}" in again.output
    assert {"parish-2021-03-03"} <= {hit["doc"] for hit in _search(index_dir, "footpath")["hits"]}
    assert {"parish-2021-04-07"} <= {hit["doc"] for hit in _search(index_dir, "allotment")["hits"]}


def test_a_statement_whose_pages_differ_only_in_their_figures_is_read_not_rejected(tmp_path: Path) -> None:
    """Every line recurs on every page but for its numbers: no frame is left to strip."""
    folder = tmp_path / "papers"
    folder.mkdir()
    pages = [
        [f"Precept monitoring statement {n}", f"Spend to date {n * 1250} pounds", f"Page {n}"] for n in range(1, 5)
    ]
    write_pdf(folder / "precept-statement.pdf", pages)
    index_dir = tmp_path / "index"
    result = _index(folder, index_dir)
    assert result.exit_code == 0, result.output
    assert "no text" not in result.output
    assert {"precept-statement"} <= {hit["doc"] for hit in _search(index_dir, "precept")["hits"]}
