"""Mastheads set in letter-spaced capitals: "N O R T H F I E L D  P A R I S H  C O U N C I L".

The PDF's text layer gives one space between every letter and loses the wider gap between
words, so the line reads as no name at all. The letters are joined again and the words a
masthead is made of are parted off its end and start ("… PARISH COUNCIL", "MINUTES OF THE
…"); what is left between them is the body's own name ("NORTHFIELD"), kept whole.
"""

from __future__ import annotations

import re

# Words a masthead is built from, peeled off the end of the joined letters. Longest first,
# so "SUBCOMMITTEE" is not read as "SUB" + "COMMITTEE".
_TAIL_WORDS = sorted(
    (
        "council committee subcommittee board trust panel forum cabinet commission authority assembly "
        "association society club group party partnership trustees governors directors members "
        "parish town city county district borough community village neighbourhood neighborhood "
        "planning finance general annual special extraordinary executive management steering advisory "
        "working standing audit licensing development environment purposes resources policy scrutiny "
        "highways transport housing education amenities leisure recreation services health safety "
        "meeting minutes of the and for"
    ).split(),
    key=len,
    reverse=True,
)
_HEAD_WORDS = ("minutes", "of", "the", "a", "meeting", "special", "annual", "general", "ordinary")
# A line that is letters parted by single spaces: five or more single letters in a row.
_SPACED = re.compile(r"(?<!\S)(?:[A-Z&]\s){4,}[A-Z&](?!\S)")


def unspace(line: str) -> str:
    """The line with each run of letter-spaced capitals joined into words again."""
    return _SPACED.sub(lambda m: _words(m.group(0).replace(" ", "")), line)


def _words(joined: str) -> str:
    head: list[str] = []
    rest = joined
    while True:
        word = next((w for w in _HEAD_WORDS if rest.lower().startswith(w) and len(rest) > len(w) + 2), None)
        if word is None or (word in {"a", "the", "of"} and not head):
            break  # "ASHFORD": a leading "A" is the name's own letter unless "MINUTES OF" came first
        head.append(rest[: len(word)])
        rest = rest[len(word) :]
    tail: list[str] = []
    while rest:
        word = next((w for w in _TAIL_WORDS if rest.lower().endswith(w) and len(rest) > len(w)), None)
        if word is None:
            break
        tail.insert(0, rest[-len(word) :])
        rest = rest[: -len(word)]
    return " ".join([*head, rest, *tail]).strip()
