"""Lettered sub-items that the paper treats as headings: "83. PLANNING / (a) Current
Applications / (b) Decisions on Outstanding Applications", "5. Resolutions / (a) Proposal to
reduce the number of elected PCC members".

A parish or church meeting letters the parts of a numbered item, and a clerk cites them
as items ("83a"). They are headings when every letter under the item is printed as one:
bold like a heading, or a short title standing alone on its line. Where the letters open
sentences ("a. Minutes of April 27 were adopted unanimously.") they are the item's text.
"""

from __future__ import annotations

import re

from indexer.structure.layout import Heading, Row
from indexer.structure.numbering import Numbered, numbered_lines


def with_sub_items(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Add lettered sub-headings ("(a) Current Applications" under "83. PLANNING") the
    paper prints as headings; they are cited as items "83a"."""
    parents = [h for h in numbered if h.number and re.fullmatch(r"\d{1,3}", h.number)]
    ends = [nxt.index for nxt in parents[1:]] + [len(rows)]
    at = {h.index for h in numbered}
    subs = lettered_sub_items(rows, [(h.index, h.number or "") for h in parents], ends)
    added = [
        Heading(i, number, title, keep_line=run_in_title(rows[i].text.split(None, 1)[-1]) is not None)
        for i, number, title in subs
        if i not in at and title
    ]
    return sorted(numbered + added, key=lambda h: h.index)


def without_lettered_notes(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Outline notes ("2. Notifications / a. Group Photo! Soon on the website. / b. Account
    Balance: $1,344.02.") letter sentences, not headings: where most lettered lines end
    as sentences do, every lettered line stays in its item's text."""
    lettered = [h for h in numbered if h.number and re.fullmatch(r"[a-z]", h.number, re.IGNORECASE)]
    if len(lettered) < 3 or sum(rows[h.index].text.rstrip().endswith(".") for h in lettered) <= len(lettered) / 2:
        return numbered
    return [h for h in numbered if h not in lettered]


def lettered_sub_items(rows: list[Row], parents: list[tuple[int, str]], ends: list[int]) -> list[tuple[int, str, str]]:
    """(row index, number, title) of each lettered sub-heading under the numbered
    ``parents`` ((row index, number)); ``ends[k]`` is the row where parent k's item ends."""
    letters = [m for m in numbered_lines(rows) if m.shape.startswith("letter") and m.number.islower()]
    right = max((r.line.x1 for r in rows), default=0.0)
    found: list[tuple[int, str, str]] = []
    for (start, number), end in zip(parents, ends):
        chain = _chain([m for m in letters if start < m.index < end])
        if len(chain) < 2:
            continue
        if not all(_heading_like(rows, m, right) for m in chain):
            return []  # the paper letters its notes ("a. Ankur cannot be here …"), not headings
        for m, nxt in zip(chain, [*chain[1:], None]):
            stop = nxt.index if nxt else end
            parts = _roman_parts(rows, m, stop, right)
            if not parts or m.index + 1 != parts[0].index:
                found.append((m.index, f"{number}{m.number}", _title(run_in_title(m.title) or m.title)))
            # "a) Old Business" over "i) BSA Chemistry Merit Badge . …", "ii) …": the letter
            # groups its numbered parts and each part is cited as an item ("5a(i)").
            found += [
                (p.index, f"{number}{m.number}({p.number})", _title(run_in_title(p.title) or p.title)) for p in parts
            ]
    return found


def _roman_parts(rows: list[Row], letter: Numbered, end: int, right: float) -> list[Numbered]:
    """i), ii), iii) … indented under a lettered sub-item, each opening like a heading."""
    romans = [
        m
        for m in numbered_lines(rows)
        if m.shape.startswith("roman") and m.number.islower() and letter.index < m.index < end and m.x0 > letter.x0 + 8
    ]
    if not romans or romans[0].value != 1:
        return []
    chain = [romans[0]]
    for m in romans[1:]:
        if m.shape == chain[0].shape and abs(m.x0 - chain[0].x0) <= 8 and m.value == chain[-1].value + 1:
            chain.append(m)
    if len(chain) < 2 or not all(_heading_like(rows, m, right) for m in chain):
        return []
    return chain


# "National Chemistry Week – BS noted …", "BSA Chemistry Merit Badge . DS, PD …", "2004 Tour
# Speakers. PI will …": a short name in title case run into its business after a dash or stop.
_RUN_IN = re.compile(r"^(?P<t>[A-Z0-9][^.;:–—]{1,70}?)(?:\s+[–—-]\s+|\s+\.\s+|\.\s+(?=[A-Z]))\S")


def run_in_title(text: str) -> str | None:
    """The name a lettered or numbered part runs in before its business, if it opens so."""
    match = _RUN_IN.match(" ".join(text.split()))
    if not match:
        return None
    title = match.group("t").strip()
    words = title.split()
    long = [w for w in words if len(w) > 3]
    if len(words) > 8 or (long and sum(w[0].isupper() or w[0].isdigit() for w in long) < 0.6 * len(long)):
        return None
    return title


def _chain(members: list[Numbered]) -> list[Numbered]:
    """a, b, c … from "a" at one margin in one shape (a letter repeated by mistake, "(d)
    School Hall / (d) Neighbourhood Plan", stays in); anything else stops it."""
    if not members or members[0].value != 1:
        return []
    chain = [members[0]]
    for m in members[1:]:
        if m.shape != chain[0].shape or abs(m.x0 - chain[0].x0) > 8:
            continue
        if m.value - chain[-1].value not in (0, 1):
            break
        chain.append(m)
    return chain


def _heading_like(rows: list[Row], member: Numbered, right: float) -> bool:
    row = rows[member.index]
    title = member.title.strip()
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return False
    if row.line.bold or run_in_title(title):
        return True
    nxt = rows[member.index + 1] if member.index + 1 < len(rows) else None
    # A line running to the right margin into a lower-case line is a sentence, not a title.
    wraps = nxt is not None and not nxt.breaks and row.line.x1 >= 0.85 * right and nxt.text.strip()[:1].islower()
    return len(title.split()) <= 14 and not title.endswith(".") and not wraps and not re.search(r"\. |;", title)


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:")


def with_lost_letters(rows: list[Row], headings: list[Heading]) -> list[Heading]:
    """A lettered item whose letter the text layer lost ("c." printed as an image): after
    "a. Ordinance to annex …" and "b. Ordinance to annex …" a paragraph opening at their
    text column with the same first word ("Ordinance to appropriate …") is the next letter,
    where the letters after it leave exactly its gap."""
    ordered = sorted(headings, key=lambda h: h.index)
    added: list[Heading] = []
    for n, heading in enumerate(ordered):
        match = re.fullmatch(r"(\d{1,3})([a-y])", heading.number or "")
        if not match:
            continue
        parent, letter = match.groups()
        siblings = [h for h in ordered[: n + 1] if re.fullmatch(rf"{parent}[a-y]", h.number or "")]
        if len(siblings) < 2 or len({h.title.split()[0] for h in siblings if h.title}) != 1:
            continue
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        wanted = chr(ord(letter) + 1)
        if (
            nxt
            and re.fullmatch(rf"{parent}[a-z]", nxt.number or "")
            and nxt.number != f"{parent}{chr(ord(letter) + 2)}"
        ):
            continue  # the letters run on without a gap
        column = _text_column(rows, siblings)
        end = nxt.index if nxt else len(rows)
        word = siblings[0].title.split()[0]
        for i in range(heading.index + 1 + len(heading.taken), end):
            row = rows[i]
            text = row.text.strip()
            if row.breaks and column is not None and abs(row.line.x0 - column) <= 3 and text.split()[:1] == [word]:
                title, j = text, i + 1
                while j < end and j < i + 4 and not rows[j].breaks and not rows[j].text.strip().startswith("("):
                    title, j = f"{title} {rows[j].text.strip()}", j + 1
                added.append(Heading(i, f"{parent}{wanted}", _title(title), taken=list(range(i + 1, j))))
                break
    return sorted(headings + added, key=lambda h: h.index)


def _text_column(rows: list[Row], siblings: list[Heading]) -> float | None:
    """Where the lettered titles' wrapped lines start (the tab stop after "a.")."""
    xs = [
        rows[h.index + 1].line.x0
        for h in siblings
        if h.index + 1 < len(rows)
        and not rows[h.index + 1].breaks
        and rows[h.index + 1].line.x0 > rows[h.index].line.x0 + 8
    ]
    return sorted(xs)[len(xs) // 2] if xs else None


_DECIMAL = re.compile(r"^(?P<parent>\d{1,3})\.(?P<part>\d{1,2})\.?\s+(?P<title>\S.*)$")


def with_decimal_sub_items(rows: list[Row], numbered: list[Heading]) -> list[Heading]:
    """Add "3.1 Bank Reconciliation", "3.2 Payments" under a plain "3. Finance Report": a
    paper whose items are numbered in plain type (under a bold masthead) prints its
    decimal sub-headings plainly too, and cites them as items "3.1". They count 1, 2, …
    under their own parent and read as titles (capitalised words, no closing stop);
    numbered paragraphs ("3.1 The clerk reported that …") are the item's text."""
    parents = [h for h in numbered if h.number and re.fullmatch(r"\d{1,3}", h.number)]
    at = {h.index for h in numbered}
    added: list[Heading] = []
    for parent, nxt in zip(parents, [*parents[1:], None]):
        end = nxt.index if nxt else len(rows)
        style = rows[parent.index].line.bold
        found: list[tuple[int, str]] = []
        for i in range(parent.index + 1, end):
            match = _DECIMAL.match(rows[i].text.strip())
            if not match or match.group("parent") != parent.number or i in at:
                continue
            if int(match.group("part")) != len(found) + 1 or rows[i].line.bold != style:
                break
            title = " ".join(match.group("title").split()).rstrip(" :")
            if not _title_like(title):
                break
            found.append((i, title))
        if len(found) >= 2:
            added += [Heading(i, f"{parent.number}.{k}", title) for k, (i, title) in enumerate(found, start=1)]
    return sorted(numbered + added, key=lambda h: h.index)


def _title_like(title: str) -> bool:
    words = [w for w in title.split() if len(w) > 3]
    return (
        bool(words)
        and len(title.split()) <= 10
        and not title.endswith(".")
        and title[0].isupper()
        and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
    )
