"""Dates and times in the forms board papers print them, read to ISO.

One place for every date format: ModernGov "Tuesday, 24th November, 2020", US "May 22,
2023", numeric "24/11/2020" (day first, as UK and Canadian papers write it, unless the
paper itself shows it writes month first) and ISO. Text pulled from some PDFs loses its
spaces ("October4,2023", "heldonThursdayMay08,2025") or gains stray ones ("January 8th ,
2018"), so the patterns allow both. Forms the patterns miss go to dateparser, which is
slow, so only the masthead's few candidate lines are sent to it (``loose_dates``).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_WORD = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
# A month starts a word, or follows a lower-case letter in glued text ("heldonThursdayMay08").
_MONTH = rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?P<month>{_MONTH_WORD})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:\s?(?:st|nd|rd|th))?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    # A meeting over several days, "4-8 November 1996", "5 and 12 October 1976": its first day.
    re.compile(
        rf"(?<!\d){_DAY}\s*(?:-|–|—|to|and|&)\s*(?P<day2>[0-3]?\d)(?:\s?(?:st|nd|rd|th))?\s*(?:of\s+)?{_MONTH},?\s*{_YEAR}(?!\d)",
        re.IGNORECASE,
    ),
    # "24th November 2020", "28th November2022", "10 May, 2016", "5th of June 2019"
    # "SOUTH CERNEYONWEDNESDAY14TH JULY2010": glued text, so no word boundary before the day.
    re.compile(rf"(?<!\d){_DAY}\s*(?:of\s+)?{_MONTH},?\s*{_YEAR}(?!\d)", re.IGNORECASE),
    # "May 22, 2023", "March, 7th , 2017", "October4,2023", "Jan 28th , 2015"
    re.compile(rf"{_MONTH},?\s*{_DAY}\s*,?\s*{_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"\b(?P<iso>{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d))\b"),
    # "2021-MAY-11"
    re.compile(rf"\b{_YEAR}-{_MONTH}-(?P<day>[0-3]?\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"),
]
_DAY_FIRST, _MONTH_FIRST = _PATTERNS[1], _PATTERNS[2]
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?:19|20)?\d\d\b")
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    # "AT 19.00": a dotted 24-hour time only after "at", where it cannot be a sum.
    r"|\bat\s+(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)\b(?!\s*[ap]\.?m)",
    re.IGNORECASE,
)


def find_dates(text: str, day_first: bool = True) -> list[tuple[int, str]]:
    """Every date in the text with its offset, in reading order.

    ``day_first`` reads "05/04/2023" as 5 April (UK) or, when False, as May 4 (US).
    """
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if match.groupdict().get("day2") and int(match.group("day2")) <= int(match.group("day")):
                continue  # "Item 5 - 2 May 2021" is no range of days
            iso = _to_iso(match, day_first)
            if iso and not any(abs(pos - match.start()) < 3 for pos, _ in found):
                found.append((match.start(), iso))
    return sorted(found)


def first_date(text: str, day_first: bool = True) -> str | None:
    dates = find_dates(text, day_first)
    return dates[0][1] if dates else None


def writes_day_first(text: str) -> bool:
    """Whether the paper writes numeric dates day first, from its own evidence.

    A part above 12 settles it ("14/05/2024" is day first, "05/14/2024" month first);
    failing that, a paper that spells dates "May 14, 2024" is American and writes
    "5/14/24"; otherwise day first, as UK, Australian and Indian papers do.
    """
    votes = Counter()
    for match in _NUMERIC.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        if a > 12 >= b:
            votes["day"] += 1
        elif b > 12 >= a:
            votes["month"] += 1
    if votes["day"] != votes["month"]:
        return votes["day"] > votes["month"]
    month_first = len(_MONTH_FIRST.findall(text))
    day_first = len(_DAY_FIRST.findall(text))
    return not month_first > day_first


def _to_iso(match: re.Match[str], day_first: bool = True) -> str | None:
    groups = match.groupdict()
    try:
        if groups.get("month"):
            month = MONTHS[_month_key(groups["month"])]
            return date(int(groups["year"]), month, int(groups["day"])).isoformat()
        year = int(groups["year"])
        if year < 100:
            year += 2000
        day, month = int(groups["d"]), int(groups["m"])
        if not day_first and not groups.get("iso"):
            day, month = month, day
        return date(year, month, day).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def _month_key(word: str) -> str:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return word
    return word[:3]


def find_time(text: str) -> str | None:
    """ "6.00 pm" → "18:00"; "7 p.m." → "19:00"; "10:30" → "10:30"."""
    match = _TIME.search(text)
    if not match:
        return None
    if match.group("h24") is not None:
        return f"{int(match.group('h24')):02d}:{match.group('m24')}"
    if match.group("hd") is not None:
        return f"{int(match.group('hd')):02d}:{match.group('md')}"
    hour = int(match.group("h")) % 12
    if match.group("ampm").lower() == "p":
        hour += 12
    return f"{hour:02d}:{match.group('m') or '00'}"


_DAY_MONTH = re.compile(rf"\b{_DAY}\s*(?:of\s+)?{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"{_MONTH}\s*{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE)
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def date_without_year(text: str, year: int) -> str | None:
    """ "scheduled for 24 May" in a 2013 paper → "2013-05-24"."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    try:
        return date(year, MONTHS[_month_key(match.group("month"))], int(match.group("day"))).isoformat()
    except (ValueError, KeyError):
        return None


def yearless_date(text: str, years: list[int]) -> str | None:
    """ "Tuesday 1 December at 7.00pm" with no year: the weekday picks the year among
    those the paper mentions (and the years either side); with no weekday, the year the
    paper mentions most (``years`` in that order)."""
    match = _DAY_MONTH.search(text) or _MONTH_DAY.search(text)
    if not match or not years:
        return None
    month, day = MONTHS[_month_key(match.group("month"))], int(match.group("day"))
    weekday = _WEEKDAY.search(text[: match.start()][-20:])
    candidates = [y for year in years for y in (year, year + 1, year - 1)] if weekday else years[:1]
    for year in candidates:
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if not weekday or _WEEKDAYS[found.weekday()] == weekday.group(1).lower()[:3]:
            return found.isoformat()
    return None


# International bodies minute in French, German, Spanish, Italian, Dutch ("octobre", "März").
_LANGUAGES = ["en", "fr", "de", "es", "it", "nl"]
_LOOSE_RANGE = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:er|e)?\s*(?:-|–|—|to|and|&|et|au|bis|und|y|al|e)\s*(?P<day2>[0-3]?\d)\b(?![/.:-]\d)"
)


def _first_day(match: re.Match[str]) -> str:
    """ "5 et 12" → "5"; "5 - 2" is no range of days and stays."""
    return match.group("day") if int(match.group("day")) < int(match.group("day2")) else match.group(0)


def loose_dates(text: str, day_first: bool = True) -> list[str]:
    """Dates in forms the patterns do not know, read by dateparser (slow: a few lines only).

    Only matches that carry a year, a day and a month word or two separators are kept:
    dateparser also reads "now", "second" and a lone "May" as dates.
    """
    if not re.search(rf"(?:{_MONTH_WORD})|\d[/.-]\d|\d\.?\s+[^\W\d]{{3,}}\s+(?:19|20)\d\d", text, re.IGNORECASE):
        return []
    from dateparser.search import search_dates

    # "5 et 12 octobre 1976": a meeting over several days is dated by its first day.
    text = _LOOSE_RANGE.sub(_first_day, text)
    settings = {"DATE_ORDER": "DMY" if day_first else "MDY", "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        found = search_dates(text, languages=_LANGUAGES, settings=settings) or []
    except (ValueError, OverflowError):
        return []
    out = []
    for piece, when in found:
        if re.search(r"(?:19|20)\d\d", piece) and 1900 < when.year < 2100:
            out.append(when.date().isoformat())
    return out
