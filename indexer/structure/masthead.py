"""The masthead: which organisation's body met, when, at what time and where.

Read from the lines above the first item, up to where attendance begins; a masthead names
the body in its own words, so the rules look for the shape of such lines (a body word, a
short line, "Minutes of the … held"), not for any council's name.
"""

from __future__ import annotations

import re

from indexer.records import MeetingRecord
from indexer.structure.attendance import is_group_heading, label_of
from indexer.structure.bodies import clean, generic_kind, is_name_line, split_names
from indexer.structure.dates import find_dates, find_time
from indexer.structure.layout import Row
from indexer.structure.letterspacing import unspace
from indexer.structure.meeting_date import meeting_date

BODY_WORDS = re.compile(
    r"\b(board|committee|cabinet|panel|commission|sub-committee|council|forum|group|"
    r"trustees|governors|assembly|authority|executive|partnership|subcommittee|working\s+party|task\s*force|"
    r"vestry|synod|senate|governing\s+body)\b",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"\b(council|trust|authority|nhs|borough|district|city of|county of|department|ministry|"
    r"library|foundation|charity|university|college|school|police|fire|board of|"
    # Australian shires, US towns and villages, clubs and societies name themselves so.
    r"shire|town of|village of|township|municipality|society|association|"
    r"club|inc|incorporated|ltd|limited|llc|company|institution|institute|federation|league|hoa|poa)\b",
    re.IGNORECASE,
)
_MINUTES_OF = re.compile(
    # Scottish councils write "Minute of Meeting of the Education Committee"; others "Notes of
    # the … Group meeting", "Record of the meeting of the … Committee".
    r"(?:minutes?|notes|record|summary|report)\s+of\s+(?:(?:the|a)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)\s+(?:held|meeting)\b",
    re.IGNORECASE,
)
_VENUE = re.compile(
    r"(?:\bheld\s+(?:in\s+person\s+)?(?:in|at|over|via)(?!\s+(?:public|private)\b)|"
    r"\bat\s+\d{1,2}(?:(?:[.:]\d\d)?\s*[ap]\.?m\.?|[.:]\d\d)\s+(?:in|at)|"
    r"\b(?:venue|location|place)\s*:)\s*(?P<venue>[^\n]+?)"
    r"(?:\s+on\s+(?:\w+day|\d)|\s+at\s+\d|,?\s+(?:and|commencing|starting|beginning)\b|\.(?:\s|$)|\.?$)",
    re.IGNORECASE | re.MULTILINE,
)
# "Meeting called to order at 4:36 PM", "The meeting convened at 7:01 pm": the time the
# meeting began, read from the opening lines when the header block gives none.
_BEGAN = re.compile(
    r"\b(?:call(?:ed)?\s+to\s+order|convened|began|commenced|commencing|opened|started|starting)\b", re.IGNORECASE
)


def read_header(record: MeetingRecord, preamble: list[Row], rows: list[Row] | None = None) -> None:
    """Fill the record's organisation, body, date, time and venue from the header block
    (``preamble``, the lines above the first item) and, for the date, the whole paper."""
    head = [r.text.replace("\t", " ").strip() for r in preamble[:14]]
    head = [h for h in head if h and not label_of(h)]
    joined = " ".join(head)
    record.meeting_date = meeting_date(rows if rows is not None else preamble, len(preamble))
    opening = _opening(preamble, rows)
    record.meeting_time = find_time(joined) or next(
        (t for text in opening if _BEGAN.search(text) and (t := find_time(text[_BEGAN.search(text).end() :]))), None
    )
    head_lines = _opening(preamble, None)
    # Under item 1 only "called to order at 4:36 PM in Pharmacia 126-1A" names the room:
    # a licensee's "Location:" there is not the meeting's.
    record.venue = _venue(head_lines) or _venue([t for t in opening if _BEGAN.search(t)])
    record.organisation, record.body = _names(_masthead(preamble[:14]), joined)
    if record.body is None:
        record.body = _body_of_attendance((rows or preamble)[:20])
    if record.body is None and record.organisation:
        record.body = _body_of_last_minutes((rows or preamble)[:60])


# "Minutes from the previous general meeting were read and approved": a club's masthead that
# names only the club says which of its meetings this is when it approves the last one's minutes.
_LAST_MINUTES = re.compile(
    r"\b(?:minutes|notes)\s+(?:of|from)\s+(?:from\s+)?(?:the\s+)?(?:previous|last)\s+"
    r"(?P<kind>(?:annual\s+)?general|committee|board|executive\s+committee|council)\s+meeting",
    re.IGNORECASE,
)


def _body_of_last_minutes(rows: list[Row]) -> str | None:
    for row in rows:
        match = _LAST_MINUTES.search(row.text)
        if match:
            kind = " ".join(match.group("kind").split()).title()
            return f"{kind} Meeting" if kind.endswith("General") else kind
    return None


_LETTERHEAD = re.compile(
    r"\S@\S|\b(?:abn|acn|ein|tel|fax|phone|e-?mail|www)\b|^\(?\+?\d[\d ()-]{6,}$|"
    r"^[\w .'’-]+,?\s+(?!(?:19|20)\d\d$)\d{4,5}$|:\s*[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s*\t|$)",
    re.IGNORECASE,
)

# "Board Members Present:" under a masthead that names only the association: the board met.
_MEMBERS_PRESENT = re.compile(
    r"^(?P<kind>board|committee|council|trustees|directors|commissioners)\s+(?:members?\s+)?"
    r"(?:present|in\s+attendance|attending|attendance)\b",
    re.IGNORECASE,
)


def _body_of_attendance(rows: list[Row]) -> str | None:
    """The body an attendance label names, when the masthead names none."""
    for row in rows:
        match = _MEMBERS_PRESENT.match(row.text.strip())
        if match:
            return match.group("kind").capitalize()
    return None


def _names(lines: list[str], joined: str) -> tuple[str | None, str | None]:
    """The organisation and the body that met, from the masthead's lines, then from the
    opening sentence ("A regular meeting of the X Foundation was held …", "X conducted a
    Committee Meeting on …"), then "Minutes of the … held"."""
    org = body = None
    named = -1
    lines, joined = [unspace(line) for line in lines], unspace(joined)  # "P L A N N I N G  C O M M I T T E E"
    # "City of Boston<tab>Commissioners:" is two columns; "X Foundation, Minutes of a Regular
    # Meeting of the Board of Directors" is two names.
    lines = [c.strip() for line in lines for c in re.split(r"\t+|,\s*(?=minutes\s+of\b)", line, flags=re.I)]
    lines = [c for line in lines for c in _dash_parts(line)]
    lines = [c for c in lines if c and not label_of(c)]
    # A club's letterhead prints its officers' addresses, e-mails and registration number
    # before the meeting's title ("ABN 91 …", "kb@…", "North Manly 2100"): six lines of
    # what could be names, not the first six lines.
    lines = [c for c in lines if not _LETTERHEAD.search(c)][:6]
    # "MINUTES OF THE MONTHLY MEETING OF" / "MANHATTAN COMMUNITY BOARD #1": one name.
    # "… OF HERTINGFORDBURY PARISH" / "COUNCIL": a kind on its own line ends the line above.
    for n in range(len(lines) - 1, 0, -1):
        # "FINANCE, AUDIT AND" / "RISK COMMITTEE"; "MINUTES" / "of the" / "HIGHWAYS COMMITTEE"
        ends_open = re.search(r"\b(?:of|for|and)(?:\s+the)?$|&$", lines[n - 1], re.IGNORECASE)
        ends_open = ends_open or re.match(r"(?:of|for)\b", lines[n])
        kind_alone = re.fullmatch(r"(?:council|board|committee|trust)", lines[n], re.IGNORECASE)
        if ends_open or (kind_alone and not re.search(r"[.,:;]$", lines[n - 1])):
            lines[n - 1 : n + 1] = [f"{lines[n - 1]} {lines[n]}"]
    for n, text in enumerate(lines):
        if len(text) > 90 or text[:1].islower() or not is_name_line(text, n == 0):
            continue  # "in the Council Chambers, …" goes on from the line above: no name
        if n and re.search(r"\b(?:in|at|on|held|the)$", lines[n - 1], re.IGNORECASE):
            continue  # "… held on Wednesday 9 January 2008 at" / "8.00pm in Cowper School": the venue
        found_org, found_body = split_names(text, ORG_WORDS)
        if found_body and body is None:
            body, named = found_body, n
        org = org or found_org
    if org is None and named >= 0:
        # "Executive Committee" / "Kalamazoo Section, ACS": the short line beside the body's.
        for n in (named + 1, named - 1):
            text = lines[n] if 0 <= n < len(lines) else ""
            if text and is_name_line(text, False) and len(text.split()) <= 6 and text[:1].isupper():
                if not find_dates(text) and split_names(text, ORG_WORDS) == (None, None) and clean(text) == text:
                    org = text
                    break
    if org is None and lines and re.match(r"minutes\s+(?:of|for)\s+\S", lines[0], re.I):
        org = _named_by_title(lines[0])  # "Minutes for Coders for Causes"
    prose = _PROSE.search("\n".join(lines))
    if prose:
        name = prose.group("name") or prose.group("name2")
        found_org, found_body = split_names(name, ORG_WORDS)
        general = prose.group("general") and f"{prose.group('general').strip()} Meeting".title()
        org, body = org or found_org or name, body or found_body or prose.group("kind") or general
    if org is None and lines and re.match(r"[A-Z]{2,6}\s+(?:meeting|minutes|agenda)\b", lines[0], re.I):
        org = _named_by_title(lines[0])  # "MGB Meeting Agenda", once the opening sentence named none
    minutes_of = _MINUTES_OF.search(joined)
    if body is None and minutes_of and BODY_WORDS.search(minutes_of.group("body")):
        body = clean(minutes_of.group("body")) or None
    if body is None and org and BODY_WORDS.search(org):
        body = org
    if org is None and body and BODY_WORDS.search(body) and not generic_kind(body):
        org = body  # "Hertingfordbury Parish Council", "Technology Modernization Board" answer to none
    if (
        body is None
        and org
        and re.fullmatch(r"[A-Z]{2,6}", org)
        and re.match(rf"{org}\s+(?:monthly\s+)?(?:meeting|minutes|agenda)\b", lines[0], re.I)
    ):
        body = org  # "MGB Agenda", "GSA Meeting Minutes": a group known by its letters met as itself
    return (title_case(org) if org else None), (title_case(body) if body else None)


def _dash_parts(line: str) -> list[str]:
    """ "FALLS CREEK RANCH ASSOCIATION – BOARD MEETING MINUTES": whose, then which body,
    parted by a dash; a dash inside a name ("Local Public Data Panel – Twenty-second
    Meeting") stays."""
    parts = re.split(r"\s+[–—-]\s+", line, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and generic_kind(clean(parts[1])) and not generic_kind(clean(parts[0])):
        return [parts[0].strip(), parts[1].strip()]
    return [line]


def _named_by_title(line: str) -> str | None:
    """The name a title line gives the minutes, when it names no kind of body."""
    name = clean(line)
    if name and name[:1].isupper() and split_names(name, ORG_WORDS) == (None, None) and len(name.split()) <= 6:
        return name
    return None


_PROSE = re.compile(
    # "The first Annual General meeting of Coder for Causes was held …": that meeting met.
    r"(?m)(?:\b(?P<general>(?i:annual|special|extraordinary)\s+(?i:general)\s+))?"
    r"\b(?:meeting|session)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w&'’,.() -]{2,80}?)\s+(?:was|is|were)\s+(?:held|convened)"
    r"|^(?P<name2>[A-Z][\w&'’() -]{2,80}?)\s+(?:conducted|held)\s+(?:a|an|its)\s+(?P<kind>[\w ]{3,30}?)\s+[Mm]eeting\b"
)


def _masthead(preamble: list[Row]) -> list[str]:
    """The lines naming who met, which end where attendance begins: a trust's "Present"
    table header ("Name | Role") is not the board's name."""
    out = []
    for row in preamble:
        text = row.text.strip()
        if label_of(text) or is_group_heading(text):
            break
        if text:
            out.append(text)
    return out


def _opening(preamble: list[Row], rows: list[Row] | None) -> list[str]:
    """The header block's lines, and a few under item 1 when a heading cut it short; a
    line ending "… in Ayton Community" is joined to its "Hall"."""
    source = preamble[:14]
    if rows is not None and len(preamble) < 6:
        source = rows[: len(preamble) + 4]
    lines: list[str] = []
    joinable = False
    for row in source:
        text = row.text.replace("\t", " ").strip()
        if not text or label_of(text) or is_group_heading(text):
            joinable = False  # "Present:" ends the sentence above
            continue
        last = lines[-1] if lines else ""
        wrapped = len(last) >= 60 and not re.search(r"[.:;]$", last)
        if joinable and (wrapped or re.search(r"\b(?:in|at|of|the)$", last, re.IGNORECASE)):
            lines[-1] = f"{last} {text}"
        else:
            lines.append(text)
        joinable = True
    return lines


def _venue(lines: list[str]) -> str | None:
    match = _VENUE.search("\n".join(lines))
    if not match:
        return None
    venue = match.group("venue").strip(" ,.")
    venue = re.sub(r"^the\s+", "", venue, flags=re.IGNORECASE)
    head, _, tail = venue.partition(" - ")
    if tail and set(tail.lower().split()) <= set(head.lower().split()):
        venue = head  # ModernGov "Zoom Virtual Meeting - Zoom": the tail only repeats the room
    return venue or None


def title_case(text: str) -> str:
    """ "KALAMAZOO SECTION, ACS" → "Kalamazoo Section, ACS": capitals read as title case,
    except an acronym standing alone or after a comma and codes with digits ("NW2050")."""
    text = " ".join(text.split()).strip(" :-–")
    if text.isupper() and (len(text) > 5 or (len(text) > 4 and generic_kind(text))):  # "BOARD", not "AGM"
        small = {"of", "and", "the", "for", "in", "on", "at", "to"}
        out = []
        for n, word in enumerate(text.split()):
            lower = word.lower()
            if re.search(r"\d", word) or (n and out[-1].endswith(",") and re.fullmatch(r"[A-Z]{2,3}", word)):
                out.append(word)
            else:
                out.append(lower if (lower in small and n) else lower.capitalize())
        return " ".join(out)
    return text
