"""The paper's own numbering: numbered lines whose values run in sequence.

Every set of minutes numbers its business some way ("1.", "2)", "23-705", "FGB 38/2021",
"14/039", "iv)", "C."), and a clerk trusts a number because the one before it came just
before: a run 1, 2, 3 … printed at the same margin in the same shape is the backbone of the
items even where the heading style differs (a bold masthead above plain "1. Landscaping"
lines, an item number at the left margin of a plain paragraph). The rules here know shapes
and positions, never a body's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.structure.layout import Heading, Row
from indexer.structure.levels import leading_int

# The shapes a line can open with. Each yields a value that counts (1, 2, 3 …) and a
# "family" that must stay the same along a run ("/2021" years, "23-" file prefixes).
_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    # US file numbers "(23-706)" or "23-706": the running part counts.
    ("file", re.compile(r"^\(?(?P<fam>\d{2,4})-(?P<val>\d{2,5})\)?(?P<punct>[.:]?)\s+(?P<title>\S.*)$")),
    # "FGB 38/2021", "14/039", "23/20": the part before the slash counts within its year.
    (
        "slash",
        re.compile(
            r"^(?i:(?:minute|min\.)\s+)?(?P<pre>[A-Z]{2,6}\s?)?(?P<val>\d{1,3})/(?P<fam>\d{2,4})(?P<punct>[.:]?)\s+(?P<title>\S.*)$"
        ),
    ),
    # "2023/14 Apologies": the year first, then the minute's running number.
    ("yearfirst", re.compile(r"^(?P<fam>(?:19|20)\d{2})/(?P<val>\d{1,3})(?P<punct>[.:]?)\s+(?P<title>\S.*)$")),
    # "1.0 Apologies", "2.0 Minutes": whole items numbered as the first of their decimals.
    ("point0", re.compile(r"^(?P<val>\d{1,3})\.0(?P<punct>[.:]?)\s+(?P<title>\S.*)$")),
    (
        "arabic",
        re.compile(
            r"^(?:(?:minute|min\.|item)\s+)?(?P<val>\d{1,3})(?P<punct>[.):]?)(?:\s+|(?<=[.)])(?-i:(?=[A-Z][a-z])))(?P<title>\S.*)$",
            re.I,
        ),
    ),
    ("roman", re.compile(r"^\(?(?P<val>[ivxlc]{1,6}|[IVXLC]{1,6})(?P<punct>[.):])\s+(?P<title>\S.*)$")),
    ("letter", re.compile(r"^\(?(?P<val>[a-zA-Z])(?P<punct>[.):])\s+(?P<title>\S.*)$")),
]
_DATE = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4}|,)?\s*$|^(?:st|nd|rd|th)\b", re.I
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass
class Numbered:
    """A line that opens with a number of some shape."""

    index: int  # row index
    shape: str  # "arabic", "roman", "letter", "slash", "file" (+ punctuation and case)
    family: str
    value: int
    number: str  # as printed, without its trailing punctuation
    title: str
    x0: float


def numbered_lines(rows: list[Row]) -> list[Numbered]:
    """Every line opening with a number; an "i." or "c)" is offered as both letter and
    roman numeral and the sequences decide which it is."""
    out: list[Numbered] = []
    for i, row in enumerate(rows):
        text = row.text.strip()
        for kind, pattern in _SHAPES:
            match = pattern.match(text)
            if not match:
                continue
            if kind == "arabic" and is_date_title(match.group("title")):
                break  # "7 April 2006", "23 Wyadra Ave": a date or an address, not a number
            title = match.group("title")
            if sum(c.isdigit() for c in title) > sum(c.isalpha() for c in title):
                break  # "13  201-7511  83  0.0091 …": a row of figures in a table, not a heading
            raw = match.group("val")
            value = _value(kind, raw)
            if value is None:
                continue
            case = "upper" if raw.isupper() else "lower" if raw.islower() else ""
            shape = f"{kind}{match.group('punct')}{case}{'(' if text.startswith('(') else ''}"
            family = (match.groupdict().get("fam") or "") + (match.groupdict().get("pre") or "").strip()
            number = text[: match.start("title")].strip().strip("()").rstrip(".:)")
            out.append(Numbered(i, shape, family, value, number, match.group("title").strip(), row.line.x0))
            if kind in ("file", "slash", "yearfirst", "arabic", "point0"):
                break  # a digit shape is never also a letter
    return out


def is_date_title(title: str) -> bool:
    """ "7 April 2006" / "13 March 2013": the rest of a date, not a heading's title."""
    return bool(_DATE.match(title.strip()))


def _value(kind: str, raw: str) -> int | None:
    if kind in ("file", "slash", "yearfirst", "arabic", "point0"):
        return int(raw)
    if kind == "letter":
        return ord(raw.lower()) - ord("a") + 1
    return _roman(raw.lower())


def _roman(text: str) -> int | None:
    if not re.fullmatch(r"c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})", text):
        return None
    total = 0
    for n, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if n + 1 < len(text) and _ROMAN[text[n + 1]] > value else value
    return total or None


def runs(lines: list[Numbered], least: int = 3) -> list[list[Numbered]]:
    """Runs of one shape at one margin whose values count up (a missing number or two is
    a misprint the run survives), longest first; each line belongs to one run at most."""
    groups: dict[tuple[str, str], list[Numbered]] = {}
    for line in lines:
        groups.setdefault((line.shape, line.family), []).append(line)
    found: list[list[Numbered]] = []
    for members in groups.values():
        for column in _columns(members):
            found += _chains(column, least)
    found.sort(key=lambda run: (-len(run), run[0].index))
    taken: set[int] = set()
    out = []
    for run in found:
        if any(m.index in taken for m in run):
            continue
        taken.update(m.index for m in run)
        out.append(run)
    return out


def _columns(members: list[Numbered], slack: float = 8.0) -> list[list[Numbered]]:
    """Split one shape's lines by left margin: item numbers at one x, a list inside an item
    at another."""
    xs = sorted({round(m.x0) for m in members})
    bands: list[list[float]] = []
    for x in xs:
        if bands and x - bands[-1][-1] <= slack:
            bands[-1].append(x)
        else:
            bands.append([x])
    return [[m for m in members if band[0] - 0.5 <= m.x0 <= band[-1] + 0.5] for band in bands]


def _chains(members: list[Numbered], least: int) -> list[list[Numbered]]:
    """Every maximal counting run among ``members`` (in document order): each line extends
    the best run it can follow by one, two or three (a skipped number)."""
    best: list[list[Numbered]] = []
    scores: list[tuple[int, int]] = []
    for m in members:
        chain, score = [m], (1, 0)
        for prev, (length, alike) in zip(best, scores):
            step = m.value - prev[-1].value
            # Among equally long runs, the one whose lines look alike: "1. APOLOGIES" …
            # "2. FINANCE" in capitals, not a heading strung to the numbered sentences of a
            # list inside the item before it ("2. The council agreed to …").
            candidate = (length + 1 - (step - 1), alike + (_style(prev[-1]) == _style(m)))
            if 1 <= step <= 3 and candidate > score:
                chain, score = [*prev, m], candidate
        best.append(chain)
        scores.append(score)
    chains: list[list[Numbered]] = []
    used: set[int] = set()
    for chain in sorted(best, key=len, reverse=True):
        chain = [m for m in chain if m.index not in used]
        if len(chain) >= least:
            used.update(m.index for m in chain)
            chains.append(chain)
    return chains


def _style(line: Numbered) -> bool:
    """How a numbered line's title is set: in capitals or not (where a sentence ends on
    the line depends on where it wraps, so it is no mark of style)."""
    return line.title.strip().isupper()


def lone_number_run(weak: list[Heading]) -> list[Heading]:
    """Numbers printed alone on their line, each over a plain title ("1." / "Apologies"),
    where nothing styled carries the items: they are the items when they count 1, 2, 3 …
    (a skipped number allowed), as a number alone on a line is rarely anything else."""
    run: list[Heading] = []
    for heading in weak:
        lead = leading_int(heading.number)
        if lead is None or not re.fullmatch(r"\d{1,3}", heading.number or ""):
            continue
        last = leading_int(run[-1].number) if run else None
        if last is None and lead <= 2 or last is not None and 1 <= lead - last <= 2:
            run.append(heading)
    return run if len(run) >= 3 else []
