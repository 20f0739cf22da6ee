"""A word that may also be read as a compound is an OR: it must rank exactly as Whoosh ranks it.

The quicker OR matcher (indexer/index/unions.py) and the remembered term places
(indexer/index/term_places.py) change how matches are found, never which or how they score:
here both are compared with Whoosh's own on a segment of 5,000 passages whose matches fall
sparsely and densely across several of the matcher's 2,048-passage parts.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import fields, index, scoring
from whoosh.query import And, Or, Term

from indexer.index.term_places import remember_term_places
from indexer.index.unions import ListedArrayUnionMatcher, ListedOr, with_listed_unions

WORDS = ["fire", "safeti", "firesafeti", "inspect", "safetyinspect", "road", "budget", "rare"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    folder: Path = tmp_path_factory.mktemp("unions")
    ix = index.create_in(str(folder), fields.Schema(words=fields.TEXT(analyzer=None, phrase=False)))
    pick = random.Random(17)
    writer = ix.writer()
    for n in range(4900):  # one segment, under Whoosh's 5,000 for pre-loading an OR
        common = [w for w in WORDS[:-1] if pick.random() < 0.2]
        rare = ["rare"] * (n % 997 == 3)  # a handful, thousands of passages apart
        writer.add_document(words=" ".join(common + rare + ["filler"] * pick.randint(0, 30)))
    writer.commit()
    with ix.searcher(weighting=scoring.BM25F()) as opened:
        yield opened


QUERIES = [
    Or([Term("words", "fire"), Term("words", "firesafeti"), Term("words", "rare")]),
    Or([Term("words", "rare"), Term("words", "safetyinspect"), Term("words", "nosuchword")]),
    And([Or([Term("words", w) for w in ("fire", "firesafeti", "rare")]), Term("words", "budget")]),
    And(
        [
            Or([Term("words", w) for w in ("safeti", "firesafeti", "safetyinspect")]),
            Or([Term("words", w) for w in ("inspect", "safetyinspect", "rare")]),
        ]
    ),
]


def _ranked(searcher, query, limit: int = 50) -> list[tuple[int, float]]:  # noqa: ANN001
    return [(hit.docnum, hit.score) for hit in searcher.search(query, limit=limit, optimize=False)]


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_a_compound_or_finds_and_scores_every_passage_as_whoosh_does(searcher, query) -> None:  # noqa: ANN001
    listed = with_listed_unions(query)
    assert any(isinstance(node, ListedOr) for node in listed.children()) or isinstance(listed, ListedOr)
    assert _ranked(searcher, listed) == _ranked(searcher, query)
    assert _ranked(searcher, listed, limit=5000) == _ranked(searcher, query, limit=5000)
    assert len(searcher.search(listed, limit=None)) == len(searcher.search(query, limit=None))


def test_the_listed_matcher_steps_and_skips_to_the_same_passages(searcher) -> None:  # noqa: ANN001
    query = Or([Term("words", "rare"), Term("words", "firesafeti"), Term("words", "inspect")])
    segment = searcher.subsearchers[0][0] if searcher.subsearchers else searcher
    ours = ListedArrayUnionMatcher([q.matcher(segment) for q in query.subqueries], segment.doc_count_all())
    theirs = query.with_boost(1.0)
    theirs.matcher_type = Or.ARRAY_MATCHER
    whoosh = theirs.matcher(segment)
    assert type(whoosh).__name__ == "ArrayUnionMatcher"
    for target in (5, 2047, 2048, 2100, 4095, 4096, 4800):
        ours.skip_to(target)
        whoosh.skip_to(target)
        assert (ours.is_active(), ours.id(), ours.score()) == (whoosh.is_active(), whoosh.id(), whoosh.score())
    fresh = ListedArrayUnionMatcher([q.matcher(segment) for q in query.subqueries], segment.doc_count_all())
    assert list(fresh.all_ids()) == list(query.matcher(segment).all_ids())


def test_remembered_term_places_change_no_search(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(words=fields.TEXT(analyzer=None, phrase=False)))
    for batch in (["budget fire", "fire road"], ["budget budget road", "rare"]):  # two segments
        writer = ix.writer()
        for text in batch:
            writer.add_document(words=text)
        writer.commit(merge=False)
    with ix.searcher() as plain, ix.searcher() as remembering:
        remember_term_places(remembering.reader())
        for word in ("budget", "fire", "road", "rare", "absent"):
            for _ in range(2):  # the second time from the remembered places
                assert _ranked(remembering, Term("words", word)) == _ranked(plain, Term("words", word))
                assert remembering.doc_frequency("words", word) == plain.doc_frequency("words", word)
