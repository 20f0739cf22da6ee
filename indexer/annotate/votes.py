"""Recorded votes: who moved and seconded, how each member voted, and the outcome.

A vote is an outcome the paper states beside a motion put to the meeting
(vote_forms.py holds the wordings). Outcomes are read first and each closes the motion
before it, so one item can hold several votes, and forms with no mover at all still
count: "Vote: all in favor", "The minutes … were unanimously approved", "A hand vote was
called with the following results: 33 In Favor, 0 Opposed", a roll call "Hall - yes …".
An outcome word that does not speak of a vote by itself ("approved", "agreed") counts
only with a motion beside it: just before ("Robin motion, Justin seconded. Board
approved.") or just after ("The minutes were approved. Proposed by PW seconded by RB.").
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from indexer.annotate.people import Gazetteer
from indexer.annotate.vote_forms import (
    MARKER,
    MOVED,
    OPENS,
    PROPOSED_FORM,
    ROLL,
    SECONDED,
    SECONDED_BY,
    TITLES,
    Outcome,
    joined,
    outcomes,
    result_of,
    roll_answer,
)
from indexer.records import Vote

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A division recorded as lists: US "AYES: Becker, Grant NAYS: Chen ABSENT: None",
# Australian "For: Cr Kelly and Cr Wei Against: Cr Smith".
_SIDE_LIST = re.compile(
    r"\b(?P<side>ayes|yeas|for|in\s+favou?r|nays|noes|against|abstain(?:ed|ing)?|abstentions?|absent)\s*:\s*"
    r"(?P<names>[^.:]*?)(?=\s+(?:ayes|yeas|for|nays|noes|against|abstain\w*|abstention\w*|absent|motion|carried|lost|passed)\b|[.:]|$)",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\b(?P<ayes>\d{1,2})\s+in\s+favou?r,?\s+(?:and\s+)?(?P<noes>\d{1,2})\s+against\b", re.IGNORECASE)
_ABSTAIN = re.compile(r"abstentions?\s*:\s*(?P<names>[^.–—]+)", re.IGNORECASE)
# How far before a bare "approved" the motion's marker may stand, and how near two outcome
# words stand to be one outcome ("3 in favour, 1 against. Carried.").
_NEAR = 400
_SAME = 100
_TRAILING = 30
# How far after the outcome a division's first list may open ("carried by the following
# roll call vote: AYES: …").
_DIVISION_GAP = 40
# A sentence's or a bullet's end between an outcome and a mover: they are not one line.
_BREAK = re.compile(r"[.;!?](?:\s|$)|[•▪]|\so\s")


def find_votes(text: str, gaz: Gazetteer, item: str | None) -> list[Vote]:
    """Each motion whose outcome the paper states, in order."""
    flat = " ".join(text.split())
    found = outcomes(flat)
    movers = _mover_matches(flat)
    starts = [o.start for o in found]  # outcomes() returns them in order, not overlapping
    markers = sorted({m.start() for m in MARKER.finditer(flat) if not _inside(found, starts, m.start())} | set(movers))
    opens = sorted({m.start() for m in OPENS.finditer(flat)} | set(movers))
    clusters = _clusters(found, opens)
    caps = {o.start for o in found if flat[o.start : o.end].split()[0].isupper()}
    votes: list[Vote] = []
    cursor = 0
    for n, outcome in enumerate(clusters):
        trailing = None
        if not _between(opens, max(cursor, outcome.start - _NEAR), outcome.start):
            trailing = _trailing(flat, caps, movers, outcome, clusters[n + 1] if n + 1 < len(clusters) else None)
        if not outcome.strong:
            later = clusters[n + 1] if n + 1 < len(clusters) else None
            if not _between(markers, max(cursor, outcome.start - _NEAR), outcome.start) and trailing is None:
                continue
            if trailing is None and later and later.strong and not _between(opens, outcome.end, later.start):
                continue  # "… be adopted as approved by … Carried": the later outcome closes it
            if trailing is not None and later and later.strong and later.start - trailing.end() <= _SAME:
                continue  # "… were approved. Proposed X, seconded Y, all in favour."
        region_end = trailing.end() if trailing else outcome.end
        later_start = clusters[n + 1].start if n + 1 < len(clusters) else len(flat)
        region_end = _division_end(flat, region_end, later_start)
        mover = trailing or _last(movers, cursor, outcome.start)
        votes.append(_vote(flat, cursor, region_end, outcome, mover, gaz, item))
        cursor = region_end
    return votes


def _division_end(flat: str, end: int, limit: int) -> int:
    """ "… which carried by the following vote: Ayes: Smith, Jones; Noes: None": the sides
    listed after the outcome belong to its vote (US councils print them after it)."""
    last = end
    for match in _SIDE_LIST.finditer(flat, end, limit if limit > end else len(flat)):
        if match.start() - last > (_DIVISION_GAP if last == end else 3):
            break
        last = match.end()
    return last


def _clusters(found: list[Outcome], markers: list[int]) -> list[Outcome]:
    """Outcome words close together with no new motion between them are one outcome."""
    clusters: list[Outcome] = []
    for o in found:
        last = clusters[-1] if clusters else None
        # Two counts, or two roll calls, are two votes however near ("1. In favor: 30 … PASSED
        # 2. In favor: 24 …").
        again = o.kinds & last.kinds & {"count", "voted", "roll"} if last else set()
        if last and not again and o.start - last.end <= _SAME and not _between(markers, last.end, o.start):
            joined(last, o)
        else:
            clusters.append(Outcome(o.start, o.end, o.result, o.tally, o.strong, o.ayes, o.noes, set(o.kinds)))
    return clusters


def _between(markers: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of positions holds one in [start, end) (bisect: long scans)."""
    at = bisect_left(markers, start)
    return at < len(markers) and markers[at] < end


def _inside(found: list[Outcome], starts: list[int], pos: int) -> bool:
    at = bisect_left(starts, pos + 1) - 1
    return at >= 0 and found[at].start <= pos < found[at].end


def _trailing(
    flat: str, caps: set[int], movers: dict[int, re.Match[str]], outcome: Outcome, later: Outcome | None
) -> re.Match[str] | None:
    """ "The minutes were approved. Proposed by PW seconded by RB.": the mover follows."""
    keys = list(movers)
    at = bisect_left(keys, outcome.end)
    if at >= len(keys) or (later is not None and keys[at] >= later.start):
        return None
    if keys[at] <= outcome.end + _TRAILING:
        return movers[keys[at]]
    # Outcome first, then what was decided, then who moved it, in one bulleted line:
    # "DENIED – request for a fence variance – M. Prest (motion), C. Dallas (second)".
    gap = flat[outcome.end : keys[at]]
    if outcome.start in caps and keys[at] <= outcome.end + _SAME and not _BREAK.search(gap):
        return movers[keys[at]]
    return None


def _last(movers: dict[int, re.Match[str]], start: int, end: int) -> re.Match[str] | None:
    keys = list(movers)
    at = bisect_left(keys, end) - 1
    return movers[keys[at]] if at >= 0 and keys[at] >= start else None


def _vote(
    flat: str, start: int, end: int, outcome: Outcome, mover: re.Match[str] | None, gaz: Gazetteer, item: str | None
) -> Vote:
    span = flat[start:end]
    groups = mover.groupdict() if mover else {}
    seconder = groups.get("seconder") or groups.get("seconder2") or _first(SECONDED, span) or _first(SECONDED_BY, span)
    if seconder and seconder == groups.get("mover"):
        seconder = None  # "a motion was made by Sarah Curde, seconded, and approved"
    motion = re.split(r",?\s+seconded\s+by\b", groups.get("motion") or "")[0]
    if not motion:
        # "RESOLVED that … . Proposed Cllr Lowe, seconded Cllr Hodges": the motion is the
        # sentence the proposer's line follows; with no mover, the sentence of the outcome.
        upto = mover.start() if mover is not None and mover.re is PROPOSED_FORM else outcome.start
        before = _SENTENCES.split(flat[start:upto].strip())
        motion = (before[-1] if before else "").strip(" .")
    vote = Vote(
        item=item,
        motion=_motion_text(motion, span),
        moved=_person(groups.get("mover"), gaz),
        seconded=_person(seconder, gaz),
        result=result_of(outcome),
        tally=outcome.tally or _tally(span),
    )
    _roll_call(span, gaz, vote)
    return vote


def _mover_matches(flat: str) -> dict[int, re.Match[str]]:
    """Where each mover form matches; the first form to claim a place keeps it."""
    found: dict[int, re.Match[str]] = {}
    taken: list[int] = []
    for pattern in MOVED:
        for match in pattern.finditer(flat):
            at = bisect_left(taken, match.start() - 39)
            if at < len(taken) and taken[at] < match.start() + 40:
                continue
            found[match.start()] = match
            insort(taken, match.start())
    return dict(sorted(found.items()))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _person(name: str | None, gaz: Gazetteer) -> str | None:
    if not name:
        return None
    # "Publishing Policy- Gayle made a motion …": the name follows the item's dash.
    name = re.split(r"[-–]\s+|(?<=[a-z]{3})\.\s+", name)[-1]
    # "ADJOURNMENT Councilwoman Kennedy makes the motion": a capitals heading before the name.
    name = re.sub(r"^(?:[A-Z]{3,}\.?\s+)+(?=[A-Z][a-z])", "", name)
    # "… may be Confirmed Mr. N. Arunprakash, Second the Same": the name starts at its title.
    name = re.sub(rf"^[A-Z]\w+\s+(?=(?:{TITLES})\.?\s*[A-Z])", "", name)
    found = gaz.resolve(name.strip(" ,.:"))
    return found.name if found else name.strip(" ,.:")


def _motion_text(motion: str, span: str) -> str:
    text = motion.strip() or span[:160]
    text = re.sub(r"^(?:resolved|agreed)\s*[:–-]?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:that|THAT)\s+(?:we\s+|council\s+)?", "", text)
    text = re.sub(r"\s+was\s+made$", "", text)  # "Motion to assign these positions was made by …"
    return " ".join(text.split()[:30])


def _tally(span: str) -> str | None:
    counted = _COUNTED.search(span)
    if counted:
        return f"{counted.group('ayes')}-{counted.group('noes')}"
    ayes = re.search(r"\bayes?\s*:\s*(\d{1,2})", span, re.IGNORECASE)
    noes = re.search(r"\b(?:noes|nays?)\s*:\s*(\d{1,2})", span, re.IGNORECASE)
    if ayes:
        return f"{ayes.group(1)}-{noes.group(1) if noes else 0}"
    return None


def _roll_call(span: str, gaz: Gazetteer, vote: Vote) -> None:
    for match in ROLL.finditer(span):
        name, side = roll_answer(match)
        who = _person(re.sub(r"^(?:and\s+)", "", name), gaz)
        if side in ("aye", "yes", "yea"):
            vote.for_.append(who)
        elif side in ("no", "nay"):
            vote.against.append(who)
        elif side.startswith("abstain"):
            vote.abstain.append(who)
    _side_lists(span, gaz, vote)
    abstain = _ABSTAIN.search(span)
    if abstain:
        from indexer.structure.attendance import people_in_list

        for person in people_in_list(abstain.group("names")):
            name = _person(person.name, gaz)
            if name not in vote.abstain:
                vote.abstain.append(name)


def _side_lists(span: str, gaz: Gazetteer, vote: Vote) -> None:
    from indexer.structure.attendance import people_in_list

    for match in _SIDE_LIST.finditer(span):
        names = match.group("names").strip(" ;,")
        side = match.group("side").lower()
        if not names or re.fullmatch(r"(?:none|nil|n/a|\d{1,2})", names, re.IGNORECASE) or side == "absent":
            continue
        target = vote.for_ if side in ("ayes", "yeas", "for") or side.startswith("in") else None
        target = vote.against if side in ("nays", "noes", "against") else target
        target = vote.abstain if side.startswith("abstain") else target
        for person in people_in_list(names):
            name = _person(person.name, gaz)
            if target is not None and name not in target:
                target.append(name)
