"""Punctuation from a MacRoman font read as Latin-1 is mended; the same letters in words are not."""

from __future__ import annotations

import pytest

from indexer.read.textlines import clean_text


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("TreasurerÕs Report", "Treasurer’s Report"),
        ("b) Awards Ð SL noted the winners", "b) Awards – SL noted the winners"),
        ("hosting a Òfollow-upÓ discussion", "hosting a “follow-up” discussion"),
        ("the budget Ñ as agreed", "the budget — as agreed"),
    ],
)
def test_mac_roman_punctuation_is_mended(printed: str, read: str) -> None:
    assert clean_text(printed) == read


@pytest.mark.parametrize("word", ["KÕIK on hästi", "Ðorđe Balašević", "Òmnium Cultural", "NACIÓN"])
def test_letters_in_real_words_stay(word: str) -> None:
    assert clean_text(word) == word
