"""One canonical person per human, and every way a paper refers to them.

Each paper's attendance list is its own gazetteer: "Mike Nunn" joins "Michael Nunn",
"County Councillor Brown" joins Ian Brown when he is the only Brown present, "NS" joins
the one attendee with those initials; "Stephen Clarke" and "Kirsty Clarke" stay apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from indexer.records import Person, Record
from indexer.structure.names import MODELS, given_name, initials, split_title, strip_postnominals, surname


@lru_cache(maxsize=1)
def nicknames() -> dict[str, set[str]]:
    data = json.loads((MODELS / "nicknames.json").read_text(encoding="utf-8"))
    return {k: set(v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    raw = (MODELS / "not_people.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in raw if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def given_words() -> frozenset[str]:
    """Given names that are also words ("Mark", "Grace"): models/given_words.txt."""
    raw = (MODELS / "given_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for line in raw if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Every given name the nicknames file knows, short and full ("bill", "william")."""
    return frozenset(nicknames()) | frozenset(n for full in nicknames().values() for n in full)


def same_given_name(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial matches its name
        return a[0] == b[0]
    return b in nicknames().get(a, set()) or a in nicknames().get(b, set())


@dataclass
class Gazetteer:
    """The people of one paper, and how to resolve a mention to one of them."""

    people: list[Person] = field(default_factory=list)
    listed: set[str] = field(default_factory=set)  # names as the attendance list prints them
    text: str = ""  # the paper's text, read for what it says of a name ("at Gill Lane")
    common: frozenset[str] = frozenset()  # words the paper writes in lower case

    def plausible(self, name: str) -> bool:
        """A name the base model proposed, checked as ``plausible_person`` does and against
        the paper's own words: "Strata Fees" is written "strata fees" elsewhere in it, and
        "Gill Lane" is a street when the paper has someone living "at Gill Lane"."""
        if not plausible_person(name):
            return False
        words = [_bare(w) for w in name.split()]
        if self.common and all(w.lower() in self.common for w in words) and not self._given_name(words[0]):
            return False
        return not (words[-1].lower() in PLACE_ENDS and re.search(rf"{_PLACE_CUE}\s+{re.escape(name)}\b", self.text))

    def _given_name(self, word: str) -> bool:
        low = word.lower()
        return (
            low in known_given_names() or low in given_words() or any(given_name(n).lower() == low for n in self.listed)
        )

    def add(self, person: Person) -> Person:
        found = self.resolve(person.name, person.title, create=False)
        if found:
            for attr in ("title", "role", "organisation", "group"):
                if getattr(found, attr) is None and getattr(person, attr):
                    setattr(found, attr, getattr(person, attr))
            return found
        person = Person(**{**person.__dict__, "aliases": list(person.aliases)})
        self.people.append(person)
        return person

    def resolve(self, mention: str, title: str | None = None, create: bool = False) -> Person | None:
        """The one person a mention can only mean, or None when it is not certain."""
        if title is None:
            title, mention = split_title(mention)
        mention = strip_postnominals(mention).strip(" ,.")
        if not mention:
            return None
        low = mention.lower()
        exact = [p for p in self.people if p.name.lower() == low or low in {a.lower() for a in p.aliases}]
        if len(exact) == 1:
            return exact[0]
        by_role = self._by_role(mention)
        if by_role:
            return by_role
        words = mention.split()
        if len(words) == 1 and len(mention) >= 2 and mention.isupper():
            by_initials = [p for p in self.people if initials(p.name) == mention]
            return by_initials[0] if len(by_initials) == 1 else None
        same_surname = [p for p in self.people if surname(p.name).lower() == words[-1].lower()]
        if len(words) == 1:
            pool = same_surname
            if title and len(pool) > 1:
                pool = [p for p in pool if p.title and _title_family(p.title) == _title_family(title)]
            if len(pool) == 1:
                return pool[0]
            return None if pool or title else self._by_given_name(mention)
        candidates = [
            p for p in same_surname if len(p.name.split()) >= 2 and same_given_name(given_name(p.name), words[0])
        ]
        if len(candidates) == 1:
            found = candidates[0]
            if mention != found.name and mention not in found.aliases:
                fuller = len(words[0]) > len(given_name(found.name)) and len(words[0]) > 1
                if fuller and found.name not in self.listed:
                    # "Mike Nunn" then "Michael Nunn": the full form becomes canonical.
                    found.aliases.append(found.name)
                    found.name = mention
                else:
                    found.aliases.append(mention)
            return found
        return None

    def _by_given_name(self, mention: str) -> Person | None:
        """ "Mia will create the art", "action Mick": clubs and residents' associations name
        members by first name once the attendance list has given the full one. Only a name
        that one person on the attendance list bears (or its short form: "Len" for Leonard)
        counts; a name the text merely mentions ("Greenville Connects") is no member, unless
        no attendance list was read and the names in the text are all the paper gives."""
        if not mention[:1].isupper() or mention.isupper() or len(mention) < 3:
            return None
        bearers = [
            p
            for p in self.people
            if len(p.name.split()) >= 2
            and len(given_name(p.name).rstrip(".")) > 1  # "N Hackett" is no "Nick"
            and same_given_name(given_name(p.name), mention)
        ]
        pool = [p for p in bearers if p.name in self.listed or not self.listed]
        if not pool and len(bearers) == 1 and self._guest_named_in_full(bearers[0]):
            # "Peter Sangas presented an overview … Peter will bring questions back": a guest
            # the list does not hold, named in full by the paper before the first name alone.
            pool = bearers
        if len({p.name for p in pool}) != 1:
            return None
        return pool[0]

    def _guest_named_in_full(self, person: Person) -> bool:
        """A person the paper prints in full whose first word is a given name ("Peter
        Sangas"), not a place or a scheme the model took for one ("Greenville Connects")."""
        return self._given_name(given_name(person.name)) and person.name in self.text

    def _by_role(self, mention: str) -> Person | None:
        """ "the Chair", "Town Clerk", "Panel Chair": the one person holding that role."""
        wanted = _role_key(re.sub(r"^the\s+", "", mention, flags=re.IGNORECASE))
        if not wanted:
            return None
        holders = [p for p in self.people if p.role and wanted in {_role_key(r) for r in re.split(r"[;,]", p.role)}]
        return holders[0] if len(holders) == 1 else None

    def canonical(self, mention: str) -> str | None:
        found = self.resolve(mention)
        return found.name if found else None


_ROLE_SYNONYMS = {"chairman": "chair", "chairperson": "chair", "chairwoman": "chair"}
_BODY_WORDS = {"panel", "board", "committee", "council", "commission", "the"}


def _role_key(role: str) -> str:
    words = [w for w in role.lower().replace("-", " ").split() if w not in _BODY_WORDS]
    return " ".join(_ROLE_SYNONYMS.get(w, w) for w in words)


def _title_family(title: str) -> str:
    low = title.lower()
    return "councillor" if "councillor" in low or "cllr" in low else low


def gazetteer_of(record: Record) -> Gazetteer:
    gaz = Gazetteer(text=paper_text(record))
    gaz.common = lowercase_words(gaz.text)
    attendance = getattr(record, "attendance", None)
    if attendance:
        for person in [*attendance.present, *attendance.apologies, *attendance.absent]:
            gaz.listed.add(gaz.add(person).name)
    return gaz


def alias_table(records: Iterable[Record]) -> dict[str, list[str]]:
    """Canonical name → every other name it was seen under, across the whole archive."""
    table: dict[str, set[str]] = {}
    for record in records:
        for person in record.people:
            table.setdefault(person.name, set()).update(person.aliases)
            if person.title:
                table[person.name].add(f"{person.title} {person.name}")
    return {name: sorted(a for a in aliases if a != name) for name, aliases in table.items()}


def paper_text(record: Record) -> str:
    """All a record says in words: its header block, its items, a decision's text."""
    parts = [getattr(record, "preamble", "") or "", getattr(record, "text", "") or ""]
    parts += [f"{i.title}\n{i.text}" for i in getattr(record, "items", [])]
    return "\n".join(parts)


_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")


def lowercase_words(text: str) -> frozenset[str]:
    """Words the paper itself writes in lower case: its common nouns, whatever the language.
    E-mail and web addresses spell people's names in lower case, so they are left out."""
    return frozenset(re.findall(r"(?<![\w’'])[a-z][a-z’']+\b", _ADDRESS.sub(" ", text)))


# Words that end the name of a street or a building ("Platts Lane", "Moffat House"); some
# are surnames too ("Diane Lane"), so they rule a name out only with another cue.
PLACE_ENDS = set(
    "lane close house court grove mews row walk yard wharf quay cottage cottages farm manor lodge gardens".split()
)
# ... and these are no one's surname: "Francis St." is a street whoever Francis was.
_STREET_ENDS = {"st", "rd", "ave", "road", "street", "avenue", "blvd", "boulevard", "crescent", "terrace", "square"}
# Words before a place, not a person: "at Gill Lane", "12 Gill Lane", "residents of Gill Lane".
_PLACE_CUE = r"(?:\b\d+[A-Za-z]?,?|\b(?:at|on|in|along|off|into|near|opposite|via|of|from|up|down))"
_POSSESSIVE = re.compile(r"['’]s$")


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).strip(".,'’-–:;()\"“”")


def person_part(text: str) -> str:
    """The person in a span that runs on past a possessive: "Walter Wallinger’s Charity"
    → "Walter Wallinger"; "Queen’s Diamond" → "Queen" (no full name, so no one)."""
    words = text.split()
    for n, word in enumerate(words):
        if _POSSESSIVE.search(word):
            return " ".join([*words[:n], _POSSESSIVE.sub("", word)])
    return text


def plausible_person(text: str) -> bool:
    """A name the base model proposed, checked against what board papers are full of."""
    raw = text.split()
    words = [_bare(w) for w in raw]
    if not words or len(words) > 4 or not all(words):
        return False
    if any(_POSSESSIVE.search(w) for w in raw[:-1]):
        return False  # "Treasurer’s Account", "Ken’s Pool"
    if any(w.lower() in not_people() for w in words):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if _names_a_place(words):
        return False
    return len(words) >= 2 and not re.search(r"\d", text)


def _names_a_place(words: list[str]) -> bool:
    """ "Dalton St.", "Platts Lane", "Kathy Kraninger White House": a street or a building.
    "David House" may be a man; his place-word surname needs the paper's word against it."""
    last = words[-1].lower()
    if last in _STREET_ENDS:
        return True
    return last in PLACE_ENDS and (len(words) >= 3 or words[0].lower() not in known_given_names())
