"""Attendance written as sentences: "The following members … were in attendance: …",
"Apologies were received from …"."""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.attendance_entries import people_in_list

_APOLOGY_SENTENCE = re.compile(
    # Parish clerks write "Apologies were received and accepted from Cllrs …".
    r"apologies(?: for absence)?\s+(?:were|was|had been)?\s*(?:received|submitted|given|noted)?"
    r"(?:\s+and\s+(?:accepted|approved|noted))?\s*"
    r"(?:from|by|on behalf of)\s+(?P<names>[^.]+)",
    re.IGNORECASE,
)


_PRESENT_SENTENCE = re.compile(
    r"(?:were|was)\s+(?:in\s+attendance|present)\s*:\s*(?P<names>[^.]+(?:\.\s*[A-Z][a-z]?\.[^.]*)*)",
    re.IGNORECASE,
)


def present_in(text: str) -> list[Person]:
    """ "The following members of City Council were in attendance: Mayor Knox White, John
    DeWorken …" — a US roll call written as a sentence."""
    match = _PRESENT_SENTENCE.search(" ".join(text.split()))
    return people_in_list(match.group("names")) if match else []


def apologies_in(text: str) -> list[Person]:
    """ "apologies were received from David Barrow, Tracy Smith and Dr Nicola Bamford"."""
    match = _APOLOGY_SENTENCE.search(text)
    if not match:
        return []
    return people_in_list(match.group("names"))
