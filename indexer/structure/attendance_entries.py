"""One attendance entry or run-on list → people: titles, roles, initials, organisations.

"Cllrs Hodivala (Chairman), Hewett and Wood", "Olive O'Sullivan – Town Clerk",
"J Robertson, Executive Director of Education; K Munro, Head of Inclusion".
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.names import (
    is_plural_title,
    looks_like_name,
    split_title,
    strip_postnominals,
)

_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ROLE_BRACKET = re.compile(r"\(([^)]*)\)")
_DASH_ROLE = re.compile(r"^(?P<name>[^–—\-]+?)\s+[–—\-]\s+(?P<role>.+)$")


def people_in_list(text: str, group: str | None = None) -> list[Person]:
    """Split a run-on list of names into people, carrying a plural title to each.

    Where a list is split by semicolons ("Deputy Clerk Kim Turnbull; Fire Chief Will
    Bateman"), "and" belongs to role names and splits only the last entry.
    """
    text = " ".join(text.split()).strip(" .")
    if ";" in text:
        chunks = [c.strip() for c in text.split(";") if c.strip()]
        last = chunks.pop() if chunks else ""
        people = [p for c in chunks for p in [_name_comma_role(c, group)] if p]
        tail = re.split(r"\s+and\s+(?=(?:[A-Z][\w&'’\-]*\s+){1,8}[A-Z])", last)
        people += [p for c in tail for p in [_name_comma_role(c, group)] if p]
        return people
    people: list[Person] = []
    carried: str | None = None
    # Brackets may hold commas ("(Corporate Director Children, Young People)"): protect them.
    protected = _ROLE_BRACKET.sub(
        lambda m: "(" + m.group(1).replace(",", "\x00").replace(" and ", " \x01 ") + ")", text
    )
    for chunk in _SPLIT.split(protected):
        chunk = chunk.replace("\x00", ",").replace("\x01", "and").strip(" .:")
        if not chunk:
            continue
        if chunk.strip(".") in {"OBE", "MBE", "CBE", "JP", "MP", "DL"} and people:
            continue
        if people and _is_bare_role(chunk):
            people[-1].role = people[-1].role or chunk  # "Alan Holzer, Chair (AHol)"
            alias = _ROLE_BRACKET.search(chunk)
            if alias and _looks_like_initials(alias.group(1)):
                people[-1].role = chunk[: alias.start()].strip() or None
                people[-1].aliases.append(alias.group(1))
            continue
        person = person_from_entry(chunk, group)
        if person is None:
            if people and people[-1].role is None and _names_a_role(chunk) and chunk[:1].isupper():
                people[-1].role = chunk  # "J Robertson, Executive Director of Education, …"
            continue
        if person.title and is_plural_title(chunk.split()[0]):
            carried = person.title
        elif person.title is None and carried:
            person.title = carried
        people.append(person)
    return people


def _name_comma_role(entry: str, group: str | None) -> Person | None:
    """Where semicolons part the people ("J Robertson, Executive Director of Education;
    K Munro, Head of Inclusion", Scottish and Welsh officers), a comma parts a name from
    the job title after it."""
    entry = re.sub(r"^(?:and|&)\s+", "", entry.strip())
    head, sep, rest = entry.partition(",")
    if sep and _names_a_role(rest) and "(" not in rest:
        person = person_from_entry(head, group)
        if person:
            person.role = person.role or rest.strip(" .") or None
            return person
    return person_from_entry(entry, group)


def person_from_entry(entry: str, group: str | None = None, organisation: str | None = None) -> Person | None:
    """One attendance entry: "Mr R W Gough (Chairman)", "Olive O'Sullivan – Town Clerk"."""
    entry = " ".join(entry.split()).strip(" ,;.[]")
    entry = re.sub(r"\s+[–—-]\s*\d{1,2}\.?$", "", entry)  # "Acting Chair Chen – 5." (a head count)
    role = None
    aliases: list[str] = []
    for bracket in reversed(list(_ROLE_BRACKET.finditer(entry))):
        inside = bracket.group(1).strip()
        if _looks_like_initials(inside):
            aliases.append(inside)
        elif inside and role is None:
            role = inside
        entry = (entry[: bracket.start()] + entry[bracket.end() :]).strip(" ,")
    dash = _DASH_ROLE.match(entry)
    if dash and looks_like_name(split_title(dash.group("name"))[1]):
        entry, role = dash.group("name"), dash.group("role").strip()
    title, name = split_title(entry)
    name = strip_postnominals(name)
    if name and role is None and (not looks_like_name(name) or _has_role_word(name)):
        # "Interim Deputy Clerk Kim Turnbull": the role comes first, the name last.
        role_part, name = _trailing_name(name)
        role = role_part or role
    if not name or not looks_like_name(name):
        return None
    if " " in name and name.split()[0].lower() in {"chair", "chairman", "vice", "acting", "deputy"}:
        # "Commissioners … and Acting Chair Chen": the role sits between title and name.
        words = name.split()
        role_words = [w for w in words[:-1] if w.lower() in {"chair", "chairman", "vice", "acting", "deputy"}]
        if len(role_words) == len(words) - 1:
            role, name = " ".join(role_words), words[-1]
    return Person(name=name, title=title, role=role, organisation=organisation, group=group, aliases=aliases)


def _looks_like_initials(text: str) -> bool:
    """ "(AHol)", "(NS)", "(NLE)": how minutes name people in action columns."""
    return (
        bool(re.fullmatch(r"[A-Z][A-Za-z]{1,4}", text))
        and sum(c.isupper() for c in text) >= 2
        or bool(re.fullmatch(r"[A-Z]{2,4}", text))
    )


def _is_bare_role(chunk: str) -> bool:
    bare = _ROLE_BRACKET.sub("", chunk).strip()
    return bool(bare) and all(
        w.lower()
        in {"chair", "chairman", "chairperson", "vice", "acting", "deputy", "secretary", "treasurer", "clerk", "mayor"}
        for w in bare.split()
    )


_ROLE_WORDS = re.compile(
    r"(clerk|deputy|interim|chief|treasurer|administrator|officer|manager|director|assistant|"
    r"intern|planning|technology|secretary|head|lead|chair|mayor|attorney|engineer|coordinator|"
    r"councillor|member|representative|advisor|adviser|consultant|analyst|solicitor|convener|"
    r"accountant|surveyor|planner|executive|president|nurse)",
    re.IGNORECASE,
)


def _is_role_word(part: str) -> bool:
    return bool(_ROLE_WORDS.fullmatch(part)) or (len(part) >= 2 and part.isupper())


def _has_role_word(name: str) -> bool:
    words = name.split()
    return len(words) > 2 and any(_is_role_word(p) for w in words for p in re.split(r"[-/]", w) if p)


def _names_a_role(text: str) -> bool:
    """ "Executive Director of Education", "Solicitor": a job title, not a person."""
    return any(_ROLE_WORDS.fullmatch(p) for w in text.split() for p in re.split(r"[-/]", w.strip(" .,;")) if p)


def _trailing_name(text: str) -> tuple[str | None, str | None]:
    words = text.split()
    name: list[str] = []
    for word in reversed(words):
        if len(name) >= 3 or not word[:1].isupper() or any(_is_role_word(p) for p in re.split(r"[-/]", word) if p):
            break
        name.insert(0, word)
    if len(name) < 2 or len(name) == len(words):
        return None, None
    return " ".join(words[: len(words) - len(name)]) or None, " ".join(name)


_ORG_TAIL = re.compile(
    r"\b(council|trust|authority|nhs|association|society|charity|university|college|school|police|department|ministry|group|service|board|ltd|limited|plc)\b",
    re.IGNORECASE,
)


def split_role(text: str) -> tuple[str | None, str | None]:
    """ "Chair, Anytown Parish Council" → ("Chair", "Anytown Parish Council")."""
    head, sep, tail = text.partition(",")
    if sep and _ORG_TAIL.search(tail) and not _ORG_TAIL.search(head):
        return head.strip() or None, tail.strip() or None
    if (
        _ORG_TAIL.search(text)
        and not sep
        and len(text.split()) > 1
        and text.split()[0][:1].isupper()
        and not _ROLE_WORDS.match(text.split()[0])
        and not _ROLE_WORDS.fullmatch(text.split()[-1])  # "Trust Chair" is a role
    ):
        return None, text.strip()
    return text.strip() or None, None
