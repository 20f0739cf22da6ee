"""How values read on the page: dates, month labels, person slugs, result types.

One place for each of these, so the search page, the person page and the commitments
table all say "24 November 2020" and link people the same way.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from flask import Flask

from webapp.markup import mark_entities, mark_quote, safe_highlight

# Spelt out rather than taken from the locale, so the server's locale never changes pages.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

TYPE_LABELS = {"item": "Agenda item", "commitment": "Commitment", "decision": "Decision"}
TYPE_PLURALS = {"item": "Agenda items", "commitment": "Commitments", "decision": "Decisions"}


def parse_iso_date(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date, or None for anything else (users type URLs)."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def long_date(value: str | None) -> str:
    """ "2020-11-24" → "24 November 2020"; anything unparseable is shown as it came."""
    day = parse_iso_date((value or "")[:10])
    if day is None:
        return value or ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def citation(hit: Any) -> str:
    """The line a journalist copies: "Corporate Parenting Board, 24 Nov 2020, item 5, p. 6"."""
    get = hit.get if isinstance(hit, dict) else lambda name: getattr(hit, name, None)
    day = parse_iso_date((get("meeting_date") or "")[:10])
    parts = [get("body") or get("doc") or ""]
    if day:
        parts.append(f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}")
    if get("item"):
        parts.append(f"item {get('item')}")
    if get("page"):
        parts.append(f"p. {get('page')}")
    return ", ".join(p for p in parts if p)


def month_label(value: str) -> str:
    """ "2020-11" → "November 2020"."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", value or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return value or ""
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}"


def person_slug(name: str) -> str:
    """The URL segment of a person page: "Michael Nunn" → "michael-nunn"."""
    return re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")


def type_label(kind: str | None, plural: bool = False) -> str:
    """ "commitment" → "Commitment" (or "Commitments"); unknown kinds shown as they came."""
    labels = TYPE_PLURALS if plural else TYPE_LABELS
    return labels.get(kind or "", kind or "")


def page_span(pages: list[int] | None) -> str:
    """[4, 6] → "pages 4–6"; [4, 4] → "page 4"."""
    numbers = [p for p in (pages or []) if p]
    if not numbers:
        return ""
    first, last = min(numbers), max(numbers)
    return f"page {first}" if first == last else f"pages {first}–{last}"


def register(app: Flask) -> None:
    """Expose the display functions to templates as Jinja filters."""
    app.jinja_env.filters.update(
        long_date=long_date,
        month_label=month_label,
        slug=person_slug,
        citation=citation,
        type_label=type_label,
        page_span=page_span,
        highlight=safe_highlight,
        mark_entities=mark_entities,
        mark_quote=mark_quote,
    )
