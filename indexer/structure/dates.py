"""Dates and times in the forms board papers print them, read to ISO.

One place for every date format: ModernGov "Tuesday, 24th November, 2020", US "May 22,
2023", numeric "24/11/2020" (day first, as UK and Canadian papers write it) and ISO.
"""

from __future__ import annotations

import re
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
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<iso>{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d))\b"),
    re.compile(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"),
]
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every date in the text with its offset, in reading order."""
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso and not any(abs(pos - match.start()) < 3 for pos, _ in found):
                found.append((match.start(), iso))
    return sorted(found)


def first_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    try:
        if groups.get("month"):
            month = MONTHS[_month_key(groups["month"])]
            return date(int(groups["year"]), month, int(groups["day"])).isoformat()
        year = int(groups["year"])
        if year < 100:
            year += 2000
        return date(year, int(groups["m"]), int(groups["d"])).isoformat()
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
    hour = int(match.group("h")) % 12
    if match.group("ampm").lower() == "p":
        hour += 12
    return f"{hour:02d}:{match.group('m') or '00'}"


_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)


def date_without_year(text: str, year: int) -> str | None:
    """ "scheduled for 24 May" in a 2013 paper → "2013-05-24"."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    try:
        return date(year, MONTHS[_month_key(match.group("month"))], int(match.group("day"))).isoformat()
    except (ValueError, KeyError):
        return None
