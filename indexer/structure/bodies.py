"""Which body met, and whose body it is, from the masthead's lines.

Mastheads name the two in a handful of shapes, whatever the body: "Pittsburgh Curling Club
Board Meeting Minutes" (organisation then body), "Trustees of The Friends of X Library" and
"Board of Directors of X Foundation, Inc." (body of organisation), "FORMAL MEETING OF CITY
COUNCIL" (the meeting of a body), a line for each ("Executive Committee" / "Kalamazoo
Section, ACS"), or a body that is its own organisation ("Hertingfordbury Parish Council").
The lines around them that are not names are skipped by their shape: venues and addresses,
dates, reference numbers, people's names, and the words "Minutes", "Agenda", "Meeting".
"""

from __future__ import annotations

import re

# The kinds of body that meet, longest first so "Board of Directors" wins over "Board".
_KINDS = (
    r"(?:annual|special|extraordinary|ordinary|general|emergency)\s+(?:general\s+)?meeting|annual\s+parochial\s+church\s+meeting|"
    r"annual\s+(?:parish|town|village)\s+meeting|agm|egm|sgm|apcm|(?:full\s+)?governing\s+(?:body|board)|"
    r"board\s+of\s+(?:directors|trustees|governors|management|supervisors|commissioners|selectmen|aldermen|"
    r"education|regents|health|elections|assessors|zoning\s+appeals|adjustment)|"
    r"(?:executive|management|steering|advisory|general|standing|finance|planning|strata|"
    r"parish|town|city|county|borough|district|community|village|neighbou?rhood|school)?\s*"
    r"(?:board|committee|sub-committee|subcommittee|council|commission|panel|cabinet|forum|trustees|governors|"
    r"directors|assembly|working\s+party|working\s+group|task\s*force|steering\s+group)"
)
_KIND_AT_END = re.compile(rf"^(?P<org>.+?)\s+(?P<body>{_KINDS})$", re.IGNORECASE)
# "Executive Committee Meeting Minutes Kalamazoo Section ACS": the body, then whose it is.
_KIND_FIRST = re.compile(
    rf"^(?P<body>{_KINDS})\s+(?:meeting\s+)?(?:minutes|notes)\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)(?P<org>(?-i:[A-Z]).+)$",
    re.IGNORECASE,
)
_GENERAL_MEETING_OF = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?P<body>(?:annual|special|extraordinary)\s+general\s+meeting|agm|egm|sgm)\s+of\s+"
    r"(?:the\s+)?(?P<org>.+)$",
    re.IGNORECASE,
)
_KIND_OF = re.compile(
    r"^(?P<body>(?:the\s+)?(?:board\s+of\s+(?:directors|trustees|governors|supervisors|commissioners|selectmen|"
    r"aldermen|education|regents)|trustees|governors|directors|"
    r"(?:executive|management|steering)\s+committee|committee|members))\s+of\s+(?P<org>.+)$",
    re.IGNORECASE,
)
_MEETING_OF = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:formal|regular|monthly|quarterly|ordinary|special|annual|extraordinary|"
    r"organi[sz]ation(?:al)?)\s+)*\w*(?:meeting|session)\s+of\s+(?:the\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# A body that is its own organisation: a place's council or community board.
_SELF_GOVERNING = re.compile(
    r"\b(?:parish|town|city|county|borough|district|community|village)\s+(?:council|board)\b", re.IGNORECASE
)
_NOISE_HEAD = re.compile(
    r"^(?:of\s+(?=\S)|(?:minutes|notes|agenda|notice)\s*(?:(?:of|for)\s+(?:the\s+|a\s+|an\s+)?)?[-–:]?\s*)",
    re.IGNORECASE,
)
_NOISE_TAIL = re.compile(
    # "Meeting" goes, except where it is the body: "Annual General Meeting".
    # "CITY COUNCIL REGULAR MEETING MINUTES": the kind of sitting goes with the word "meeting".
    r"(?:(?<!general)(?<!annual)(?<!church)(?<!annual parish)(?<!annual town)[\s,–-]+(?:meeting|minutes|notes|agenda|meeting\s+minutes|meeting\s+notes|meeting\s+agenda|held|"
    r"(?:regular|special|adjourned|monthly|called|ordinary)(?=\s+(?:called\s+)?(?:meeting|session))|session|"
    r"(?:19|20)\d\d|[–-]\s*[\w-]+\s+meeting))+$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"\b\d+\s+(?:[\w.]+\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|drive|way|place)\b|"
    r"^(?:held\s+)?(?:in|at|via)\s|\b(?:room|lounge|chambers?|suite)\b,|"
    r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?$",
    re.IGNORECASE,
)

# A date in figures, either order ("10/17/18"): not a reference number, and no part of a name.
_NUMERIC_DATE = re.compile(r"\b[0-3]?\d[/.][0-3]?\d[/.](?:19|20)?\d\d\b")
_CORE_KINDS = r"\b(?:board|committee|council|commission|panel|cabinet|forum|trustees|governors|assembly|meeting)\b"
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2}")


def split_names(text: str, org_words: re.Pattern[str]) -> tuple[str | None, str | None]:
    """(organisation, body) named by one masthead line; either may be None."""
    text = clean(text)
    if not text:
        return None, None
    if generic_kind(text):
        return None, text  # "Board of Directors", "Executive Committee"
    general = _GENERAL_MEETING_OF.match(text)
    if general:
        # "Special General Meeting of the Owners, Strata Plan NW2050": the meeting is the body;
        # whose it is only when the rest names an organisation.
        rest = general.group("org")
        return (rest if org_words.search(rest) else None), general.group("body")
    kind_first = _KIND_FIRST.match(text)
    if kind_first and generic_kind(kind_first.group("body")):
        return kind_first.group("org"), kind_first.group("body")  # "Executive Committee Meeting Minutes X"
    meeting_of = _MEETING_OF.match(text)
    if meeting_of:
        text = meeting_of.group("rest")
        if generic_kind(text):
            return None, text  # "Regular Meeting of the Board of Directors"
        org_of = re.match(r"^(?P<body>.+?)\s+of\s+(?P<org>(?:the\s+)?[A-Z].+)$", text)
        if org_of and re.search(rf"^(?:{_KINDS})$", org_of.group("body"), re.IGNORECASE):
            return org_of.group("org"), org_of.group("body")
    kind_of = _KIND_OF.match(text)
    if kind_of:
        return kind_of.group("org"), re.sub(r"^the\s+", "", kind_of.group("body"), flags=re.IGNORECASE)
    if _SELF_GOVERNING.search(text) and not org_words.search(_SELF_GOVERNING.sub("", text)):
        # "Kent County Council" is the organisation; its committee may be named below.
        return (text, None) if not re.fullmatch(_SELF_GOVERNING.pattern, text, re.IGNORECASE) else (None, text)
    at_end = _KIND_AT_END.match(text)
    if at_end and (org_words.search(at_end.group("org")) or _owned(at_end.group("org"), at_end.group("body"))):
        return at_end.group("org").strip(" ,–-"), at_end.group("body")
    if org_words.search(text):
        return text, None  # "Anytown Council", "Anytown Hospitals NHS Foundation Trust"
    if at_end and len(text.split()) <= 6:
        return None, text  # "Open Government Commission", "Licensing Board"
    return None, None


def _owned(org: str, body: str) -> bool:
    """ "Falls Creek Ranch Board", "Kalamazoo Section ACS Executive Committee": a governing
    board or general meeting after a name of three words or more belongs to that name;
    "Local Public Data Panel" and "Planning and Highways Committee" are bodies' own names."""
    governing = re.fullmatch(
        r"(?:executive\s+)?board(?:\s+of\s+\w+)?|executive\s+committee|(?:annual\s+)?general\s+meeting|annual\s+meeting|agm",
        body,
        re.IGNORECASE,
    )
    return bool(governing) and len(org.split()) >= 3 and not re.search(r",|\band\b|&", org)


def clean(text: str) -> str:
    """ "Minutes for Coders for Causes" → "Coders for Causes"; "Board Meeting, Jan 28th ,
    2015" → "Board"; "Local Public Data Panel – Twenty-second Meeting" → its panel."""
    from indexer.structure.dates import find_dates

    text = " ".join(text.replace("\t", " ").split())
    dates = find_dates(text)
    if dates:
        text = text[: dates[0][0]]
    text = _NUMERIC_DATE.split(text)[0]  # "Board of Directors Meeting – 10/17/18", month first
    text = re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*$", "", text, flags=re.IGNORECASE)
    # "THE PARISH COUNCILHELD IN THE UNITED CHURCH": the venue follows "held in".
    text = re.sub(
        r"\s*(?:\b(?:was|were|is)\s+)?held(?:\s+(?:in|at|on|via|over|by)\b.*)?$", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"\s*\((?:zoom|online|virtual)\)\s*$", "", text, flags=re.IGNORECASE)
    for _ in range(3):
        text = _NOISE_HEAD.sub("", text.strip(" ,:;–-"))
        text = _NOISE_TAIL.sub("", text.strip(" ,:;–-"))
    text = re.sub(r"^(?:19|20)\d\d\s+", "", text.strip(" ,:;–-"))
    kinds_only = r"(?:(?:regular|special|called|monthly|adjourned|ordinary)\s*)*(?:meeting|minutes|notes|agenda)?s?"
    return "" if re.fullmatch(kinds_only, text, re.IGNORECASE) else text


def is_name_line(text: str, first: bool) -> bool:
    """Whether a masthead line can name a body or organisation at all: not a venue or
    address, not a reference number, not a list of people."""
    if _ADDRESS.search(text) or re.search(r"\d+/\d+", _NUMERIC_DATE.sub("", text)):
        return False
    if re.fullmatch(r"[\d\s.,:/()#-]*", text) or re.match(r"\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b", text, re.IGNORECASE):
        return False
    if len(text.split()) > 8 and re.search(r"\b(?:will|was|were|has|have|had|is|are)\b", text):
        return False  # a sentence ("The Executive Council … will not meet"), not a name
    # "Wesley Keller": a person's name on its own line is not a body.
    return first or not _PERSON.fullmatch(text.strip()) or bool(re.search(_CORE_KINDS, text, re.IGNORECASE))


def self_governing(body: str | None) -> bool:
    return bool(body and _SELF_GOVERNING.search(body))


def generic_kind(body: str) -> bool:
    """ "Board", "Executive Committee": a kind of body that names no one."""
    return bool(re.fullmatch(rf"(?:the\s+)?(?:{_KINDS})", body.strip(), re.IGNORECASE))
