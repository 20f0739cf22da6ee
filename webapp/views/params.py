"""Reading search parameters from a request, shared by the HTML and JSON views.

URLs are typed, pasted and truncated by users, so every parameter is read forgivingly:
a page that is not a number is page 1, a date that is not YYYY-MM-DD is dropped (and
the HTML page says so), an unknown result type is ignored. No query string is an error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import current_app, g, request

from indexer.index.costly import costly_turn, looks_costly
from indexer.index.search import SearchResult, search
from webapp import get_index
from webapp.display import parse_iso_date

# The URL names of the filters, in the order the page shows them.
FILTERS = ("person", "meeting", "org", "type", "from", "to", "outcome")
TYPES = ("item", "commitment", "decision")
SORTS = ("relevance", "date")
MAX_QUERY_CHARS = 500
MAX_PAGE = 100_000
PER_PAGE = 10


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return max(low, min(high, number))


def _text(name: str) -> str | None:
    value = request.args.get(name, "").replace("\x00", "").strip()
    return value[:MAX_QUERY_CHARS] or None


def url_args() -> dict[str, str]:
    """The query and filters of this request that are worth keeping in links."""
    # Read once a request (a results page asks three times) and handed out as a copy.
    kept = g.get("minuted_url_args")
    if kept is None:
        kept = g.minuted_url_args = _url_args()
    return dict(kept)


def _url_args() -> dict[str, str]:
    args = {"q": _text("q") or ""}
    for name in FILTERS:
        value = _text(name)
        if name in ("from", "to"):
            value = value if parse_iso_date(value) else None
        elif name == "type":
            value = value if value in TYPES else None
        if value:
            args[name] = value
    if _text("sort") == "date":  # relevance is the default and stays out of links
        args["sort"] = "date"
    return {k: v for k, v in args.items() if v}


def ignored_args() -> list[str]:
    """Parameters the user gave that could not be used, to tell them on the page."""
    notes = []
    for name, label in (("from", "From"), ("to", "To")):
        value = _text(name)
        if value and not parse_iso_date(value):
            notes.append(f"{label} date “{value}” was ignored: use the form YYYY-MM-DD.")
    kind = _text("type")
    if kind and kind not in TYPES:
        notes.append(f"Result type “{kind}” was ignored: use item, commitment or decision.")
    sort = _text("sort")
    if sort and sort not in SORTS:
        notes.append(f"Sort “{sort}” was ignored: use relevance or date.")
    start, end = parse_iso_date(_text("from")), parse_iso_date(_text("to"))
    if start and end and start > end:
        notes.append("The from-date is after the to-date, so no meeting can fall between them.")
    return notes


def search_args() -> dict[str, Any]:
    """Keyword arguments for ``indexer.index.search.search`` from this request."""
    args = url_args()
    return {
        "query": args.get("q", ""),
        "person": args.get("person"),
        "meeting": args.get("meeting"),
        "org": args.get("org"),
        "type": args.get("type"),
        "date_from": args.get("from"),
        "date_to": args.get("to"),
        "outcome": args.get("outcome"),
        "sort": args.get("sort", "relevance"),
        "limit": _int(request.args.get("limit"), PER_PAGE, 1, 100),
        "page": _int(request.args.get("page"), 1, 1, MAX_PAGE),
    }


@contextmanager
def costly_request() -> Iterator[None]:
    """A request whose query expands words (wildcards, ranges) is served alone: its search
    and its page wait their turn together (indexer/index/costly.py), so a flood of them
    takes one thread's share of the machine, not every thread's."""
    if not looks_costly(_text("q") or ""):
        yield
        return
    deadline = time.monotonic() + current_app.config["SEARCH_BUDGET_S"]
    with costly_turn(get_index(current_app).index_dir, deadline):
        yield  # without its turn, the search inside answers partial at once


def run_search() -> SearchResult:
    """The one function /search and /api/search share."""
    return search(get_index(current_app), **search_args(), budget=current_app.config["SEARCH_BUDGET_S"], cached=True)
