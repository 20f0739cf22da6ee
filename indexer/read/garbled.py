"""Garbled text: glyphs a PDF draws but never says the letters of, found and named.

A font embedded without a Unicode map hands the reader glyph numbers ("(cid:43)(cid:53)"),
private-use code points (U+E000–U+F8FF), U+FFFD or control characters instead of
letters; a font with a private encoding hands it real letters that spell nothing
("Wkh phhwlqj"). None of it may reach the record: such lines are read again by OCR
(indexer/read/mend.py) or left out with a warning.

Symbol fonts are the exception that is not garbage. Word's bullets are U+F0B7 in Symbol,
ticks in attendance grids are U+F0FC in Wingdings: the font name says which glyph it is,
so those become "•" and "✓" here, before any word is built.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A glyph with no letter behind it: pdfminer's "(cid:N)", private use, U+FFFD, and
# control characters other than tab and newline (C0 and C1).
GLYPH = r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_GLYPH = re.compile(GLYPH)
_CID = re.compile(r"\(cid:(\d+)\)")
# A lone glyph opening a line or a column cell and followed by text is a bullet (Word's
# Symbol bullet, a Wingdings arrow, a pi-font mark); a lone glyph anywhere else is a
# mark we cannot name (a footnote sign, a pictogram) and says nothing a search needs.
_LEADING = re.compile(rf"(^|\t)[ ]*(?:{GLYPH})(?=[ \t]+\S)")
_LONE = re.compile(rf"(?<!\S)(?:{GLYPH})(?!\S)")

BULLET, TICK, CROSS, BOX = "•", "✓", "✗", "☐"

# Font names of symbol and dingbat fonts, subset prefix ("MICPLK+") already removed.
_DINGBAT_FONT = re.compile(
    r"wingding|webding|dingbat|zapf|marlett|mt ?extra|bookshelf|(?:european|mathematical)?pi(?:[-_ ,]|$)",
    re.IGNORECASE,
)
_SYMBOL_FONT = re.compile(r"^symbol", re.IGNORECASE)

# Wingdings by code. Squares, diamonds, arrows and dots are bullets whatever their shape;
# ticks and crosses keep their meaning (attendance grids tick who came).
_WINGDINGS = {
    0x6F: BOX,
    0xA8: BOX,
    0xFB: CROSS,
    0xFD: CROSS,
    0x78: CROSS,
    0xFC: TICK,
    0xFE: TICK,
}
# Adobe Symbol by code: the Greek alphabet where Latin letters sit, and the signs
# minutes use (°, ±, ≤, →); its club and diamond are bullets in Word's lists.
_GREEK = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
_SYMBOL = {
    **{0x41 + i: ch for i, ch in enumerate(_GREEK)},
    **{0x61 + i: ch for i, ch in enumerate("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")},
    0x2D: "-",
    0xA3: "≤",
    0xA5: "∞",
    0xAC: "←",
    0xAE: "→",
    0xB0: "°",
    0xB1: "±",
    0xB3: "≥",
    0xB4: "×",
    0xB8: "÷",
    0xB9: "≠",
    0xBB: "≈",
    0xBC: "…",
    0xDE: "⇒",
}


def symbol_char(text: str, fontname: str) -> str | None:
    """What one character of a symbol or dingbat font shows, or None if the font is a text font.

    Only glyphs the PDF left unnamed (private use, "(cid:N)") are renamed in a Symbol
    font; a dingbat font has no letters at all, so any glyph of it is a sign.
    """
    kind = _font_kind(fontname)
    if kind is None:
        return None
    code = _code(text, dingbat=kind == "dingbat")
    if code is None:
        return None
    if kind == "symbol":
        if code in _SYMBOL:
            return _SYMBOL[code]
        return chr(code) if 0x20 < code < 0x7F else BULLET
    return _WINGDINGS.get(code, BULLET)


@lru_cache(maxsize=512)
def _font_kind(fontname: str) -> str | None:
    name = fontname.split("+", 1)[-1]
    if _SYMBOL_FONT.search(name):
        return "symbol"
    return "dingbat" if _DINGBAT_FONT.search(name) else None


def _code(text: str, dingbat: bool) -> int | None:
    cid = _CID.fullmatch(text)
    if cid:
        return int(cid.group(1))
    if len(text) != 1 or text.isspace():
        return None
    point = ord(text)
    if 0xF020 <= point <= 0xF0FF:
        return point - 0xF000
    if dingbat and 0x20 < point <= 0xFF:  # a dingbat font read through a Latin encoding ("§", "Ø")
        return point
    return None


def map_symbol_chars(chars: list[dict]) -> None:
    """Rename symbol-font glyphs in pdfplumber's character list, in place, before words are built."""
    for char in chars:
        fontname = char.get("fontname", "")
        if _font_kind(fontname) is None:
            continue
        shown = symbol_char(char.get("text", ""), fontname)
        if shown is not None:
            char["text"] = shown


def tidy(text: str) -> str:
    """Lone unnamed glyphs out of a line: a leading one becomes "•", any other is dropped."""
    if not _GLYPH.search(text):
        return text
    text = _LEADING.sub(lambda m: m.group(1) + BULLET, text)
    text = _LONE.sub("", text)
    return re.sub(r"[ ]{2,}", " ", text).strip()


def garbled(text: str) -> bool:
    """True when a line still holds glyphs with no letter behind them (run ``tidy`` first)."""
    return bool(_GLYPH.search(text))


def strip_garbage(text: str) -> str:
    """The letters a half-garbled line does name, if they are most of it; else nothing.

    "BUREAU INTERNATIONAL DE M\\ufffdTROLOGIE" keeps its words; a line of glyph numbers
    with a comma between them is dropped rather than indexed as punctuation.
    """
    glyphs = len(_GLYPH.findall(text))
    kept = _GLYPH.sub("", text)
    named = sum(ch.isalnum() for ch in kept)
    if named < 3 * glyphs or named < 2:
        return ""
    return re.sub(r"[ ]{2,}", " ", kept).strip()


# --- text that is letters but not words -----------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{5,}")
_MIN_TOKENS = 30
_NOT_WORDS = 0.5  # prose, tables and lists of names score under 0.25; shifted encodings over 0.6


def not_words_share(text: str) -> tuple[float, int]:
    """Share of a text's Latin words that no language spells (no vowel, five consonants in a row).

    Acronyms (all capitals, five letters or fewer) and non-Latin scripts are not counted.
    """
    counted = bad = 0
    for token in _LETTERS.findall(text):
        if len(token) < 3 or (token.isupper() and len(token) <= 5) or not token.isascii() and not _latin(token):
            continue
        counted += 1
        lower = token.lower()
        if not any(ch in _VOWELS for ch in lower) or _CONSONANT_RUN.search(lower):
            bad += 1
    return (bad / counted if counted else 0.0), counted


def mostly_not_words(text: str) -> bool:
    """A page whose letters spell nothing: a font with a private encoding ("Wkh phhwlqj")."""
    share, counted = not_words_share(text)
    return counted >= _MIN_TOKENS and share >= _NOT_WORDS


def _latin(token: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in token)
