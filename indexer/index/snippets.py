"""The highlighted snippet of a hit: the query's words marked in a few lines of its passage.

Highlighting re-analyses text through the Python analyzer, so it is done on the parts
of a passage around its matches, never the whole of a long item: at 1,000 meetings
re-analysing whole passages was a quarter of a search's time (bench/RESULTS.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any

from whoosh import highlight

from indexer.index.analysis import minutes_analyzer

SNIPPET_SOURCE_CHARS = 600  # at most about this much of a passage is re-analysed for its snippet
_WINDOW = 150  # characters kept either side of a match (a fragment shows 60 either side)
_JOINERS = r"[-‐‑\s]{0,3}"  # "callout" is printed "call-outs", "call outs" or "call-\nouts"
_FRAGMENTER = highlight.ContextFragmenter(maxchars=220, surround=60)
_FORMATTER = highlight.HtmlFormatter(tagname="mark", between=" … ")
_ANALYZER = minutes_analyzer()


def snippet_source(content: str, terms: Iterable[bytes | str], limit: int = SNIPPET_SOURCE_CHARS) -> str:
    """All of a short passage, or the parts of a longer one around its first matches.

    Stems are found as word prefixes, which is what a stem is, with a hyphen, space or
    line break allowed between letters for the compound forms the index joins.
    """
    if len(content) <= limit:
        return content
    stems = [t.decode("utf-8") if isinstance(t, bytes) else t for t in terms]
    stems = sorted({s for s in stems if len(s) >= 2}, key=len, reverse=True)
    if not stems:
        return content[:limit]
    pattern = re.compile(r"\b(?:" + "|".join(_JOINERS.join(map(re.escape, s)) for s in stems) + ")", re.I)
    windows: list[tuple[int, int]] = []
    for match in pattern.finditer(content):
        start, end = max(0, match.start() - _WINDOW), min(len(content), match.end() + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
        if sum(e - s for s, e in windows) >= limit:
            break
    return " … ".join(content[s:e] for s, e in windows) or content[:limit]


def highlighted(content: str, terms: Iterable[str]) -> str:
    """HTML of up to two fragments of ``content`` with ``terms`` (analysed forms) marked.

    Empty when none of the terms is in the text (the caller then shows the title's).
    """
    wanted = frozenset(terms)
    if not wanted or not content:
        return ""
    text = snippet_source(content, wanted)
    tokens = _marked(_ANALYZER(text, positions=True, chars=True, mode="index", removestops=False), wanted)
    fragments = highlight.top_fragments(
        _FRAGMENTER.fragment_tokens(text, tokens), 2, highlight.BasicFragmentScorer(), highlight.FIRST, minscore=1
    )
    return _FORMATTER.format(fragments) if fragments else ""


def plain(content: str, chars: int = 240) -> str:
    """The opening of a passage, escaped, for a hit with no words to mark."""
    return escape(content[:chars])


def _marked(tokens: Iterable[Any], wanted: frozenset[str]) -> Iterator[Any]:
    """Tokens with ``matched`` set; a word and its overlapping compound forms marked as one.

    "call-outs" yields "callout", "call" and "out" over the same characters: one mark.
    """
    open_mark = None
    for token in tokens:
        if token.text not in wanted:
            if open_mark is not None and token.startchar < open_mark.endchar:
                continue  # a part of the word already marked
            if open_mark is not None:
                yield open_mark
                open_mark = None
            token.matched = False
            yield token
            continue
        token.matched = True
        if open_mark is None:
            open_mark = token.copy()
        elif token.startchar <= open_mark.endchar:
            open_mark.endchar = max(open_mark.endchar, token.endchar)
        else:
            yield open_mark
            open_mark = token.copy()
    if open_mark is not None:
        yield open_mark
