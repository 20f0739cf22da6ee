"""Who holds an office, read from anywhere in the paper.

Clubs and associations elect their officers during the meeting and print the result as a
list ("ACMA Executive for 2018/2019  Lindsay Vickery (President)  Cat Hope (Vice
President)  Robert Sazdov (Treasurer) …"), often after the action lines that name the
officer by office alone ("Treas TODO: Get online bank details"). The attendance list may
give other offices or none, so an office is looked up in the whole paper's text, not only
in what was read before the action.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.annotate.people import Gazetteer
from indexer.records import Person

# "Robert Sazdov (Treasurer)", "Cat Hope (Vice President)": a full name, the office in brackets.
_NAME_OFFICE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*\((?P<office>[A-Za-z][A-Za-z &/.-]{1,50})\)"
)
# "Treasurer: Robert Sazdov", "Secretary – SKoT McDonald": an office, then the name.
_OFFICE_NAME = re.compile(
    r"(?:^|\n|\s\s)(?P<office>[A-Z][A-Za-z .-]{2,30}?)[ \t]*[:–-][ \t]*"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*(?=\n|\s\s|$|[,;.])"
)
_SHORT = {
    "pres": "president",
    "vp": "vice president",
    "v.p.": "vice president",
    "sec": "secretary",
    "secy": "secretary",
    "treas": "treasurer",
    "chair": "chair",
}
_SAME = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair", "vice-president": "vice president"}


def short_office(word: str) -> str | None:
    """The office an action list's abbreviation stands for ("Treas" → "treasurer"), or None
    when the word is no abbreviation of an office."""
    return _SHORT.get(word.lower())


def office_key(office: str) -> str:
    """ "Treas", "Treasurer", "the Treasurer" → "treasurer"; "Vice-President" → "vice president"."""
    low = re.sub(r"^the\s+", "", " ".join(office.lower().split())).strip(" .:")
    low = _SHORT.get(low, low)
    return _SAME.get(low, low).replace("-", " ")


def office_holder(office: str, gaz: Gazetteer) -> Person | None:
    """The one person of the paper the paper names as holding ``office``, or None when it
    names nobody or more than one."""
    names = _holders(gaz.text).get(office_key(office), ())
    people = {p.name: p for p in (gaz.resolve(n) for n in names) if p is not None}
    return next(iter(people.values())) if len(people) == 1 else None


@lru_cache(maxsize=8)
def _holders(text: str) -> dict[str, tuple[str, ...]]:
    """Each office the text names a holder for, "Secretary & Publications Officer" giving
    both offices, with the names as printed."""
    found: dict[str, list[str]] = {}
    for pattern in (_NAME_OFFICE, _OFFICE_NAME):
        for match in pattern.finditer(text):
            for office in re.split(r"\s*(?:&|/|\band\b|,)\s*", match.group("office")):
                key = office_key(office)
                if key and len(key.split()) <= 3:
                    found.setdefault(key, []).append(match.group("name").strip())
    return {key: tuple(dict.fromkeys(names)) for key, names in found.items()}
