"""How a typed query becomes a Whoosh query, and how hits are ranked.

- Plain words must all match (any field); when no passage has them all, all but one;
  when none has that either, any word will do.
- Neighbouring words may also match as one compound (indexer/index/analysis.py).
- ``person:"Mike Nunn"`` (also ``people:``, ``who:``, ``actor:``) means that person by
  any of their names: the alias table says who "Mike Nunn" is, and passages indexed
  under "Michael Nunn" match even if they were indexed before the alias was learnt.
- A query Whoosh cannot parse, or that parses to nothing, searches its words instead.
- Wildcards cost what they expand to: one that starts with a wildcard ("*e*") would read the
  whole vocabulary, so it is refused (as Lucene's classic parser does) and its letters
  searched as a word; the others, and ranges of words ("[a TO z]"), expand to at most
  ``MAX_EXPANSIONS`` words in all, shared between them ("co* re* pr*" gets a third each):
  building the matcher of each word costs about a millisecond, before any clock can stop
  it. A lone "*" means every passage, not every word of every passage.
- Plain words search one field holding every searched part of a record, a title word
  weighted three times a word of the text (indexer/index/schema.py); "title:", "person:",
  "resolutions:" and "commitments:" search one part; "content:" is an alias of the whole.
- Ranking is BM25 over those weighted words, then a weight by record type:
  agenda items first, then decisions, then the commitments drawn from them, so a search
  lands on the passage and shows what was promised beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import Any

from whoosh import scoring
from whoosh.matching import NullMatcher
from whoosh.qparser import AndGroup, FieldAliasPlugin, QueryParser, syntax
from whoosh.qparser.plugins import TaggingPlugin
from whoosh.query import And, Every, NullQuery, Or, Phrase, Prefix, Query, Term, TermRange, Wildcard
from whoosh.searching import SearchContext

from indexer.index.analysis import with_compound_alternatives
from indexer.index.costly import give_way

# Plain words search the one weighted field of every searched part (indexer/index/schema.py);
# "title:", "resolutions:", "commitments:" and "person:" still search one part.
SEARCH_FIELD = "words"
TYPE_WEIGHT = {"item": 1.0, "decision": 0.8, "commitment": 0.6}
_WORDS = re.compile(r"\w+(?:[-‐‑'’]\w+)*", re.UNICODE)
_OPERATORS = {"and", "or", "not", "andnot", "andmaybe", "to"}
_OPERATORS_TYPED = {word.upper() for word in _OPERATORS}

Resolver = Callable[[str], list[str]]
MAX_EXPANSIONS = 64  # words all the wildcards and ranges of one query may expand to
_MIN_EXPANSIONS = 8  # each gets at least this many, however many a query has
_LITERAL_PREFIX = 2  # letters a wildcard must start with


class MinutesWeighting(scoring.BM25F):
    """BM25F, then times the record type's weight (read from the cached type column).

    One per searcher: it remembers that searcher's reader.
    """

    use_final = True

    def __init__(self, columns: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._columns = columns
        self._types: tuple[Any, list[str]] | None = None  # one searcher's reader, its types

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: float = 1) -> Any:
        """BM25F's scorer, reading document lengths from the segment's cached array."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        reader = searcher.reader()
        if isinstance(scorer, scoring.BM25FScorer) and reader.is_atomic():
            scorer.dfl = self._columns.lengths(reader, fieldname).__getitem__
        return scorer

    def final(self, searcher: Any, docnum: int, score: float) -> float:
        reader = searcher.reader()
        if self._types is None or self._types[0] is not reader:
            self._types = (reader, self._columns.whole_column(reader, "type"))
        types = self._types[1]
        return score * TYPE_WEIGHT.get(types[docnum] if docnum < len(types) else "", 1.0)


def parse_query(text: str, schema: Any, group: Any = AndGroup, aliases: Resolver | None = None) -> Query:
    """The Whoosh query for what a user typed; never raises, whatever they typed."""
    plain = _plain_words(text, schema) if group is AndGroup else None
    if plain is not None:
        return plain
    parser = _parser(schema, group, aliases)
    try:
        query = parser.parse(with_compound_alternatives(text))
    except Exception:  # noqa: BLE001 - Whoosh's parser raises many kinds; the words still search
        query = NullQuery
    if query is NullQuery or isinstance(query, type(NullQuery)):
        words = [w for w in _WORDS.findall(text) if w.lower() not in _OPERATORS]
        if not words:
            return NullQuery
        try:
            query = _parser(schema, group, None).parse(with_compound_alternatives(" ".join(words)))
        except Exception:  # noqa: BLE001 - as above; nothing left to search
            return NullQuery
    return bounded(query)


# A query of plain words only (most searches: "fire safety inspections"), which Whoosh's
# parser reads in ~0.5 ms, tagging the compound form at every character with every plugin.
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,7}")
_ALTERNATIVES = re.compile(r"\(([^()]*)\)|(\S+)")


def _plain_words(text: str, schema: Any) -> Query | None:
    """The query Whoosh's parser makes of plain words, built directly; None for anything else.

    Each word (or its compound alternatives, ``with_compound_alternatives``) becomes what
    the parser makes of it: the field's one analysed form as a ``Term`` (a stop word none),
    alternatives an ``Or``, all of them an ``And``, normalised as the parser normalises.
    A word the analyser splits in two, an operator, or no word left: the parser decides.
    tests/test_search_plain_words.py holds the two to the same answers.
    """
    if not _PLAIN.fullmatch(text) or any(w.upper() in _OPERATORS_TYPED for w in text.split()):
        return None
    field = schema[SEARCH_FIELD]
    parts: list[Query] = []
    for grouped, single in _ALTERNATIVES.findall(with_compound_alternatives(text)):
        options = []
        for word in grouped.split(" OR ") if grouped else [single]:
            forms = list(field.process_text(word, mode="query", tokenize=True, removestops=True))
            if len(forms) > 1:
                return None
            options.extend(Term(SEARCH_FIELD, form) for form in forms)
        if len(options) > 1:
            parts.append(Or(options))
        elif options:
            parts.append(options[0])
    if not parts:
        return None
    return bounded(And(parts).normalize())


class _PoliteTerm(Term):
    """One word of an expansion: it gives way to other threads before reading its postings."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        give_way()
        return super().matcher(searcher, context)


class _Capped:
    """A multi-term query that expands to at most ``cap`` words, each read politely
    (indexer/index/costly.py); scored as one constant, as Whoosh scores its expansions."""

    cap = MAX_EXPANSIONS

    def _btexts(self, ixreader: Any) -> Any:
        return islice(super()._btexts(ixreader), self.cap)  # type: ignore[misc]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        words = [w for w in self._btexts(searcher.reader()) if w]
        if not words:
            return NullMatcher()
        if len(words) == 1:
            return Term(self.fieldname, words[0]).matcher(searcher, context)
        context = context.set(weighting=None) if context else SearchContext(weighting=None)
        return Or([_PoliteTerm(self.fieldname, w) for w in words], boost=self.boost).matcher(searcher, context)


class CappedPrefix(_Capped, Prefix):
    pass


class CappedWildcard(_Capped, Wildcard):
    pass


class CappedTermRange(_Capped, TermRange):
    pass


_EXPANDING = (Prefix, Wildcard, TermRange)


def bounded(query: Query) -> Query:
    """The query with every wildcard either refused (no literal start) or capped, ranges
    of words capped, and the cap shared among them all."""
    expanding = sum(isinstance(n, _EXPANDING) for n in query.leaves())
    cap = max(_MIN_EXPANSIONS, MAX_EXPANSIONS // max(1, expanding))

    def bound(node: Query) -> Query:
        if isinstance(node, Every) and node.fieldname:
            return Every()  # every passage; Every("words") would read every word's postings
        if not isinstance(node, _EXPANDING) or isinstance(node, _Capped):
            return node
        if isinstance(node, TermRange):
            capped = CappedTermRange(node.fieldname, node.start, node.end, node.startexcl, node.endexcl, node.boost)
            capped.cap = cap
            return capped
        literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
        if len(literal) < _LITERAL_PREFIX:
            letters = re.sub(r"[*?]", "", node.text)
            return Term(node.fieldname, letters.lower()) if len(letters) >= _LITERAL_PREFIX else NullQuery
        kind = CappedPrefix if isinstance(node, Prefix) else CappedWildcard
        capped = kind(node.fieldname, node.text, boost=node.boost)
        capped.cap = cap
        return capped

    return query.accept(bound)


def is_costly(query: Query) -> bool:
    """Whether a query expands words (wildcards, ranges): those wait their turn to run."""
    return any(isinstance(n, _Capped) for n in query.leaves())


def absent_words(searcher: Any, query: Query, text: str) -> list[str]:
    """The words of a plain query that no passage in the index holds in any form, as typed."""
    words = [w for w in _WORDS.findall(text) if w.lower() not in _OPERATORS]
    parts = query.subqueries if isinstance(query, And) else [query]
    if len(words) != len(parts):
        return []
    return [
        word
        for word, part in zip(words, parts)
        if not any(searcher.doc_frequency(field, term) for field, term in part.iter_all_terms())
    ]


def refused_wildcards(text: str) -> list[str]:
    """The wildcard words of ``text`` that ``bounded`` refuses, to tell the user."""
    return [
        word
        for word in text.split()
        if re.search(r"[*?]", word) and len(re.split(r"[*?]", word.strip('"()'), maxsplit=1)[0]) < _LITERAL_PREFIX
    ]


def one_word_fewer(query: Query) -> Query | None:
    """For a query of several required words that no passage has all of: any all-but-one.

    A passage with five of six words ranks above one with two, which a plain OR would not
    promise: each subset it satisfies adds to its score. None when there is no such query.
    """
    if not isinstance(query, And) or not 3 <= len(query.subqueries) <= 8:
        return None
    words = query.subqueries
    return Or([And(words[:n] + words[n + 1 :]) for n in range(len(words))])


def _parser(schema: Any, group: Any, aliases: Resolver | None) -> QueryParser:
    parser = QueryParser(SEARCH_FIELD, schema, group=group)
    parser.add_plugin(FieldAliasPlugin({"title": ["item"], SEARCH_FIELD: ["content", "text"]}))
    parser.add_plugin(PersonPlugin(schema, aliases or (lambda name: [name])))
    return parser


class PersonNode(syntax.SyntaxNode):
    """``person:NAME``: the passages where any name of that person is recorded."""

    def __init__(self, name: str, schema: Any, resolve: Resolver) -> None:
        self.name = name
        self.schema = schema
        self.resolve = resolve

    def r(self) -> str:
        return f"person {self.name!r}"

    def query(self, parser: Any) -> Query:
        names = {" ".join(n.lower().replace(",", " ").split()) for n in [self.name, *self.resolve(self.name)]}
        clauses: list[Query] = [Term("people_key", n) for n in sorted(names) if n]
        words = [t.text for t in self.schema["person"].analyzer(self.name, mode="query")]
        if len(words) == 1:
            clauses.append(Term("person", words[0]))
        elif words:
            clauses.append(Phrase("person", words))
        return Or(clauses) if clauses else NullQuery


class PersonPlugin(TaggingPlugin):
    """Reads ``person:"Mike Nunn"`` before Whoosh's own field syntax would split it."""

    priority = -10  # before FieldsPlugin (0), which would take "person:" for itself
    expr = r"""(?i:person|people|who|actor):(?:"(?P<quoted>[^"]*)"?|(?P<word>[^\s()"]+))"""

    def __init__(self, schema: Any, resolve: Resolver) -> None:
        super().__init__()
        self.schema = schema
        self.resolve = resolve

    def create(self, parser: Any, match: re.Match[str]) -> syntax.SyntaxNode:
        name = (match.group("quoted") or match.group("word") or "").strip()
        if not name:
            return syntax.WordNode("")
        return PersonNode(name, self.schema, self.resolve)
