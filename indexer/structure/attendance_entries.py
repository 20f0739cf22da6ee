"""One attendance entry or run-on list → people: titles, roles, initials, organisations.

"Cllrs Hodivala (Chairman), Hewett and Wood", "Olive O'Sullivan – Town Clerk",
"J Robertson, Executive Director of Education; K Munro, Head of Inclusion".
"""

from __future__ import annotations

import re

from indexer.records import Person
from indexer.structure.names import (
    is_call_sign,
    is_plural_title,
    looks_like_name,
    split_title,
    strip_postnominals,
    titles,
    without_nickname,
)

_SPLIT = re.compile(r"(\s*(?:,|;|\band\b|&)\s*)")
# "Mark Dennis. Christobel Dennis": a full stop after a word (not an initial or "Mrs.") parts two people.
_STOP_SPLIT = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z][a-z])")
_OF_PLACE = re.compile(r"^(?P<name>.+?)\s+(?:of|from)\s+(?P<org>(?:the\s+)?[A-Z].*)$")
# Words a list prints where a name would go: "Visitors: None", "Staff: Vacant".
_NOT_PEOPLE = {"none", "nil", "n/a", "na", "vacant", "tbc", "tbd", "all", "everyone", "nobody", "various", "apologies"}
# A roll call line: "Cauthorne - here", "Kennedy: present", "Smith – absent".
_ROLL_STATUS = re.compile(
    r"^(?P<entry>[^:–—\-]{2,60}?)\s*[-–—:]\s*(?P<status>here|present|in attendance|absent|excused|"
    r"absent \(excused\)|remote|via zoom|arrived late|late)\.?$",
    re.IGNORECASE,
)


def roll_call_entry(text: str) -> tuple[str, Person] | None:
    """ "Cauthorne - here" → ("present", Cauthorne); US roll calls print one member a line."""
    match = _ROLL_STATUS.match(" ".join(text.split()))
    if not match:
        return None
    person = person_from_entry(match.group("entry"))
    if person is None:
        return None
    status = match.group("status").lower()
    kind = "apologies" if "excused" in status else "absent" if "absent" in status else "present"
    return kind, person


_ROLE_BRACKET = re.compile(r"\(([^)]*)\)")
_DASH_ROLE = re.compile(r"^(?P<name>[^–—\-]+?)\s+[–—\-]\s+(?P<role>.+)$")


def people_in_list(text: str, group: str | None = None) -> list[Person]:
    """Split a run-on list of names into people, carrying a plural title to each.

    Where a list is split by semicolons ("Deputy Clerk Kim Turnbull; Fire Chief Will
    Bateman"), "and" belongs to role names and splits only the last entry.
    """
    text = " ".join(text.split()).strip(" .")
    if " / " in text and all(_named_part(p) for p in text.split(" / ")):
        text = text.replace(" / ", ", ")  # "Alice Moore / Brian Hale / Carla Ruiz"
    # "Mike Weslosky (MW) Brian Eklov (BE)": a comma lost after the bracket still parts two people.
    text = re.sub(r"(?<=[A-Za-z]\))\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\s*\()", ", ", text)
    # "Cllrs R Lester (from item 67; Chairman), E Bradbury": a semicolon in brackets parts no one.
    if ";" in _ROLE_BRACKET.sub("()", text):
        text = _ROLE_BRACKET.sub(lambda m: m.group(0).replace(";", ","), text)
        chunks = [c.strip() for c in text.split(";") if c.strip()]
        last = chunks.pop() if chunks else ""
        people = [p for c in chunks for p in _semicolon_chunk(c, group)]
        # "… Brian Buffin (BB) and WMU student affiliates Jarrod Breeding (JB)": an "and"
        # after someone's initials also parts people.
        # "… and Secretary, Deirdre Heine": the office before its holder keeps its comma.
        if last and is_plural_title(last.split()[0]):
            return people + people_in_list(last, group)  # "…; Councillors B Jones, C Brown and D Green"
        tail = re.split(r"\s+and\s+(?=(?:[A-Z][\w&'’\-]*,?\s+){1,8}[A-Z])|(?<=\))\s+and\s+", last)
        people += [p for c in tail for p in [name_comma_role(c, group)] if p]
        return people
    people: list[Person] = []
    carried: str | None = None
    # Brackets may hold commas ("(Corporate Director Children, Young People)"): protect them.
    protected = _ROLE_BRACKET.sub(
        lambda m: "(" + m.group(1).replace(",", "\x00").replace(";", "\x00").replace(" and ", " \x01 ") + ")", text
    )
    protected = _STOP_SPLIT.sub(
        lambda m: "," if not _is_title(_word_before(protected, m.start())) else m.group(0), protected
    )
    parts = _SPLIT.split(protected)
    chunks = [c.replace("\x00", ",").replace("\x01", "and").strip(" .:") for c in parts[::2]]
    joins = [""] + [j.strip() for j in parts[1::2]]
    multi_word = sum(len(c.split()) >= 2 for c in chunks) >= len(chunks) / 2
    waiting: list[str] = []  # "Mr & Mrs Kierstenson": titles waiting for the surname after them
    for n, chunk in enumerate(chunks):
        if not chunk:
            continue
        if chunk.strip(".") in {"OBE", "MBE", "CBE", "JP", "MP", "DL"} and people:
            continue
        if _is_title(chunk) and n + 1 < len(chunks) and joins[n + 1] in {"&", "and"}:
            waiting.append(chunk.rstrip("."))
            continue
        if people and _is_bare_role(chunk):
            people[-1].role = people[-1].role or chunk  # "Alan Holzer, Chair (AHol)"
            alias = _ROLE_BRACKET.search(chunk)
            if alias and looks_like_initials(alias.group(1)):
                people[-1].role = chunk[: alias.start()].strip() or None
                people[-1].aliases.append(alias.group(1))
            continue
        person = person_from_entry(chunk, group)
        if person is None:
            if people and people[-1].role is None and names_a_role(chunk) and chunk[:1].isupper():
                people[-1].role = chunk  # "J Robertson, Executive Director of Education, …"
            continue
        for title in waiting:
            people.append(Person(name=person.name.split()[-1], title=split_title(title + " X")[0], group=group))
        waiting.clear()
        following = chunks[n + 1] if n + 1 < len(chunks) else ""
        if (
            multi_word
            and person.title is None
            and len(person.name.split()) == 1
            and n + 1 < len(chunks)
            and joins[n + 1] in {"&", "and"}
            and len(following.split()) >= 2
            and (nxt := person_from_entry(following)) is not None
            and nxt.title is None
            and len(nxt.name.split()) == 2
        ):
            person.name += " " + nxt.name.split()[-1]  # "Tony and Carol Lizotte": one surname for both
        if person.title and is_plural_title(chunk.split()[0]):
            carried = person.title
        elif person.title is None and carried:
            person.title = carried
        people.append(person)
    return people


def _semicolon_chunk(chunk: str, group: str | None) -> list[Person]:
    """One part of a semicolon list: "J Robertson, Executive Director" is one person and
    their office; "Parish Councillors Mrs F. Chapman, J. Caunce, Mrs E. Chubb" is a group
    of people parted by commas."""
    parts = [p for p in chunk.split(",") if p.strip()]
    if len(parts) >= 3 and sum(_named_part(p) for p in parts[1:]) >= len(parts) - 1:
        return people_in_list(chunk.replace(";", ","), group)
    if len(parts) == 2 and is_plural_title(chunk.split()[0]) and all(_named_part(p) for p in parts):
        return people_in_list(chunk, group)  # "…; Councillors B Jones, C Brown; …": the title for both
    # "Vice-President Mike McQuinn (via phone), Treasurer, Robin Lucie": a semicolon lost
    # before the next office and its holder.
    first = person_from_entry(parts[0], group) if len(parts) == 3 else None
    if first and len(first.name.split()) >= 2 and names_a_role(parts[1]) and _named_part(parts[2]):
        second = name_comma_role(f"{parts[1]},{parts[2]}", group)
        return [first, second] if second else [first]
    pair = re.split(r"\s+(?:and|&)\s+", chunk)
    if len(pair) == 2 and "," not in chunk:
        # "Youth Parish Council Members Joe Lodge and Sinead Peare": two people, where
        # "Director of Planning and Regeneration Kim Smith" is one (no one before "and").
        both = [person_from_entry(side, group) for side in pair]
        if all(p is not None and len(p.name.split()) >= 2 and not names_a_role(p.name) for p in both):
            return both
    person = name_comma_role(chunk, group)
    return [person] if person else []


def _named_part(part: str) -> bool:
    person = person_from_entry(part)
    return person is not None and not names_a_role(part) and (len(person.name.split()) >= 2 or bool(person.title))


def _is_title(text: str) -> bool:
    text = text.strip().rstrip(".").lower()
    return any(text == t.rstrip(".").lower() for t in titles()) or text in {"mr", "mrs", "ms", "miss", "dr", "cllr"}


def _word_before(text: str, end: int) -> str:
    return text[:end].split()[-1] if text[:end].split() else ""


def name_comma_role(entry: str, group: str | None) -> Person | None:
    """Where semicolons part the people ("J Robertson, Executive Director of Education;
    K Munro, Head of Inclusion", Scottish and Welsh officers), a comma parts a name from
    the job title after it."""
    entry = re.sub(r"^(?:and|&)\s+", "", entry.strip())
    head, sep, rest = entry.partition(",")
    if sep and names_a_role(rest) and "(" not in rest:
        person = person_from_entry(head, group)
        if person:
            person.role = person.role or rest.strip(" .") or None
            return person
    if sep and names_a_role(head) and not names_a_role(rest):
        person = person_from_entry(rest, group)  # "Vice President, Mike McQuinn": the office first
        if person and len(person.name.split()) >= 2:
            person.role = person.role or head.strip() or None
            return person
    return person_from_entry(entry, group)


def person_from_entry(entry: str, group: str | None = None, organisation: str | None = None) -> Person | None:
    """One attendance entry: "Mr R W Gough (Chairman)", "Olive O'Sullivan – Town Clerk"."""
    entry = without_nickname(" ".join(entry.split())).strip(" ,;.[]’'\"")
    entry = re.sub(
        r"^(?:[•●▪◦■*]|[-–](?=\s))\s*", "", entry
    )  # "• Paula Calgaro - marcom team", "- Alice Moore": a bulleted list
    entry = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", entry)  # "P.Auld, D.Auld": the space after an initial lost
    entry = re.sub(r"\s+[–—-]\s*\d{1,2}\.?$", "", entry)  # "Acting Chair Chen – 5." (a head count)
    role = None
    aliases: list[str] = []
    for bracket in reversed(list(_ROLE_BRACKET.finditer(entry))):
        inside = bracket.group(1).strip()
        parts = [p.strip() for p in inside.split(",")]
        initials = [p for p in parts if looks_like_initials(p)]
        if len(parts) > 1 and initials and len(initials) < len(parts) and role is None:
            # "Lindsay Vickery (LV, Chair)", "Alan Holzer (Chair, AHol)": initials and the office
            aliases += initials
            role = ", ".join(p for p in parts if p not in initials and p) or None
        elif looks_like_initials(inside):
            aliases.append(inside)
        elif inside and role is None:
            role = inside
        entry = (entry[: bracket.start()] + entry[bracket.end() :]).strip(" ,")
    dash = _DASH_ROLE.match(entry)
    if dash and names_a_role(dash.group("name")) and looks_like_name(dash.group("role").strip()):
        # "Treasurer - David Hardy", "At Large/Asst. Treasurer – MaryAnn Bryant": the office first
        if not names_a_role(dash.group("role")) and len(dash.group("role").split()) >= 2:
            entry, role = dash.group("role").strip(), dash.group("name").strip()
            dash = None
    if dash and looks_like_name(split_title(dash.group("name"))[1]):
        entry, role = dash.group("name"), dash.group("role").strip()
    place = _OF_PLACE.match(entry)
    if place and looks_like_name(split_title(place.group("name"))[1]) and not names_a_role(place.group("name")):
        # "Tracy Baker of Kenilworth": residents' and neighbourhood groups name the street.
        entry, organisation = place.group("name"), organisation or place.group("org")
    title, name = split_title(entry)
    name = strip_postnominals(name)
    words = name.split()
    if len(words) >= 2 and is_call_sign(words[-1]) and looks_like_name(" ".join(words[:-1])):
        if len(words) == 2 and not title:
            # "Jeff VA7BAJ": a first name alone names no one; the call sign does
            aliases.append(words[0])
            name = words[-1]
        else:
            aliases.append(words[-1])  # "Kevin Lewis VE7KJL": radio clubs print the call sign after the name
            name = " ".join(words[:-1])
    if name and ((role is None and not looks_like_name(name, titled=bool(title))) or _has_role_word(name)):
        # "Interim Deputy Clerk Kim Turnbull": the role comes first, the name last;
        # "Vice-President Mike McQuinn (via phone)" keeps its bracket too.
        role_part, name = _trailing_name(name)
        role = (f"{role_part} ({role})" if role else role_part) if role_part else role
    if not name or not looks_like_name(name, titled=bool(title)) or name.lower().strip(".") in _NOT_PEOPLE:
        return None
    if re.search(r"\w['’]s\b", name):
        return None  # "Becky’s Husband": someone named by whose they are is not named
    first, *rest = name.split()
    if first.lower() in {"all", "both", "every", "each"} or (
        first.lower() == "the" and rest and all(_ROLE_WORDS.fullmatch(w.rstrip("s")) for w in rest)
    ):
        return None  # "All Trustees", "The Chair": a part of the body, not someone named
    if len(name.split()) >= 2 and _ORG_TAIL.search(name.split()[-1]):
        return None  # "Ayton Primary School", "Parent Council": a body, not a person
    if not title and all(_ROLE_WORDS.fullmatch(w) for w in re.split(r"[\s/-]+", name) if w):
        return None  # "Editor", "Executive Director": an office left over from "Name, Editor & Webmaster"
    if " " in name and name.split()[0].lower() in {"chair", "chairman", "vice", "acting", "deputy"}:
        # "Commissioners … and Acting Chair Chen": the role sits between title and name.
        words = name.split()
        role_words = [w for w in words[:-1] if w.lower() in {"chair", "chairman", "vice", "acting", "deputy"}]
        if len(role_words) == len(words) - 1:
            role, name = " ".join(role_words), words[-1]
    for alias in [a for a in aliases if not is_call_sign(a) and not fits_initials(a, name) and not a.istitle()]:
        # "Baroness Stowell (DCLG)": capitals in brackets that are not the name's initials
        # name the body the person comes from.
        aliases.remove(alias)
        organisation = organisation or alias
    return Person(name=name, title=title, role=role, organisation=organisation, group=group, aliases=aliases)


def fits_initials(initials: str, name: str) -> bool:
    """Whether "AB", "MCa" or "AHop" can be the initials of ``name``: they open with its
    first initial and hold the first letter of its last word."""
    words = [w for w in re.split(r"[\s.\-]+", name) if w]
    letters = initials.replace(".", "").strip()
    if not words or not letters:
        return False
    if len(words) == 1:
        return letters[0].upper() == words[0][0].upper()
    return letters[0].upper() == words[0][0].upper() and words[-1][0].upper() in letters[1:].upper()


def looks_like_initials(text: str) -> bool:
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
    r"councillor|members?|representative|advisor|adviser|consultant|analyst|solicitor|convener|"
    r"accountant|surveyor|planner|executive|president|nurse|editor|liaison|moderator|co-moderator|webmaster|"
    r"registrar|trustee|steward|warden|inspector|sergeant|constable|auditor|archivist|organi[sz]er|captain|"
    r"curator|historian|chaplain|parliamentarian|delegate|treasure|boardmember|councilmember|chairman|chairperson|"
    r"chairwoman|convenor|vice-chair)",
    re.IGNORECASE,
)


def _is_role_word(part: str) -> bool:
    # An acronym ("WMU", "IT") is part of a role; an initial ("M.") is part of a name.
    return bool(_ROLE_WORDS.fullmatch(part)) or (len(part) >= 2 and part.isalpha() and part.isupper())


def name_then_office(line: str, group: str | None = None) -> Person | None:
    """ "Carla Ruiz Board Secretary": a row of a name | office table whose tab was lost, one
    person a line; a name of two words (three with a middle initial), then an office that
    ends in an office's word. Only for whole lines: in a comma list "List Serve Moderator"
    is the office of the person before it."""
    title, rest = split_title(" ".join(line.split()))
    name, office = _leading_name(rest)
    person = person_from_entry(f"{title} {name}" if title else name, group) if name else None
    if person is None or person.role:
        return None
    person.role = office
    return person


def _leading_name(text: str) -> tuple[str | None, str | None]:
    words = text.split()
    k = 3 if len(words) > 3 and re.fullmatch(r"[A-Z]\.?", words[1]) else 2
    head, tail = words[:k], words[k:]
    if not tail or len(tail) > 5 or not _ROLE_WORDS.fullmatch(tail[-1].strip(".,")):
        return None, None
    if any(_is_role_word(w) for w in head) or not looks_like_name(" ".join(head)):
        return None, None
    return " ".join(head), " ".join(tail)


def _has_role_word(name: str) -> bool:
    words = name.split()
    return len(words) > 2 and any(_is_role_word(p) for w in words for p in re.split(r"[-/]", w) if p)


def names_a_role(text: str) -> bool:
    """ "Executive Director of Education", "Solicitor": a job title, not a person."""
    if _AT_LARGE.search(text):  # "Member at Large", "At-Large": US boards' seats
        return True
    return any(_ROLE_WORDS.fullmatch(p) for w in text.split() for p in re.split(r"[-/]", w.strip(" .,;")) if p)


_AT_LARGE = re.compile(r"\bat[- ]large\b", re.IGNORECASE)


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
    r"\b(council|trust|authority|nhs|association|society|charity|university|college|school|police|department|"
    r"ministry|group|services?|board|ltd|limited|plc|administration|office|agency|commission|committee|"
    r"foundation|institute|company|corporation|inc|llc|llp|centre|center|management|room)\b",
    re.IGNORECASE,
)


def is_organisation(text: str) -> bool:
    return bool(_ORG_TAIL.search(text))


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
