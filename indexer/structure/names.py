"""Personal names as board papers print them: titles, initials, surnames.

The titles list lives in models/titles.txt so a clerk can extend it without code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
POSTNOMINALS = {"OBE", "MBE", "CBE", "KBE", "DBE", "JP", "MP", "QC", "KC", "DL", "PhD", "FRS"}
_PLURALS = {
    "Councillors": "Councillor",
    "Cllrs": "Cllr",
    "Crs": "Cr",
    "Councilors": "Councilor",
    "Councilmembers": "Councilmember",
    "Council Members": "Council Member",
    "Commissioners": "Commissioner",
    "County Councillors": "County Councillor",
}


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles, longest first so "County Councillor" wins over "Councillor"."""
    raw = (MODELS / "titles.txt").read_text(encoding="utf-8").splitlines()
    found = {ln.strip() for ln in raw if ln.strip() and not ln.startswith("#")}
    # "Parish Councillors Mrs F. Chapman, J. Caunce": each place's councillors in the plural.
    found |= {f"{t}s" for t in found if re.search(r"\s(?:Councillor|Councilor)$", t)}
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(t) for t in titles())
    return re.compile(rf"^(?:(?:{alts})(?=[\s.]|$)\.?\s*)+", re.IGNORECASE)


def split_title(text: str) -> tuple[str | None, str]:
    """ "County Councillor Ian Brown" → ("County Councillor", "Ian Brown")."""
    text = " ".join(text.split()).strip(" ,;")
    match = _title_re().match(text)
    if not match or match.end() == 0:
        return None, text
    title = match.group(0).strip().rstrip(".")
    rest = text[match.end() :].strip()
    if not rest:
        return None, text
    return singular_title(title), rest


def singular_title(title: str) -> str:
    """ "Cllrs" before a list gives each member "Cllr"."""
    for plural, single in _PLURALS.items():
        if title.lower() == plural.lower():
            return single
    if re.search(r"\s(?:councillors|councilors)$", title, re.IGNORECASE):
        return title[:-1]  # "Parish Councillors" → "Parish Councillor"
    for known in titles():
        if title.lower() == known.lower():
            return known.rstrip(".")
    return title


def is_plural_title(title: str | None) -> bool:
    return bool(title) and (
        title.lower() in {p.lower() for p in _PLURALS} or bool(re.search(r"\s(?:councillors|councilors)$", title, re.I))
    )


def strip_postnominals(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w.strip(".") not in POSTNOMINALS]
    return " ".join(words)


# Unicode letters, so "Siobhán O’Neill" and "Zoë Ångström" read as names.
# "C.D. Ruiz": run-together initials are one word of a name.
_NAME_WORD = re.compile(r"^(?:[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*|[^\W\d_]\.?|(?:[^\W\d_]\.){2,3})$")
# "Alice van der Berg", "Luis dos Santos", "Omar bin Said": lower-case particles inside a name.
_PARTICLES = {
    "de",
    "van",
    "von",
    "la",
    "le",
    "da",
    "del",
    "der",
    "den",
    "du",
    "dos",
    "das",
    "di",
    "della",
    "ter",
    "ten",
    "bin",
    "ibn",
    "al",
}
# Radio clubs list members by call sign ("VE7KJL", "VA7CSH", "G4ABC", "2E0XYZ"); a
# letter O misread as zero ("VE7L0C") is still one.
CALL_SIGN = re.compile(r"^(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\d[A-Z0-9]{0,3}[A-Z]$")
# "Willard “Speed” Elsasser": a nickname in quotes is not part of the name.
_NICKNAME = re.compile(r"\s+[“\"‘'][^”\"’']{1,20}[”\"’']\s+")
_LONGEST_WORD = 22  # "ApologieswerereceivedfromStephi" is text run together, not a name


def is_call_sign(word: str) -> bool:
    return bool(CALL_SIGN.match(word)) and any(c.isdigit() for c in word)


def without_nickname(text: str) -> str:
    return _NICKNAME.sub(" ", f" {text} ").strip()


def looks_like_name(text: str, titled: bool = False) -> bool:
    """A short run of capitalised words: "Ian Brown", "N Hackett", "Natasha C", "Georgia".

    After a title ("Mr. B. Arul kumar", Indian papers) a later word may be lower case;
    a call sign alone ("VE7KJL") names a radio amateur.
    """
    words = text.split()
    if len(words) == 1 and is_call_sign(words[0]):
        return True
    if not 1 <= len(words) <= 5 or any(len(w) > _LONGEST_WORD for w in words):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if len(words) > 1 and all(w.isupper() and len(w) <= 4 and "." not in w for w in words) and len(words[0]) > 1:
        return False  # "GSA PMO": a body's acronyms (one alone, "GOL", may be someone's initials)
    if titled and len(words) > 1 and words[0][0].isupper():
        return all(w[0].isupper() or w.lower() not in _NOT_NAME_WORDS for w in words[1:])
    return all(w[0].isupper() or w in _PARTICLES for w in words) and words[0][0].isupper() and words[-1][0].isupper()


_NOT_NAME_WORDS = {"and", "or", "the", "of", "to", "for", "from", "with", "in", "on", "at", "by", "was", "were", "is"}


def initials(name: str) -> str:
    """ "Nikki Sturmey" → "NS"; "Jean-Paul Smith" → "JPS"."""
    parts = re.split(r"[\s\-]+", name)
    return "".join(p[0].upper() for p in parts if p and p[0].isalpha())


def surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def given_name(name: str) -> str:
    return name.split()[0] if name.split() else name
