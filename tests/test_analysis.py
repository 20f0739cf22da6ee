"""The analyzer lets every spelling of a compound meet."""

from __future__ import annotations

import pytest

from indexer.index.analysis import minutes_analyzer


def _terms(text: str, mode: str) -> set[str]:
    return {t.text for t in minutes_analyzer()(text, mode=mode)}


@pytest.mark.parametrize("written", ["Police call-outs", "Police call outs", "Police callouts", "Police call-\nouts"])
@pytest.mark.parametrize("typed", ["call-outs", "callouts"])
def test_every_spelling_of_callouts_meets(written: str, typed: str):
    assert _terms(typed, "query") <= _terms(written.replace("-\n", "-"), "index")


def test_split_query_words_find_a_hyphenated_paper():
    assert {"call", "out"} <= _terms("call-outs", "index")


def test_stop_words_do_not_join_into_nonsense():
    assert "outwa" not in _terms("call out was", "index")
