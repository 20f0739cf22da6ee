"""The text analyzer: where "call-outs", "call outs", "callouts" and "call-\\nouts" meet.

At index time a hyphenated word yields its parts and its joined form, and two plain
words side by side also yield their joined form, all at the first word's position so
phrases still match. At query time a hyphenated word is its joined form alone, which
every spelling in a paper carries. Then case folding, stop words and stemming.

A hyphen at the end of a printed line ("call-" then "outs" on the next) is a hyphen,
whether the text reached us as "call-\\nouts" (a .txt export) or "call- outs" (a PDF
whose line break became spaces). Apostrophes fold away: "Council's" is "council",
"O'Brien" is "obrien", so a typed name finds the printed one however it was keyed.
"""

from __future__ import annotations

import re

from whoosh.analysis import LowercaseFilter, StemFilter, StopFilter, Token, Tokenizer

_WORD = re.compile(r"\w+(?:(?:[-‐‑][ \t]*\n?[ \t]*|['’])\w+)*['’]?", re.UNICODE)
_HYPHENS = re.compile(r"[-‐‑][ \t]*\n?[ \t]*")
_POSSESSIVE = re.compile(r"['’]s?$", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['’]")
_JOINABLE = re.compile(r"^[a-z]{2,12}$")
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with would".split()
)


class CompoundTokenizer(Tokenizer):
    """Words with their compound forms; see the module docstring for why."""

    def __call__(  # noqa: PLR0913 - whoosh's tokenizer signature
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        query = mode == "query"
        pos = start_pos
        prev: tuple[str, int, int] | None = None  # (lowercased word, start, end) of a plain word
        for match in _WORD.finditer(value):
            word = _APOSTROPHES.sub("", _POSSESSIVE.sub("", match.group(0)))
            start, end = match.start(), match.end()
            if not word:
                continue
            emitted: list[tuple[str, int, int, int]] = []  # text, pos, startchar, endchar
            if _HYPHENS.search(word):
                parts = [p for p in _HYPHENS.split(word) if p]
                joined = "".join(parts)
                if query:
                    emitted.append((joined, pos, start, end))
                    pos += 1
                else:
                    emitted.append((joined, pos, start, end))
                    offset = start
                    for part in parts:
                        s = value.find(part, offset, end)
                        s = s if s >= 0 else offset
                        emitted.append((part, pos, s, min(s + len(part), end)))
                        offset = s + len(part)
                        pos += 1
                prev = None
            else:
                if not query and prev and _adjacent(value[prev[2] : start]) and _joinable(word):
                    emitted.append((prev[0] + word.lower(), pos - 1, prev[1], end))
                emitted.append((word, pos, start, end))
                plain = word.lower()
                prev = (plain, start, end) if _joinable(plain) else None
                pos += 1
            for text, p, s, e in emitted:
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = p
                if chars:
                    token.startchar, token.endchar = start_char + s, start_char + e
                yield token


def minutes_analyzer():  # noqa: ANN201 - a whoosh analyzer chain
    """The one analyzer every text field uses, so queries and papers fold alike."""
    return (
        CompoundTokenizer()
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1, renumber=False)
        | StemFilter(cachesize=50000)
    )


def _adjacent(gap: str) -> bool:
    """Two words side by side: a space, or the line break of a wrapped sentence."""
    return 0 < len(gap) <= 3 and gap.isspace()


def _joinable(word: str) -> bool:
    word = word.lower()
    return bool(_JOINABLE.match(word)) and word not in STOP_WORDS


_QUERY_CHUNK = re.compile(
    r"""(?P<quoted>"[^"]*"?)
      | (?P<fielded>\w+:(?:"[^"]*"?|\S*))
      | (?P<word>\w+(?:[-‐‑'’]\w+)*)
      | (?P<space>\s+)
      | (?P<other>.)""",
    re.UNICODE | re.VERBOSE,
)
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def with_compound_alternatives(query: str) -> str:
    """A query where each of two plain words side by side may also be their joined form.

    The index joins neighbours ("call outs" is also "callouts"), so a paper's split form
    meets a typed compound; this is the other way round, for a paper that prints
    "callouts" and a user who types "call outs": ``(call OR callouts) (outs OR callouts)``.
    Quoted phrases, field prefixes, operators and wildcards are left as typed.
    """
    chunks = [(m.lastgroup, m.group(0)) for m in _QUERY_CHUNK.finditer(query)]
    plain = [False] * len(chunks)
    for n, (kind, text) in enumerate(chunks):
        before = chunks[n - 1] if n else ("space", " ")
        after = chunks[n + 1] if n + 1 < len(chunks) else ("space", " ")
        plain[n] = (
            kind == "word"
            and text not in _OPERATORS
            and _joinable(text)
            and (before[0] == "space" or before[1] == "(")
            and (after[0] == "space" or after[1] == ")")
        )
    out = []
    for n, (_kind, text) in enumerate(chunks):
        if not plain[n]:
            out.append(text)
            continue
        options = [text]
        if n >= 2 and plain[n - 2] and chunks[n - 1][0] == "space":
            options.append(chunks[n - 2][1] + text)
        if n + 2 < len(chunks) and plain[n + 2] and chunks[n + 1][0] == "space":
            options.append(text + chunks[n + 2][1])
        out.append(text if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return "".join(out)
