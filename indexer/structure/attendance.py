"""Who was there: present (with groups), apologies and absent, from the header block.

Councils print attendance as name / "· organisation" pairs under group headings
(ModernGov), as run-on paragraphs ("Cllrs Hodivala (Chairman), Hewett and Wood"), as
two-column tables (name | role) and as US roll calls ("Present: ... Absent: ...").
"""

from __future__ import annotations

import re

from indexer.records import Attendance, Person
from indexer.structure.names import (
    is_plural_title,
    looks_like_name,
    singular_title,
    split_title,
    strip_postnominals,
)

# Labels that open an attendance section, mapped to the list they fill and a group name.
_LABELS = [
    # "Sederunt": the Scottish roll of members present.
    (
        r"members present|present|attendees|attendance|in attendance|staff present|councillors present|sederunt",
        "present",
    ),
    (r"also present|also in attendance|in attendance virtually|officers present|officers|invited|guests", "present"),
    (r"apologies(?: for absence)?(?: received)?(?: from)?|apologies were received from", "apologies"),
    (r"absent|members absent|not present", "absent"),
]
_ALTERNATIVES = sorted((alt for pattern, _ in _LABELS for alt in pattern.split("|")), key=len, reverse=True)
LABEL_RE = re.compile(
    r"^(?:\d{1,3}\.?\s+|roll call\s*[-–:]?\s*|\[)?(?P<label>"
    + "|".join(_ALTERNATIVES)
    + r")\s*(?::|;|-|–|\s)\s*(?P<rest>.*?)\]?$",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"^(members|co-opted members|other attendees|officers|in attendance|councillors|"
    r"trustees|governors|staff|observers|guests|voting members|non-voting members|"
    r"also present|invited|attendees|members of the public|present)\s*:?$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ROLE_BRACKET = re.compile(r"\(([^)]*)\)")
_DASH_ROLE = re.compile(r"^(?P<name>[^–—\-]+?)\s+[–—\-]\s+(?P<role>.+)$")
_APOLOGY_SENTENCE = re.compile(
    # Parish clerks write "Apologies were received and accepted from Cllrs …".
    r"apologies(?: for absence)?\s+(?:were|was|had been)?\s*(?:received|submitted|given|noted)?"
    r"(?:\s+and\s+(?:accepted|approved|noted))?\s*"
    r"(?:from|by|on behalf of)\s+(?P<names>[^.]+)",
    re.IGNORECASE,
)


def label_of(text: str) -> tuple[str, str, str] | None:
    """ "Present: Cllr A" → ("present", "Present", "Cllr A"); None when not a label."""
    match = LABEL_RE.match(text.strip())
    if not match:
        return None
    label = match.group("label")
    rest = match.group("rest").strip()
    # "Present at the meeting were ..." is prose; a label is short or ends with ":".
    after = text.strip()[match.end("label") :].lstrip()
    if not after.startswith((":", ";", "-", "–")) and rest and rest[0].islower():
        return None
    if re.fullmatch(r"none\.?|nil\.?|n/a", rest, re.IGNORECASE):
        rest = ""
    for pattern, kind in _LABELS:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return kind, label, rest
    return None


def is_group_heading(text: str) -> bool:
    return bool(_GROUP_WORDS.match(text.strip()))


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


def read_attendance(lines: list[str], breaks: list[bool] | None = None) -> Attendance:
    """Read the header block's attendance sections (tabs mark columns).

    A run-on list ("Panel: Professor Sir Nigel Shadbolt (Chairman), Chris Taggart
    (Openlylocal.com), …") continues over lines until a paragraph break or the next
    label, so it is gathered first and split once.
    """
    att = Attendance()
    kind: str | None = None
    group: str | None = None
    buffer: list[str] = []

    carried: str | None = None  # "Councillors: R Davies, E Williams": each a Councillor

    def flush() -> None:
        if buffer and kind:
            before = len(getattr(att, kind))
            _add_entries(att, kind, " ".join(buffer), group)
            for person in getattr(att, kind)[before:]:
                person.title = person.title or carried
        buffer.clear()

    breaks = breaks or [False] * len(lines)
    seen = prose = False
    for raw, brk in zip(lines, breaks):
        text = raw.strip()
        if seen and kind is None and len(text.split()) > 10 and not label_of(text):
            prose = True  # after prose, "Councillor Dave Yemm: …" is a report, not a group
        if brk and buffer:
            flush()
            kind = None
        if not text:
            continue
        found = label_of(text) or (None if prose else _group_label(text, kind))
        if not found and _GROUP_LABEL.match(text):
            flush()  # "Public Gallery: …", "Venue: …": another label ends the list
            kind = None
            continue
        if found:
            flush()
            kind, label, rest = found
            carried = singular_title(label) if is_plural_title(label) else None
            seen = True
            group = _group_for(kind, label)
            if rest:
                buffer.append(rest)
            continue
        if kind is None:
            continue
        if is_group_heading(text):
            flush()
            group = text.rstrip(":").strip()
            continue
        target = getattr(att, kind)
        if text.startswith(("·", "•")) and len(buffer) == 1:
            flush()  # a text copy of ModernGov: the name alone on the line above its "· organisation"
            target = getattr(att, kind)
        if text.startswith(("·", "•")) and target and target[-1].organisation is None and not buffer:
            # ModernGov's HTML copy puts "· organisation" on the line below the name.
            target[-1].organisation = text.lstrip("·• ").strip()
            continue
        if "\t" in text and not buffer:
            _add_entries(att, kind, text, group)
            continue
        buffer.append(text)
    flush()
    return att


_GROUP_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*:\s*(?P<rest>\S.*)$")
_NOT_GROUPS = {
    "venue",
    "date",
    "time",
    "location",
    "place",
    "title",
    "subject",
    "note",
    "notes",
    "chair",
    "minutes",
    "public gallery",
}


def _group_label(text: str, kind: str | None) -> tuple[str, str, str] | None:
    """ "Panel: …", "Staff: …", "Secretariat: …": a group of those present, named by its label."""
    match = _GROUP_LABEL.match(text)
    if not match or match.group("label").lower() in _NOT_GROUPS:
        return None
    rest = match.group("rest")
    if not people_in_list(rest.split(";")[0].split("(")[0] + ","):
        return None
    return "present", match.group("label"), rest


def _group_for(kind: str, label: str) -> str | None:
    if kind != "present":
        return None
    low = label.lower()
    if not LABEL_RE.match(label + ":"):
        return label.strip()
    if "attendance" in low or "also" in low or "invited" in low or "officer" in low:
        return label.strip().title() if "officer" in low else "In attendance"
    return None


_COLUMN_HEADS = re.compile(
    r"(?:full )?name|role|title|job title|position|designation|organisation|organization|"
    r"representing|attendees?|members?|present|in attendance|apologies|initials",
    re.IGNORECASE,
)


def _add_entries(att: Attendance, kind: str, text: str, group: str | None) -> None:
    target = getattr(att, kind)
    columns = [c.strip() for c in re.split(r"\t+", text) if c.strip()]
    if len(columns) >= 2 and all(_COLUMN_HEADS.fullmatch(c.strip(" :")) for c in columns):
        return  # an NHS attendance table's header row ("Name | Role") names nobody
    if len(columns) >= 2 and columns[1].startswith(("·", "•", "-", "–")):
        # ModernGov: "County Councillor Ian Brown	· Lancashire County Council"
        person = person_from_entry(columns[0], group, columns[1].lstrip("·•-– ").strip())
        if person:
            target.append(person)
        return
    if len(columns) == 2 and not re.search(r",|\band\b", columns[0]):
        person = person_from_entry(columns[0], group)
        if person:
            role, organisation = split_role(columns[1])
            person.role = person.role or role
            person.organisation = person.organisation or organisation
            target.append(person)
            return
    target.extend(people_in_list(" ".join(columns), group))


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
