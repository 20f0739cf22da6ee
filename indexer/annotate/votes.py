"""Recorded votes: who moved and seconded, how each member voted, and the outcome.

Forms seen in real papers: "Commissioner Tilos moved approval …; Commissioner Sullivan
seconded the motion, which carried by the following roll call vote: Miley: Aye; …",
"Moved by X, seconded by Y. Carried unanimously", "R2024-101 S. Kirkey, D. Yemm: THAT …
Carried." (mover, seconder), tallies "passed 4-0", "Ayes: 3. Abstentions: …".
"""

from __future__ import annotations

import re

from indexer.annotate.people import Gazetteer
from indexer.records import Vote
from indexer.structure.names import titles

# Titles come from models/titles.txt (one place): "Cr", "Cllr", "Councilmember", "Mayor" ….
# A name's words stop at the capitalised words that open what follows it in a vote
# ("Moved: Cr Jones Seconded: Cr Wei That Council adopts …").
_TITLES = "|".join(sorted({re.escape(t.rstrip(".")) for t in titles()}, key=len, reverse=True))
_STOP = r"(?!(?:That|The|This|To|And|All|For|Against|Carried|CARRIED|Lost|LOST|Motion|MOTION|Seconded|SECONDED|Ayes|AYES|Nays|NAYS)\b)"
_NAME = rf"(?:(?:{_TITLES})\.?\s+)?{_STOP}[A-Z][\w.'’\-]*(?:\s+{_STOP}[A-Z][\w.'’\-]*){{0,3}}"
_MOVED = [
    re.compile(
        rf"(?P<mover>{_NAME})\s+moved,?\s+(?:and\s+(?:it\s+was\s+)?)?seconded\s+by\s+(?P<seconder>{_NAME}),?\s+(?:to\s+)?(?P<motion>[^.;]*)"
    ),
    re.compile(rf"(?P<mover>{_NAME})\s+moved\b(?:\s+(?:approval of|that|to))?\s*(?P<motion>[^.;]*)"),
    re.compile(
        rf"\bmoved\s+by\s+(?P<mover>{_NAME})(?:,?\s+(?:and\s+)?second(?:ed)?\s+by\s+(?P<seconder>{_NAME}))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bmotion\s+(?:was\s+made\s+)?by\s+(?P<mover>{_NAME}),?\s+(?:and\s+)?second(?:ed)?\s+by\s+(?P<seconder>{_NAME})",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bon\s+a\s+motion\s+(?:by|from)\s+(?P<mover>{_NAME}),?\s+seconded\s+by\s+(?P<seconder>{_NAME})",
        re.IGNORECASE,
    ),
    re.compile(rf"^(?P<mover>{_NAME}),\s*(?P<seconder>{_NAME})\s*[:;]\s*(?P<motion>[^.]*)"),
    # Parish "Proposed Cllr Oakley, seconded Cllr Patel, all in favour"; Australian
    # "Moved: Cr Jones Seconded: Cr Wei That Council …"; "Proposed by X and seconded by Y".
    re.compile(
        rf"\b(?i:proposed|moved)(?:\s+(?i:by))?\s*[:\-–]?\s*(?P<mover>{_NAME})\s*[,;.]?\s*"
        rf"(?i:(?:and\s+)?seconded)(?:\s+(?i:by))?\s*[:\-–]?\s*(?P<seconder>{_NAME})"
        r"(?:[.,;:]?\s+(?P<motion>(?i:that)\b[^.;]*))?"
    ),
]
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_SECONDED_BY = re.compile(rf"\bseconded\s+by\s+(?P<seconder>{_NAME})")
_SECONDED = re.compile(rf"(?P<seconder>{_NAME})\s+seconded\b")
_OUTCOME = re.compile(
    r"\b(?P<word>carried|passed|approved|adopted|agreed|lost|defeated|failed|fell|rejected|all\s+in\s+favou?r)\b"
    r"(?:\s+(?P<unan>unanimously))?(?:\s+(?:by\s+a\s+vote\s+of\s+)?\(?(?P<tally>\d{1,2}\s*[-–/]\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?)\)?)?",
    re.IGNORECASE,
)
# A division recorded as lists: US "AYES: Becker, Grant NAYS: Chen ABSENT: None",
# Australian "For: Cr Kelly and Cr Wei Against: Cr Smith".
_SIDE_LIST = re.compile(
    r"\b(?P<side>ayes|yeas|for|in\s+favou?r|nays|noes|against|abstain(?:ed|ing)?|abstentions?|absent)\s*:\s*"
    r"(?P<names>[^.:]*?)(?=\s+(?:ayes|yeas|for|nays|noes|against|abstain\w*|absent|motion|carried|lost|passed)\b|[.:]|$)",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"\b(?P<ayes>\d{1,2})\s+in\s+favou?r,?\s+(?:and\s+)?(?P<noes>\d{1,2})\s+against\b", re.IGNORECASE)
_ROLL = re.compile(rf"(?P<who>{_NAME})\s*:\s*(?P<side>aye|yes|yea|no|nay|abstain(?:ed)?|absent)\b", re.IGNORECASE)
_ABSTAIN = re.compile(r"abstentions?\s*:\s*(?P<names>[^.–—]+)", re.IGNORECASE)
_LOST = {"lost", "defeated", "failed", "fell", "rejected"}


def find_votes(text: str, gaz: Gazetteer, item: str | None) -> list[Vote]:
    """Each motion whose outcome the paper states, in order."""
    flat = " ".join(text.split())
    starts = _motion_starts(flat)
    votes: list[Vote] = []
    for n, (start, match) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        span = flat[start:end]
        outcome = _OUTCOME.search(span, match.end() - start)
        if not outcome:
            continue
        groups = match.groupdict()
        seconder = groups.get("seconder") or _first(_SECONDED, span) or _first(_SECONDED_BY, span)
        motion = re.split(r",?\s+seconded\s+by\b", groups.get("motion") or "")[0]
        if not motion and match.re is _MOVED[-1]:
            # "RESOLVED that … . Proposed Cllr Lowe, seconded Cllr Hodges": the motion is
            # the sentence the proposer's line follows.
            motion = _SENTENCES.split(flat[:start].strip())[-1].strip(" .")
        vote = Vote(
            item=item,
            motion=_motion_text(motion, span),
            moved=_person(groups.get("mover"), gaz),
            seconded=_person(seconder, gaz),
            result="carried" if outcome.group("word").lower() not in _LOST else "lost",
            tally=_tally(outcome, span),
        )
        _roll_call(span, gaz, vote)
        votes.append(vote)
    return votes


def _motion_starts(flat: str) -> list[tuple[int, re.Match[str]]]:
    found: dict[int, re.Match[str]] = {}
    for pattern in _MOVED:
        for match in pattern.finditer(flat):
            if not any(abs(match.start() - s) < 40 for s in found):
                found[match.start()] = match
    return sorted(found.items())


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _person(name: str | None, gaz: Gazetteer) -> str | None:
    if not name:
        return None
    found = gaz.resolve(name.strip(" ,.:"))
    return found.name if found else name.strip(" ,.:")


def _motion_text(motion: str, span: str) -> str:
    text = motion.strip() or span[:160]
    text = re.sub(r"^(?:resolved|agreed)\s*[:–-]?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:that|THAT)\s+(?:we\s+|council\s+)?", "", text)
    return " ".join(text.split()[:30])


def _tally(outcome: re.Match[str], span: str) -> str | None:
    if outcome.group("tally"):
        return re.sub(r"\s*[-–/]\s*", "-", outcome.group("tally"))
    counted = _COUNTED.search(span)
    if counted:
        return f"{counted.group('ayes')}-{counted.group('noes')}"
    ayes = re.search(r"\bayes?\s*:\s*(\d{1,2})", span, re.IGNORECASE)
    noes = re.search(r"\b(?:noes|nays?)\s*:\s*(\d{1,2})", span, re.IGNORECASE)
    if ayes:
        return f"{ayes.group(1)}-{noes.group(1) if noes else 0}"
    return None


def _roll_call(span: str, gaz: Gazetteer, vote: Vote) -> None:
    for match in _ROLL.finditer(span):
        who = _person(re.sub(r"^(?:and\s+)", "", match.group("who")), gaz)
        side = match.group("side").lower()
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
        names = match.group("names").strip()
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
