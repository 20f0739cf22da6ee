"""Plain words are read straight into the query Whoosh's parser would make of them
(indexer/index/query.py ``_plain_words``), and anything else is left to the parser."""

from __future__ import annotations

import random

import pytest
from whoosh.qparser import AndGroup

from indexer.index.query import _parser, _plain_words, bounded, parse_query, with_compound_alternatives
from indexer.index.schema import build_schema

SCHEMA = build_schema()
WORDS = (
    "fire safety inspections police call outs callouts the a of and to it is or not Budget REPORT "
    "agency staff recruitment electric vehicle charging climate emergency x I minutes noted agreed"
).split()


def _parsed(text: str):  # noqa: ANN202 - a whoosh Query
    return bounded(_parser(SCHEMA, AndGroup, None).parse(with_compound_alternatives(text)))


def _typed() -> list[str]:
    pick = random.Random(29)
    return [" ".join(pick.choice(WORDS) for _ in range(pick.randint(1, 8))) for _ in range(400)]


@pytest.mark.parametrize("text", ["fire safety inspections", "budget", "The Budget", "police call outs", *_typed()])
def test_plain_words_make_the_query_the_parser_makes(text: str) -> None:
    quick = _plain_words(text, SCHEMA)
    words = {w.lower() for w in text.split()}
    if quick is None:  # an operator (the parser's, in any case), or only stop words
        assert words & {"and", "or", "not", "to"} or words <= {"the", "a", "of", "it", "is"}
        return
    assert quick == _parsed(text)
    assert repr(quick) == repr(_parsed(text))


@pytest.mark.parametrize(
    "text", ["budget OR library", "call-outs", '"next meeting"', "person:Nunn", "pol*", "covid 19", "budget  report"]
)
def test_anything_but_plain_words_is_left_to_the_parser(text: str) -> None:
    assert _plain_words(text, SCHEMA) is None
    assert parse_query(text, SCHEMA) == _parsed(text) or text.startswith("person:")
