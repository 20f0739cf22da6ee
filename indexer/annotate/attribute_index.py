"""The base model's attribute ruler, matched by table look-up instead of spaCy's Matcher.

``en_core_web_sm``'s ``attribute_ruler`` maps fine tags to coarse ones and a few words
to their morphology: 179 rules, 171 of them on one token by plain equality (``TAG``,
``LOWER``, ``DEP``, ``IS_SPACE``). spaCy runs all of them through its general Matcher,
which walks every rule's state machine over every token: about a tenth of the model's
time on real papers (bench/RESULTS.md, real papers). Here each one-token rule is a key
in a table, each token's attributes are read once as an array, and only the rules the
table cannot hold (two-token ones, operators, sets) still go through a Matcher of their
own. The matches come back in spaCy's form and order, so the ruler sets exactly what it
set before (``tests/test_attribute_index.py`` compares both on real text).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from operator import itemgetter
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the order of the columns read from a Doc
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]


class IndexedMatch:
    """``AttributeRuler.match`` by table: what spaCy's would return, faster."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        tables: dict[tuple[int, ...], dict[Any, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.tests: list[tuple[int, list[tuple[int, bool, frozenset[int]]]]] = []  # rules with NOT_IN
        self.rest = Matcher(ruler.vocab)
        self.ids = [strings.add(str(n)) for n in range(len(ruler.attrs))]
        for n, rule in enumerate(ruler.patterns):
            kept = []
            for pattern in rule["patterns"]:
                tests = _token_tests(pattern, strings)
                if tests is None:
                    kept.append(pattern)
                elif any(not wanted for _, wanted, _ in tests):
                    self.tests.append((n, tests))
                else:
                    columns = tuple(column for column, _, _ in tests)
                    for values in product(*(sorted(allowed) for _, _, allowed in tests)):
                        tables[columns][values if len(values) > 1 else values[0]].append(n)
            if kept:
                self.rest.add(self.ids[n], kept)
        self.tables = [(_getter(columns), dict(table)) for columns, table in tables.items()]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches: set[tuple[int, int, int, int]] = set()
        strings = doc.vocab.strings
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                matches.add((int(strings[match_id]), match_id, start, end))
        if not len(doc):
            return sorted(matches)
        rows = doc.to_array(_COLUMNS).tolist()
        ids = self.ids
        for key_of, table in self.tables:
            get = table.get
            for i, row in enumerate(rows):
                found = get(key_of(row))
                if found:
                    for n in found:
                        matches.add((n, ids[n], i, i + 1))
        for n, tests in self.tests:
            for i, row in enumerate(rows):
                if all((row[column] in allowed) is wanted for column, wanted, allowed in tests):
                    matches.add((n, ids[n], i, i + 1))
        return sorted(matches)


def _token_tests(pattern: list[dict[str, Any]], strings: Any) -> list[tuple[int, bool, frozenset[int]]] | None:
    """A one-token rule as (column, must be in / must not be in, values) tests; None for any
    rule the Matcher keeps (two tokens, a regex, an operator, an attribute not read here)."""
    if len(pattern) != 1 or not pattern[0] or any(name not in _KEYS for name in pattern[0]):
        return None
    tests = []
    for column, name in enumerate(_KEYS):
        if name not in pattern[0]:
            continue
        value = pattern[0][name]
        if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            ((how, listed),) = value.items()
            wanted = how == "IN"
        else:
            listed, wanted = [value], True
        codes = [_code(name, v, strings) for v in listed]
        if any(code is None for code in codes):
            return None
        tests.append((column, wanted, frozenset(codes)))
    return tests


def _code(name: str, value: Any, strings: Any) -> int | None:
    """A pattern's value as ``Doc.to_array`` gives it: a string's hash ("" is 0), a flag's 0/1."""
    if name == "IS_SPACE":
        return int(value) if type(value) is bool else None
    if type(value) is not str:
        return None
    return strings.add(value) if value else 0


def _getter(columns: tuple[int, ...]):  # noqa: ANN202 - a row's key for one table
    return itemgetter(*columns)


def install(ruler: AttributeRuler) -> None:
    """Make ``ruler`` match by table from now on (its rules as they stand)."""
    ruler.match = IndexedMatch(ruler)  # type: ignore[method-assign]
