"""Who came when no list is labelled "Present": the paper says "all members present"
and prints its members elsewhere, or it lists the councillors under the masthead with no
label at all.

Both are read only when the labelled reading found nobody present, so a paper that does
label its list is never second-guessed.
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import names_a_role, people_in_list, person_from_entry
from indexer.structure.attendance_labels import GROUP_LABEL, section_label

# "(all members present)", "All Commissioners present", "(allcommissioners present)" (a PDF
# that lost its spaces).
# "All of council is present", "All members of the Board were present": the same, said of the body.
_ALL_PRESENT = re.compile(
    r"\ball\s*(?:of\s+)?(?:the\s*)?(?:members|commissioners|directors|trustees|councillors|councilmembers|"
    r"board\s*members|governors|council(?:\s*members)?|members\s+of\s+(?:the\s+)?(?:council|board|committee|commission))"
    r"\s*(?:(?:is|are|were|was)\s*)?(?:present|in\s*attendance)\b",
    re.IGNORECASE,
)
# One member's vote a line under a roll-call vote: "Cauthorne - Yes", "Councilwoman Hall: Aye".
_VOTER = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+)\s*[-–:]\s*(?:yes|no|aye|nay|yea|abstain(?:ed)?)\.?$",
    re.IGNORECASE,
)
# The label over a body's standing list of its members, often in the letterhead.
_ROSTER_LABEL = re.compile(
    r"^(?:members|commissioners|directors|trustees|councillors|board\s*members|board of directors|"
    r"governors|board)\s*:?$",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.?(?:\s|$)")


# "(Chairwoman Joyce not present)": every member of the roster but the one named.
_ALL_BUT = re.compile(r"^\((?:[A-Z][a-z]+\s+)?(?P<who>[A-Z][\w'’-]+)\s+(?:not\s+present|absent)\)$")


def all_present(lines: list[str]) -> list[Person]:
    """ "(all members present)": then present is the body's members as the paper lists
    them elsewhere ("Commissioners: Kathleen M. Joyce, Chairman / Keeana S. Saxon / …"),
    or nobody when it does not; "(Chairwoman Joyce not present)": all of them but her."""
    if any(_ALL_PRESENT.search(line) for line in lines):
        return _roster(lines) or _voters(lines)  # a later "(Commissioner Saxon not present)" is one hearing's
    missing = {m.group("who") for line in lines if (m := _ALL_BUT.match(line.strip()))}
    return [p for p in _roster(lines) if p.name.split()[-1] not in missing] if missing else []


def _roster(lines: list[str]) -> list[Person]:
    """The members a roster label ("Commissioners:", often in the letterhead) lists."""
    for n, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if not cells or not _ROSTER_LABEL.match(cells[-1]):
            continue
        people: list[Person] = []
        for below in lines[n + 1 : n + 16]:
            cell = [c.strip() for c in below.split("\t") if c.strip()][-1:] or [""]
            text = cell[0]
            if not text or text.endswith(":") or GROUP_LABEL.match(text) or section_label(text):
                break  # "Executive Secretary:": the next label ends the roster
            found = people_in_list(text)
            if not found:
                continue  # "Licensing Board" beside it in the letterhead's other column
            people += found[:1] if "," in text and len(found) > 1 and found[1].role is None else found
        return [p for p in people if len(p.name.split()) >= 2]
    return []


def _voters(lines: list[str]) -> list[Person]:
    """The members a roll-call vote names one a line ("Cauthorne - Yes" / "Hall - Yes" / …),
    when the paper says all of them were present and prints no list of its members."""
    run: list[Person] = []
    for line in [*lines, ""]:
        match = _VOTER.match(line.strip())
        person = person_from_entry(match.group("who")) if match else None
        if person and not names_a_role(person.name):
            run.append(person)
        elif len(run) >= 3:
            return run
        else:
            run = []
    return []


def unlabelled_roll(lines: list[str], breaks: list[bool]) -> list[Person]:
    """A run of four or more lines under the masthead, each one person with a title or an
    initial ("Chairman M. Stuart", "Parish Councillor Mrs F. Chapman", "J. Harris"): the
    councillors present, printed with no "Present" label."""
    best: list[Person] = []
    run: list[Person] = []
    for line, brk in [*zip(lines, breaks), ("", True)]:
        person = _titled_entry(line)
        if person is None or (brk and run and not person):
            if len(run) > len(best):
                best = run
            run = []
            if person is None:
                continue
        run.append(person)
    return best if len(best) >= 4 else []


def _titled_entry(line: str) -> Person | None:
    text = line.strip()
    if not text or "\t" in text or section_label(text) or len(text.split()) > 7:
        return None
    person = person_from_entry(text)
    if person is None or not (person.title or _INITIAL.search(person.name)):
        return None
    return person


_OPENED_BY = [
    # "The Chairperson, Madelyn Wils, called the meeting to order."
    re.compile(r"(?P<who>[A-Z][^.:;\d]{2,60}?),?\s+called\s+the\s+meeting\s+to\s+order"),
    # "The meeting was called to order at 7:05 PM by the Council President, Tom Hargraves"
    re.compile(r"called\s+to\s+order\b[^.]{0,40}?\bby\s+(?P<who>[^.;]{3,60})", re.IGNORECASE),
]


def opened_by(lines: list[str]) -> list[Person]:
    """With no list at all, the one who called the meeting to order was there."""
    text = " ".join(" ".join(lines).split())
    for pattern in _OPENED_BY:
        match = pattern.search(text)
        if not match:
            continue
        for chunk in reversed(match.group("who").split(",")):
            person = person_from_entry(chunk.strip())
            if person and (len(person.name.split()) >= 2 or person.title) and not names_a_role(person.name):
                return [person]
    return []
