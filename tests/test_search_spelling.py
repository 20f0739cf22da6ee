"""However a compound, a name or a plural is written, the paper and the query meet."""

from __future__ import annotations

import pytest

from indexer.index.analysis import minutes_analyzer, with_compound_alternatives


def _index_terms(text: str) -> set[str]:
    return {t.text for t in minutes_analyzer()(text, mode="index")}


def _query_terms(text: str) -> set[str]:
    return {t.text for t in minutes_analyzer()(text, mode="query")}


@pytest.mark.parametrize("printed", ["call-\nouts", "call- outs", "call-  \n  outs", "call‐outs"])
def test_a_hyphen_broken_across_lines_is_still_one_word(printed: str) -> None:
    assert "callout" in _index_terms(f"Police {printed} to care homes")


def test_typing_callouts_meets_a_paper_that_splits_it() -> None:
    assert _query_terms("callouts") <= _index_terms("the Police call outs were high")


def test_a_line_wrapped_pair_of_words_still_joins() -> None:
    assert "callout" in _index_terms("the Police call\nouts were high")


def test_a_possessive_is_the_plain_word() -> None:
    assert {"council", "link"} <= _index_terms("the Council's plan and its' links")


def test_an_apostrophe_in_a_name_folds_away() -> None:
    assert _query_terms("OBrien") == _query_terms("O'Brien") <= _index_terms("Cllr O’Brien's report")


def test_plural_and_case_fold_to_one_stem() -> None:
    assert _query_terms("Homes") == _query_terms("home")


@pytest.mark.parametrize(
    ("typed", "rewritten"),
    [
        ("call outs", "(call OR callouts) (outs OR callouts)"),
        ("police call-outs", "police call-outs"),
        ('"call outs"', '"call outs"'),
        ("person:Nunn call outs", "person:Nunn (call OR callouts) (outs OR callouts)"),
        ("polic* call", "polic* call"),
        ("call outs NOT police", "(call OR callouts) (outs OR callouts) NOT police"),
    ],
)
def test_neighbouring_query_words_may_also_be_one_compound(typed: str, rewritten: str) -> None:
    assert with_compound_alternatives(typed) == rewritten


def test_stop_words_never_join_into_a_compound() -> None:
    assert (
        with_compound_alternatives("care leavers in custody")
        == "(care OR careleavers) (leavers OR careleavers) in custody"
    )
