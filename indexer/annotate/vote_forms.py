"""The words a recorded vote is made of: who moved it, that a motion was put, and its outcome.

votes.py pairs them up. Kept apart because the forms grow with every body's house style,
while the pairing stays the same:
  movers   "Moved: Cr Jones Seconded: Cr Wei", "Proposed by PW seconded by RB",
           "M. Prest (motion), C. Dallas (second)", "Robin motioned, Justin seconded",
           "Motion to approve the minutes: Sterling/O'Dell", "BB moved …, MK second";
  markers  any sign that a motion was put to the meeting (moved, motion, 2nd, roll call,
           a hand vote, "Vote:") — an outcome word counts only beside one, unless it
           speaks of a vote by itself;
  outcomes "Carried", "Motion carried 4-1", "passed unanimously", "Vote: all in favor",
           "30 for, 0 against, 2 abstentions", "33 In Favor, 3 Opposed", "by a vote of 5-0",
           "The motion does not pass", "Council voted to …", a roll call "Hall - yes …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.structure.names import titles

# Titles come from models/titles.txt (one place): "Cr", "Cllr", "Councilmember", "Mayor" ….
# A name's words stop at the capitalised words that open what follows it in a vote
# ("Moved: Cr Jones Seconded: Cr Wei That Council adopts …").
TITLES = "|".join(sorted({re.escape(t.rstrip(".")) for t in titles()}, key=len, reverse=True))
_STOP = (
    r"(?!(?:That|The|This|To|And|All|For|Against|Carried|CARRIED|Lost|LOST|Motion|MOTION|Seconded|SECONDED"
    r"|Second|Passed|PASSED|Approved|APPROVED|Board|Council|Ayes|AYES|Nays|NAYS|Vote|VOTE|So"
    r"|When|If|As|After|Before|Since|While|Then|It|He|She|They|We)\b)"
)
NAME = rf"(?:(?:{TITLES})\.?\s+)?{_STOP}[A-Z][\w.'’\-]*(?:\s+{_STOP}[A-Z][\w.'’\-]*){{0,3}}"
_SEC = r"(?i:second(?:ed|s)?|2nd)"
MOVED = [
    re.compile(
        rf"(?P<mover>{NAME})\s+moved,?\s+(?:and\s+(?:it\s+was\s+)?)?seconded\s+by\s+(?P<seconder>{NAME}),?\s+(?:to\s+)?(?P<motion>[^.;]*)"
    ),
    # "Dane Hicks moved and Ron Bruce seconded to nominate …"
    re.compile(
        rf"(?P<mover>{NAME})\s+(?i:moved|motioned|made\s+the\s+motion|proposed)\s+and\s+(?P<seconder>{NAME})\s+{_SEC}\b,?\s*(?P<motion>[^.;]*)"
    ),
    # US councils: "On motion of Councilmember White, seconded by Councilmember Brown, …".
    re.compile(
        rf"\b(?i:(?:up)?on\s+(?:a\s+|the\s+)?motion\s+(?:of|by|from))\s+(?P<mover>{NAME}),?\s+(?i:(?:and\s+)?seconded\s+by)\s+(?P<seconder>{NAME})"
    ),
    # "JS proposed a donation of £50 to the band; seconded by RB. This was agreed."
    re.compile(
        rf"(?P<mover>{NAME})\s+(?i:proposed|moved)\s+(?P<motion>[^.;]{{3,160}}?)[;,]\s*(?i:and\s+)?(?i:seconded\s+by)\s+(?P<seconder>{NAME})"
    ),
    # "Smith/Jones moved to approve the budget": mover first, seconder after the slash.
    re.compile(rf"(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\s+(?i:moved|motioned)\b\s*(?P<motion>[^.;]*)"),
    # Initials or surnames paired by a slash: "M/S/C White/Brown to approve …",
    # "Moved/Seconded: White/Brown", "Motion (White/Brown) to accept …".
    re.compile(
        rf"(?:\bM\s*/\s*S(?:\s*/\s*[CP])?|\b(?i:moved\s*/\s*seconded)|\b(?i:motion)\s*\()\s*(?:(?i:by)\s*)?[:\-–]?\s*"
        rf"(?P<mover>{NAME})\s*/\s*(?P<seconder>{NAME})\)?,?\s*(?P<motion>(?i:to)\s[^.;]*)?"
    ),
    # "Robin motion, Justin seconded", "James Trammell motioned to approve, Justin Poehnelt
    # seconded", "BB moved for acceptance of the agenda, MK second".
    re.compile(
        rf"(?P<mover>{NAME})\s+(?i:motion(?:ed)?|moved|proposed)\b(?P<motion>[^.;,]{{0,120}}),\s*(?P<seconder>{NAME})\s+{_SEC}\b"
    ),
    re.compile(
        rf"(?P<mover>{NAME})\s+(?:moved|motioned|motions|moves)\b(?:\s+(?:approval of|that|to))?\s*(?P<motion>[^.;]*)"
    ),
    # US town councils: "Councilman Hall makes the motion to …; Councilwoman Mullins seconds",
    # neighbourhood boards: "Gayle made a motion to accept the minutes as corrected".
    re.compile(
        rf"(?P<mover>{NAME})\s+(?:makes|made)\s+(?:the|a)\s+motion\s+(?P<motion>[^.;]*)(?:;\s*(?P<seconder>{NAME})\s+seconds)?"
    ),
    # "Moved to adjourn meeting by Royal Hanson, seconded and approved".
    # "Motion to adopt agenda by Lance VE7LOC, seconded by Gavin VE7GSJ".
    re.compile(
        rf"\b(?i:moved|motion)\s+(?P<motion>to\s(?:(?!(?i:seconded))[^.;:]){{3,80}}?)\s+by\s+(?P<mover>{NAME})"
        rf"(?:,?\s+(?i:(?:and\s+)?second(?:ed)?\s+by)\s+(?P<seconder>{NAME}))?"
    ),
    re.compile(
        rf"\bmoved\s+by\s+(?P<mover>{NAME})(?:,?\s+(?:and\s+)?second(?:ed)?\s+by\s+(?P<seconder>{NAME}))?"
        r"(?:,?\s+(?P<motion>(?:that|to)\b[^.;]*))?",
        re.IGNORECASE,
    ),
    # "Motion to assign these positions was made by Royal Hanson, seconded and approved".
    re.compile(rf"\b(?i:motion)\s+(?P<motion>to\s[^.;]{{3,120}}?)\s+was\s+made\s+by\s+(?P<mover>{NAME})"),
    # "A motion made by Royal Hanson to accept … was seconded", "Motion by X, second by Y".
    re.compile(
        rf"\bmotion\s+(?:was\s+)?(?:made\s+)?by\s+(?P<mover>{NAME})(?:,?\s+(?:and\s+)?second(?:ed)?\s+by\s+(?P<seconder>{NAME}))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bon\s+a\s+motion\s+(?:by|from)\s+(?P<mover>{NAME}),?\s+seconded\s+by\s+(?P<seconder>{NAME})",
        re.IGNORECASE,
    ),
    re.compile(rf"^(?P<mover>{NAME}),\s*(?P<seconder>{NAME})\s*[:;]\s*(?P<motion>[^.]*)"),
    # "Motion VA7BAJ Seconded By NEK", "Reports Motioned by NEK, Second KFR".
    re.compile(
        rf"\b(?i:motion(?:ed)?)(?:\s+(?i:by))?\s*:?\s+(?P<mover>{NAME}),?\s+{_SEC}(?:\s+(?i:by))?\s*:?\s*(?P<seconder>{NAME})"
    ),
    # "M. Prest (motion), C. Dallas (second)".
    re.compile(
        rf"(?P<mover>{NAME})\s*\((?i:motion|moved|mover)\),?\s*(?P<seconder>{NAME})\s*\((?i:second(?:ed|er)?)\)"
    ),
    # "Motion to approve March 2018 Minutes: Sterling/O'Dell; carried", "Motion to adopt
    # amended constitution: Wayne VA7BUP, seconded by Doug VE7XAG".
    re.compile(
        rf"\b(?i:motion)\s+(?P<motion>(?i:to)\s[^:;]{{3,200}}):\s*(?P<mover>{NAME})"
        rf"(?:\s*/\s*(?P<seconder>{NAME})\s*[;,.\-–—]|,?\s+(?i:seconded\s+by)\s+(?P<seconder2>{NAME}))"
    ),
    # "Membership Fee for upcoming year: $40 - RS, 2nd AW".
    re.compile(rf"[-–]\s*(?P<mover>{NAME}),\s*2nd\s+(?:by\s*:?\s*)?(?P<seconder>{NAME})"),
    # Parish "Proposed Cllr Oakley, seconded Cllr Patel, all in favour"; Australian
    # "Moved: Cr Jones Seconded: Cr Wei That Council …"; "Proposed by: R. 2nd by: CH.".
    re.compile(
        rf"\b(?i:proposed|moved)(?:\s+(?i:by))?\s*[:\-–]?\s*(?P<mover>{NAME})\s*[,;.]?\s*"
        rf"(?i:(?:and\s+)?(?:seconded|2nd))(?:\s+(?i:by))?\s*[:\-–]?\s*(?P<seconder>{NAME})"
        r"(?:[.,;:]?\s+(?P<motion>(?i:that)\b[^.;]*))?"
    ),
    # "Moved: Cr Jones" or "Moved Bob Munro." with the seconder left unnamed.
    re.compile(rf"\b(?:Moved|MOVED|Proposed|PROPOSED)(?:\s+(?i:by))?\s*[:\-–]?\s*(?P<mover>{NAME})"),
    # "Dr. A. Balasubramanian Proposed that the Minutes may be Confirmed".
    re.compile(rf"(?P<mover>{NAME})\s+(?i:proposed)\s+(?P<motion>that\b[^.;]*)"),
]
PROPOSED_FORM = MOVED[-3]
SECONDED_BY = re.compile(rf"\b(?i:seconded|second|2nd)\s+(?i:by)\s*:?\s*(?P<seconder>{NAME})")
SECONDED = re.compile(rf"(?P<seconder>{NAME}),?\s+(?i:seconded|seconds|second\s+the\s+same)\b")

# Signs that a motion was put to the meeting.
MARKER = re.compile(
    r"\b(?i:mov(?:ed|es)|motion(?:ed|s)?|prop|seconded|seconds|2nd)\b|\bM\s*/\s*S\b"
    r"|\b(?i:propos(?:ed|er))\b(?=\s*(?:(?i:by)\b|:|(?i:that)\b))"
    r"|\b(?i:second)\b(?=\s*(?:(?i:by)\b|[:.,;)]|(?i:the\s+(?:motion|same))\b|(?i:with)\b|$))"
    r"|\b(?i:roll[\s-]*call|(?:hand|voice)\s+vote|show\s+of\s+hands|votes?\s+(?:was|were)\s+(?:taken|called|held))\b"
    r"|\b(?i:vote)\s*:|\b(?i:voted|vote\s+of|ballot)\b"
)
# Where a new motion opens: two outcomes with one of these between them are two votes.
OPENS = re.compile(
    r"\b(?i:moved|motioned|seconded|2nd|(?:makes|made)\s+(?:the|a)\s+motion)\b|\b(?i:proposed)\s+(?i:by|that)\b|\bM\s*/\s*S\b"
    r"|\b(?i:motion)\s*(?::|(?i:to|by|was\s+made|made))"
    # a numbered or lettered point: "1. In favor: 30 … 2. In favor: 24 …", "a. Council voted …"
    r"|(?<![\w.,$£/])(?:\d{1,2}|[a-h])[.)]\s+(?=[A-Z])|(?<!\w)\([a-h0-9]{1,2}\)\s"
)


@dataclass
class Outcome:
    """One stated outcome: where it stands, what it says, and whether it needs a motion beside it."""

    start: int
    end: int
    result: str | None  # "carried" / "lost", or None where only a count is given
    tally: str | None
    strong: bool  # speaks of a vote by itself ("Motion carried", a count) rather than "approved"
    ayes: int | None = None
    noes: int | None = None
    kinds: set[str] = field(default_factory=set)  # "word", "count", "voted", "roll"


# "5-0", "3/2", "2-5-1"; not a planning reference "13/052" nor a date.
_TALLY = r"\(?(?P<tally>\d{1,2}\s*[-–/]\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?)(?![\w/])\)?"
_WORDS = re.compile(
    r"\b(?P<motion>(?:the\s+)?motion\s+(?:was\s+|is\s+|has\s+)?)?(?P<aux>(?:was|were|is|are)\s+(?:duly\s+|then\s+)?)?"
    r"(?P<unan1>unanimously\s+)?"
    # "carried out/forward/on" is work, not a vote; "carried on a show of hands" is one.
    r"(?P<word>carried(?!\s+(?:out|forward|over|through)\b|\s+on\b(?!\s+(?:a\s+)?(?:show|vote|division|poll)))|passed|passes|approved|adopted|agreed"
    r"|accepted|confirmed|ratified|elected|appointed|(?:all|unanimously)\s+in\s+favou?r|(?-i:RESOLVED)"
    r"|lost|defeated|fell|rejected|denied|failed(?!\s+to\s+(?!carry|pass))|not\s+carried|(?:does|did)\s+not\s+(?:pass|carry)"
    r"|(?:was|were)\s+not\s+(?:passed|approved|adopted))\b"
    rf"(?P<unan2>\s+(?:unanimously|nem\.?\s*con\b\.?))?(?:\s+(?:by\s+a\s+vote\s+of\s+|with\s+a\s+vote\s+of\s+)?{_TALLY})?",
    re.IGNORECASE,
)
# A bare "carried" is an outcome when the sentence ends on it ("Carried.", "carried by
# the following vote"), not in "which carried 18 million passengers".
_CLOSED = re.compile(r"\s*(?:[.;,:)\]]|$|(?i:by|with|nem|unanimously)\b)")
_CLOSED_WEAK = re.compile(
    r"\s*(?:[.;,)\]]|$|(?i:unanimously|nem\.?\s*con|with\s+corrections|as\s+(?:presented|amended|circulated|read|written|corrected|distributed))\b"
    # US councils: "… which failed by the following vote: Ayes …", "approved by roll call vote".
    r"|(?i:by\s+(?:the\s+following\s+(?:\w+\s+){0,2}vote|(?:a\s+)?(?:roll[\s-]*call|voice|unanimous|hand|majority)\b|acclamation))"
    r"|(?=(?:\d{1,2}|[a-h])[.)]\s))"  # the next numbered point follows: "4. Changing amendment: Passed 5. …"
)
_LOST = re.compile(r"lost|defeated|fell|rejected|denied|failed|not\b", re.IGNORECASE)
_WEAK = {
    "resolved",  # "Proposed Cllr A, seconded Cllr B and RESOLVED that …": counts beside a motion
    "approved",
    "adopted",
    "agreed",
    "accepted",
    "confirmed",
    "ratified",
    "elected",
    "appointed",
    "passed",
    "passes",
}
_FOR = r"(?:in\s+favou?r|for|ayes?|yeas?|yes)"
_AGAINST = r"(?:opposed|against|nays?|noes|no)"
_COUNTS = [
    # "33 In Favor, 3 Opposed", "3 in favour, 1 against", "30 for, 0 against, 2 abstentions".
    re.compile(
        rf"\b(?P<ayes>\d{{1,3}})\s+(?:votes?\s+)?{_FOR}\b[\s,;]*(?:and\s+|with\s+)?(?P<noes>\d{{1,3}})\s+(?:votes?\s+)?{_AGAINST}\b",
        re.I,
    ),
    # "In favor: 32-2 = 30 Against: 1", "Ayes: 3, Noes: 1".
    re.compile(
        rf"\b{_FOR}\s*:\s*(?:\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s*=\s*)?(?P<ayes>\d{{1,3}})\b[\s,;.]*{_AGAINST}\s*:\s*(?P<noes>\d{{1,3}})\b",
        re.I,
    ),
    # "30 in favour and 2 abstentions", "Approved: 12 people".
    re.compile(
        r"(?<![-–/])(?<![-–/]\s)\b(?P<ayes>\d{1,3})\s+in\s+favou?r\b(?!\s*:)(?:\s+and\s+\d{1,3}\s+abstentions?)?", re.I
    ),
    # An election: "elected as Chair with 7 votes compared to 6 votes".
    re.compile(r"\b(?P<ayes>\d{1,3})\s+votes?\s+(?:to|against|compared\s+to|versus|vs\.?)\s+(?P<noes>\d{1,3})\b", re.I),
    # "Voting was 6 yes votes to 1 no vote".
    re.compile(
        r"\b(?P<ayes>\d{1,3})\s+(?:yes|aye|yea)s?\s+votes?\s*(?:to|and|,)\s*(?P<noes>\d{1,3})\s+(?:no|nay)s?\b", re.I
    ),
    re.compile(r"\b(?:approved|passed|carried)\s*:\s*(?P<ayes>\d{1,3})\b", re.I),
    # "by a vote of 5-0", "Vote: 2-5-1", "It passed in a vote of 5 to 2".
    re.compile(
        r"\b(?:(?:by|in)\s+a\s+vote\s+of|vote\s*(?:of|:)|voted)\s*(?P<ayes>\d{1,3})\s*(?:[-–]|to)\s*(?P<noes>\d{1,3})(?:\s*[-–]\s*\d{1,3})?\b",
        re.I,
    ),
]
# "Council voted unanimously to terminate …", "Council voted not to call a SGM".
_VOTED_TO = re.compile(
    r"\b(?:council|board|committee|members|meeting|commission|it\s+was)\s+voted\s+(?:unanimously\s+)?(?:not\s+)?(?:to|in\s+favou?r)\b"
    # "Majority vote to keep original meeting time", "Unanimous vote in favour of the plan".
    r"|\b(?:majority|unanimous)\s+vote\s+(?:to|in\s+favou?r)\b"
    r"|\b(?:all|everyone|everybody)\s+(?:present\s+)?voted\s+(?:in\s+favou?r|for|yes|aye)\b",
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bnem\.?\s*con\b", re.IGNORECASE)
# "M/S/C White/Brown to approve …": moved, seconded and carried (or passed) in one mark.
_MSC = re.compile(r"\bM\s*/\s*S\s*/\s*[CP]\b")
# A roll call read out as "Cauthorne - yes Hall - no Kennedy - yes …" or "Miley: Aye; …".
ROLL = re.compile(
    rf"(?<![\w'’])(?P<who>{NAME})\s*[:\-–]\s*(?P<side>aye|yes|yea|no|nay|abstain(?:ed)?|absent)\b"
    # an answer, not a phrase: "ADOPTION OF AGENDA – No additions to agenda" is no vote
    r"(?!\s+(?-i:[a-z]))"
    # "Roll call: Smith, aye; Jones, nay.": after a comma only a name of capitalised words and
    # an answer the list's punctuation closes ("Kennedy states, yes …" is speech)
    rf"|(?<![\w'’])(?P<who2>(?-i:{NAME})),\s*(?P<side2>aye|yea|nay|yes|no|abstain(?:ed)?)\b(?=\s*[;,.]|\s*$)",
    re.IGNORECASE,
)


def outcomes(flat: str) -> list[Outcome]:
    """Every outcome stated in a text, in order, overlapping readings merged into one."""
    found: list[Outcome] = []
    for m in _WORDS.finditer(flat):
        word = m.group("word").lower()
        lost = bool(_LOST.search(word))
        strong = bool(m.group("motion") or m.group("unan1") or m.group("unan2") or m.group("tally"))
        if (word in _WEAK or lost) and not _stated(m, flat):
            continue  # "Tilos accepted the friendly amendment", "Mayor White agreed with …"
        strong = strong or not (lost or word in _WEAK or word == "carried" and not _CLOSED.match(flat, m.end()))
        # A record line "Changing amendment: Passed", "Motion 3: LOST" speaks by itself.
        strong = strong or bool(
            re.search(r":\s*$", flat[max(0, m.start() - 3) : m.start()]) and _CLOSED_WEAK.match(flat, m.end())
        )
        tally = re.sub(r"\s*[-–/]\s*", "-", m.group("tally")) if m.group("tally") else None
        found.append(Outcome(m.start(), m.end(), "lost" if lost else "carried", tally, strong, kinds={"word"}))
    for pattern in _COUNTS:
        for m in pattern.finditer(flat):
            ayes = int(m.group("ayes"))
            noes = int(m.groupdict().get("noes") or 0)
            found.append(Outcome(m.start(), m.end(), None, f"{ayes}-{noes}", True, ayes, noes, {"count"}))
    for m in _MSC.finditer(flat):
        # placed at the mark's end so the mover read from the same words stands before it
        found.append(Outcome(m.end() - 1, m.end(), "carried", None, True, kinds={"word"}))
    for m in _VOTED_TO.finditer(flat):
        found.append(Outcome(m.start(), m.end(), "carried", None, True, kinds={"voted"}))
    for m in _UNANIMOUS.finditer(flat):
        found.append(Outcome(m.start(), m.end(), "carried", None, False))
    found.extend(_roll_blocks(flat))
    return _merged(found)


def _stated(m: re.Match[str], flat: str) -> bool:
    """ "approved" as an outcome: passive ("were approved"), closing its sentence ("Board
    approved."), in capitals ("APPROVED – 2018 budget"); not a choice ("accepted or rejected")."""
    word = m.group("word")
    if re.match(r"\s+or\b", flat[m.end() :]):
        return False
    return bool(
        m.group("aux")
        or m.group("motion")
        or m.group("unan1")
        or m.group("unan2")  # "The members agreed unanimously to buy a mower", "Agreed nem con"
        # "a motion was made by Sarah Curde, seconded, and approved that the minutes …"
        # "…, seconded by Alan Nelson and approved by the board"
        or re.search(
            r"\bseconded(?:\s+by\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3})?,?\s+and\s+$",
            flat[max(0, m.start() - 60) : m.start()],
            re.IGNORECASE,
        )
        or word.isupper()
        and not re.match(r"\s+(?:ON|BY|THIS|AT)\b", flat[m.end() :])
        or _CLOSED_WEAK.match(flat, m.end())
    )


def roll_answer(match: re.Match[str]) -> tuple[str, str]:
    """(who, side) of one ROLL answer, whichever of its forms matched."""
    return (match.group("who") or match.group("who2"), (match.group("side") or match.group("side2")).lower())


def _roll_blocks(flat: str) -> list[Outcome]:
    """Three or more "Name - yes" answers in a row: a roll call, counted."""
    blocks: list[Outcome] = []
    run: list[re.Match[str]] = []
    for m in [*ROLL.finditer(flat), None]:
        if m is not None and (not run or m.start() - run[-1].end() <= 3):
            run.append(m)
            continue
        if len(run) >= 3:
            sides = [roll_answer(r)[1] for r in run]
            ayes = sum(s in ("aye", "yes", "yea") for s in sides)
            noes = sum(s in ("no", "nay") for s in sides)
            blocks.append(Outcome(run[0].start(), run[-1].end(), None, f"{ayes}-{noes}", True, ayes, noes, {"roll"}))
        run = [m] if m is not None else []
    return blocks


def _merged(found: list[Outcome]) -> list[Outcome]:
    """Overlapping readings of one outcome ("carried 3-1" and "3 in favour") as one."""
    merged: list[Outcome] = []
    for o in sorted(found, key=lambda o: (o.start, -o.end)):
        last = merged[-1] if merged else None
        if last and o.start < last.end:
            joined(last, o)
        else:
            merged.append(o)
    return merged


def joined(into: Outcome, other: Outcome) -> None:
    """Two readings of one outcome: a stated result wins over a count ("lost" over "unanimously")."""
    into.end = max(into.end, other.end)
    into.kinds |= other.kinds
    into.strong = into.strong or other.strong
    if into.result is None or other.result == "lost":
        into.result = other.result or into.result
    into.tally = into.tally or other.tally
    if into.ayes is None and other.ayes is not None:
        into.ayes, into.noes = other.ayes, other.noes


def result_of(outcome: Outcome) -> str:
    """The stated result, else the count's: more for than against carries."""
    if outcome.result:
        return outcome.result
    return "carried" if (outcome.ayes or 0) > (outcome.noes or 0) else "lost"
