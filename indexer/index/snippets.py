"""The highlighted snippet of a hit: the query's words marked in a few lines of its passage.

Where each word of a passage stands is worked out once, when the paper is indexed
(``word_spans``), and stored beside the passage; a search then looks up the spans of the
query's words and cuts fragments around them, with no analysis at all. Re-analysing
text through the Python analyzer at search time was 62 % of a query's time on real papers
(issue 17). An index written before the spans were stored, and the short titles, are still
highlighted by re-analysing the parts of the text around their matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any

from whoosh import highlight

from indexer.index.analysis import minutes_analyzer

SNIPPET_SOURCE_CHARS = 600  # at most about this much of a passage is re-analysed for its snippet
SPANS_PER_WORD = 8  # a snippet shows the first matches; later ones of a word are not kept
FRAGMENT_CHARS = 220  # a fragment's length at most, context included
FRAGMENTS = 2
_SURROUND = 60  # characters of context either side of a fragment's first and last match
_WINDOW = 150  # characters kept either side of a match (a fragment shows 60 either side)
_JOINERS = r"[-‐‑\s]{0,3}"  # "callout" is printed "call-outs", "call outs" or "call-\nouts"
_FRAGMENTER = highlight.ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=_SURROUND)
_FORMATTER = highlight.HtmlFormatter(tagname="mark", between=" … ")
_ANALYZER = minutes_analyzer()
# The stored spans: "\x1eword\x1fstart:end,start:end\x1eword…"; analysed words are \w only.
_WORD_MARK, _SPANS_MARK = "\x1e", "\x1f"
_SPACE = re.compile(r"\s")


def analysed(text: str) -> list[tuple[str, int, int, int]]:
    """Each analysed word of ``text`` with its position and characters, stop words left out.

    The index reads the positions (schema.WeightedText) and the snippets the characters,
    so a passage is analysed once when it is indexed.
    """
    return [(t.text, t.pos, t.startchar, t.endchar) for t in _ANALYZER(text, positions=True, chars=True, mode="index")]


def word_spans(tokens: Iterable[tuple[str, int, int, int]] | str, per_word: int = SPANS_PER_WORD) -> str:
    """Where each analysed word of a text stands (its ``analysed`` tokens), as stored for snippets.

    Compound forms are kept ("call-outs" is also "callout" over the same characters), so a
    typed "callouts" marks the printed "call-outs". Stop words are left out: no query
    searches them.
    """
    spans: dict[str, list[str]] = defaultdict(list)
    for word, _pos, start, end in analysed(tokens) if isinstance(tokens, str) else tokens:
        found = spans[word]
        if len(found) < per_word:
            found.append(f"{start}:{end}")
    return "".join(f"{_WORD_MARK}{word}{_SPANS_MARK}{','.join(found)}" for word, found in spans.items())


def spans_of(stored: str, words: Iterable[str]) -> tuple[list[tuple[int, int]], int | None]:
    """The character spans of ``words`` in the stored spans, in order, overlaps merged.

    "call-outs" holds "callout", "call" and "out" over the same characters: one mark. Also
    where the spans are known to: a word seen more than ``SPANS_PER_WORD`` times has its
    later places unrecorded, so text past its last recorded span may hold it unmarked
    (None: every place is known).
    """
    found: list[tuple[int, int]] = []
    known_to: int | None = None
    for word in words:
        key = f"{_WORD_MARK}{word}{_SPANS_MARK}"
        at = stored.find(key)
        if at < 0:
            continue
        start = at + len(key)
        end = stored.find(_WORD_MARK, start)
        listed = stored[start : end if end >= 0 else None].split(",")
        for span in listed:
            s, _, e = span.partition(":")
            found.append((int(s), int(e)))
        if len(listed) >= SPANS_PER_WORD:
            last = found[-1][1]
            known_to = last if known_to is None else min(known_to, last)
    found.sort()
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if known_to is not None and e > known_to:
            break
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged, known_to


def highlighted_from_spans(content: str, stored: str, terms: Iterable[str]) -> str:
    """HTML of up to two fragments of ``content`` with the words at their stored spans marked.

    Empty when none of the terms is in the text (the caller then shows the title's).
    """
    marks, known_to = spans_of(stored, frozenset(terms))
    limit = len(content) if known_to is None else min(len(content), known_to)
    marks = [(s, e) for s, e in marks if e <= limit]
    if not marks:
        return ""
    groups: list[list[tuple[int, int]]] = []
    for mark in marks:
        # A match joins the fragment before it while the fragment, context and all, still fits.
        if groups and mark[1] - groups[-1][0][0] + 2 * _SURROUND <= FRAGMENT_CHARS:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    best = sorted(sorted(groups, key=lambda g: (-len(g), g[0][0]))[:FRAGMENTS], key=lambda g: g[0][0])
    fragments, shown_to = [], 0
    for group in best:
        start = max(shown_to, _word_start(content, group[0][0] - _SURROUND))
        end = min(limit, _word_end(content, group[-1][1] + _SURROUND))
        fragments.append(_marked_text(content, start, end, [m for m in marks if m[1] > start and m[0] < end]))
        shown_to = end
    return " … ".join(fragments)


def _word_start(content: str, at: int) -> int:
    """``at`` moved forward to the start of a word, so a fragment opens on a whole word."""
    if at <= 0:
        return 0
    space = _SPACE.search(content, at)
    return space.end() if space and space.end() - at < _SURROUND // 2 else at


def _word_end(content: str, at: int) -> int:
    """``at`` moved back to the end of a word, so a fragment closes on a whole word."""
    if at >= len(content):
        return len(content)
    space = content.rfind(" ", max(0, at - _SURROUND // 2), at)
    return space if space > 0 else at


def _marked_text(content: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    out, at = [], start
    for s, e in marks:
        s, e = max(s, at), min(e, end)
        if s >= e:
            continue
        out.append(escape(content[at:s], quote=False))
        out.append(f"<mark>{escape(content[s:e], quote=False)}</mark>")
        at = e
    out.append(escape(content[at:end], quote=False))
    return "".join(out)


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

    Re-analyses the text: for titles, and for an index written before spans were stored.
    Empty when none of the terms is in the text (the caller then shows the title's).
    """
    wanted = frozenset(terms)
    if not wanted or not content:
        return ""
    text = snippet_source(content, wanted)
    tokens = _marked(_ANALYZER(text, positions=True, chars=True, mode="index", removestops=False), wanted)
    fragments = highlight.top_fragments(
        _FRAGMENTER.fragment_tokens(text, tokens),
        FRAGMENTS,
        highlight.BasicFragmentScorer(),
        highlight.FIRST,
        minscore=1,
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
