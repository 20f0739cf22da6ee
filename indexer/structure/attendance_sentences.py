"""Attendance written as sentences: "The following members … were in attendance: …",
"Apologies were received from …"."""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import people_in_list
from indexer.structure.attendance_rosters import opened_by

_APOLOGY_SENTENCE = re.compile(
    # Parish clerks write "Apologies were received and accepted from Cllrs …"; some PDFs
    # lose the spaces ("ApologieswerereceivedfromStephi").
    r"apologies(?: for absence)?\s*(?:were|was|had been)?\s*(?:received|submitted|given|noted)?"
    r"(?:\s*and\s*(?:accepted|approved|noted))?\s*"
    r"(?:from|by|on behalf of)\s*(?P<names>.+)",
    re.IGNORECASE,
)
_PRESENT_SENTENCE = re.compile(
    # "… were present (10/11): A, B and C", "The following members … were in attendance: …"
    # "The meeting opened with the following in attendance: A, B, C".
    r"(?:(?:were|was)\s+(?:also\s+)?|\bthe\s+following\s+(?:[a-z]+\s+){0,3}?)(?:in\s+attendance|present)"
    r"\s*(?:\([^)]{0,20}\))?\s*:\s*(?P<names>.+)",
    re.IGNORECASE,
)
# The people first, then the verb: "Desmond Bowe and Tristan Sloughter were also present",
# "Cllr Mrs Tunbridge had sent an apology as she was on vacation".
# "Vijit, Cam, Brie, … and Nuo attended the meeting": only the meeting itself, not "attended
# several of the meets".
_SUBJECT_PRESENT = re.compile(
    r"^(?P<names>.+?)\s*(?:(?:were|was)\s*(?:also\s*)?(?:in\s*attendance|present)\b|"
    r"\s(?:also\s+)?attended(?:\s+(?:the|this)\s+(?:meeting|session|call)\b|\.?$))"
)
_SUBJECT_APOLOGY = re.compile(
    r"^(?P<names>.+?)\s+(?:had|has|have)?\s*(?:sent|given|tendered|offered|submitted|gave|sends)\s+"
    r"(?:an?\s+|their\s+|his\s+|her\s+)?apolog(?:y|ies)\b",
    re.IGNORECASE,
)
# A full stop ends the list unless it closes an initial ("Kathleen M. Joyce") or a title.
_LIST_END = re.compile(r"(?<![\s.][A-Z])(?<!\b(?:Mr|Dr|Ms|St|Jr|Sr))(?<!\b(?:Mrs|Rev))(?<!\bAsst)\.(?:\s|$)")


def upto_stop(text: str) -> str:
    end = _LIST_END.search(text)
    return text[: end.start()] if end else text


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", " ".join(text.split())) if s]


def _strict_people(names: str) -> list[Person]:
    """Every part of ``names`` must be a person, or the subject is not a list of people
    ("The minutes of the last meeting were present…" names nobody)."""
    names = re.sub(r"(?<=[a-z])and(?=[A-Z])", " and ", names)  # "TristanandSri": a PDF that lost its spaces
    names = re.sub(r",(?=\S)", ", ", names)
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", names) if p.strip()]
    people = people_in_list(names)
    return people if parts and len(people) >= len(parts) else []


# "Board members present were President, Jim McCarthy; Vice President, Mike McQuinn; …"
# "… Also present were , Mike Hicks, …": a list the clerk began twice keeps its stray comma.
# "Attendees included: President, Jim McCarthy; Vice-President Mike McQuinn (via phone), …"
_PRESENT_WERE = re.compile(
    r"\b(?i:present|in\s+attendance|attendees|those\s+attending)\s+(?:were|was|included)\s*[:,]?\s*(?P<names>[A-Z].+)"
)


def present_in(text: str) -> list[Person]:
    """ "The following members of City Council were in attendance: Mayor Knox White, John
    DeWorken …" — a US roll call written as a sentence; "Desmond Bowe and Tristan
    Sloughter were also present"."""
    flat = " ".join(text.split())
    match = _PRESENT_SENTENCE.search(flat)
    lists = [upto_stop(match.group("names"))] if match else []
    start = 0
    while not match and (were := _PRESENT_WERE.search(flat, start)):  # "Present were …. Also present were …"
        # "Also present was Kiko Fernandez-Reyes as a newly elected board member": the name ends at "as".
        lists.append(re.split(r"\s+(?:as|who|to|for)\s+(?=[a-z])", upto_stop(were.group("names")))[0])
        start = were.start("names") + len(lists[-1])
    people = [p for names in lists for p in people_in_list(names)]
    for sentence in _sentences(flat):
        subject = _SUBJECT_PRESENT.match(sentence)
        if subject and not _PRESENT_SENTENCE.search(sentence):
            people += _strict_people(subject.group("names"))
    return people or opening_roll(flat)


def opening_roll(text: str) -> list[Person]:
    """ "Mayor Park called the meeting to order at 7:00 p.m. with Councilmembers Reyes, Cole
    and Moss present": the roll call told inside the opening sentence, with the one who
    opened the meeting."""
    for sentence in _sentences(" ".join(text.split())):
        opened = _WITH_PRESENT.search(sentence) if _OPENING.search(sentence) else None
        if opened and (named := _strict_people(opened.group("names"))):
            return opened_by([sentence]) + named
    return []


# "Mayor Park called the meeting to order at 7:00 p.m. with Councilmembers Reyes, Cole and
# Moss present": the roll call told inside the opening sentence.
_OPENING = re.compile(r"called\s+(?:the\s+meeting\s+)?to\s+order|\bconvened\b|\bopened\b", re.IGNORECASE)
_WITH_PRESENT = re.compile(r"\bwith\s+(?P<names>[A-Z][^.;:]{2,200}?)\s+(?:present|in\s+attendance)\b")


def apologies_in(text: str) -> list[Person]:
    """ "apologies were received from David Barrow, Tracy Smith and Dr Nicola Bamford";
    "Cllr C. Bennett (CDC) had sent an apology for absence"."""
    flat = " ".join(text.split())
    match = _APOLOGY_SENTENCE.search(flat)
    if match:
        return people_in_list(upto_stop(match.group("names")))
    people: list[Person] = []
    for sentence in _sentences(flat):
        subject = _SUBJECT_APOLOGY.match(sentence)
        if subject:
            people += _strict_people(subject.group("names"))
    return people
