"""A quoted phrase finds exactly the passages Whoosh's span matcher finds (indexer/index/phrases.py).

Passages with the words in order, reversed, apart by one and by several, repeated, and
overlapping ("next next meeting meeting"), for phrases of two and three words and a looser
slop: the same passages, in the same order, with the same scores.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import fields, index, scoring
from whoosh.query import Phrase

from indexer.index.phrases import PositionsNear, PositionsPhrase, with_positions_phrases

WORDS = ["next", "meeting", "date", "the", "agreed", "next", "meeting"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    folder: Path = tmp_path_factory.mktemp("phrases")
    ix = index.create_in(str(folder), fields.Schema(words=fields.TEXT(analyzer=None, phrase=True)))
    pick = random.Random(5)
    fixed = ["next meeting", "meeting next", "next the meeting", "next the the meeting", "next next meeting meeting"]
    fixed += ["next date meeting", "next meeting date"]  # a word inside the phrase so far is not after it
    with ix.writer() as writer:
        for text in fixed:
            writer.add_document(words=text)
        for _ in range(600):
            writer.add_document(words=" ".join(pick.choice(WORDS) for _ in range(pick.randint(1, 14))))
    with ix.searcher(weighting=scoring.BM25F()) as opened:
        yield opened


@pytest.mark.parametrize(
    ("words", "slop"),
    [
        (["next", "meeting"], 1),
        (["next", "meeting", "date"], 1),
        (["meeting", "next"], 1),
        (["next", "meeting"], 2),
        (["next", "meeting", "date"], 2),
    ],
)
def test_a_phrase_finds_and_scores_the_passages_whoosh_finds(searcher, words: list[str], slop: int) -> None:  # noqa: ANN001
    theirs = Phrase("words", words, slop=slop)
    ours = with_positions_phrases(theirs)
    assert isinstance(ours, PositionsPhrase)
    found = [(h.docnum, h.score) for h in searcher.search(ours, limit=None, optimize=False)]
    assert found == [(h.docnum, h.score) for h in searcher.search(theirs, limit=None, optimize=False)]
    assert found  # every phrase here is somewhere


def test_the_quicker_matcher_is_the_one_that_ran(searcher, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    ran = []
    spans = PositionsNear._get_spans
    monkeypatch.setattr(PositionsNear, "_get_spans", lambda self: ran.append(self._plain) or spans(self))
    searcher.search(PositionsPhrase("words", ["next", "meeting"]), limit=5)
    assert ran and all(ran)
