"""Fixtures so each test reads as one user action: an indexed corpus, an app, a CLI runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
PAPERS = SHARED / "papers"
MINUTES_PDF = CORPUS / "lancashire-cpb-2020-11-24-minutes.pdf"
DECISION_PDF = CORPUS / "lancashire-cpb-2020-11-24-decision-in-care-out-of-trouble.pdf"


@pytest.fixture(scope="session")
def indexed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus, indexed once for the whole run."""
    from indexer.index.store import index_paths

    index_dir = tmp_path_factory.mktemp("index")
    summary = index_paths([CORPUS], index_dir)
    assert not summary.failed, summary.failed
    return index_dir


@pytest.fixture(scope="session")
def search_index(indexed_corpus: Path):  # noqa: ANN201
    from indexer.index.search import SearchIndex

    index = SearchIndex(indexed_corpus)
    yield index
    index.close()


@pytest.fixture()
def app(indexed_corpus: Path):  # noqa: ANN201
    from webapp import create_app

    return create_app({"TESTING": True, "INDEX_DIR": str(indexed_corpus)})


@pytest.fixture()
def client(app):  # noqa: ANN001, ANN201
    return app.test_client()


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((GOLD / "lancashire-cpb-2020-11-24-minutes.json").read_text())


@pytest.fixture(scope="session")
def seed_queries() -> dict:
    return json.loads((GOLD / "queries.json").read_text())


@pytest.fixture()
def paper_folder(tmp_path: Path) -> Path:
    """A folder holding a copy of the sample corpus, for tests that add or break papers."""
    folder = tmp_path / "papers"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


@pytest.fixture()
def made_up_papers(tmp_path: Path) -> Path:
    """Three made-up meetings (records written as text), for re-index tests that need no PDF."""
    from tests.test_reindex_kit import many_papers

    folder = tmp_path / "papers"
    many_papers(folder, 3)
    return folder


@pytest.fixture()
def made_up_index(tmp_path: Path, made_up_papers: Path) -> Path:
    """The index of ``made_up_papers``."""
    from indexer.index.store import index_paths
    from tests.test_reindex_kit import read_made_up

    index_dir = tmp_path / "index"
    summary = index_paths([made_up_papers], index_dir, read=read_made_up)
    assert summary.line() == "added 3, updated 0, removed 0, unchanged 0, failed 0"
    return index_dir
