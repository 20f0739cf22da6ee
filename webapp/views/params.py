"""Reading search parameters from a request, shared by the HTML and JSON views."""

from __future__ import annotations

from typing import Any

from flask import current_app, request

from indexer.search import SearchResult, search
from webapp import get_index

FILTERS = ("person", "meeting", "org", "type", "from", "to", "outcome")


def search_args() -> dict[str, Any]:
    args = request.args
    try:
        page = max(1, int(args.get("page", "1")))
    except ValueError:
        page = 1
    try:
        limit = max(1, min(100, int(args.get("limit", "10"))))
    except ValueError:
        limit = 10
    kind = args.get("type") or None
    return {
        "query": args.get("q", "")[:500],
        "person": args.get("person") or None,
        "meeting": args.get("meeting") or None,
        "org": args.get("org") or None,
        "type": kind if kind in ("item", "commitment", "decision") else None,
        "date_from": args.get("from") or None,
        "date_to": args.get("to") or None,
        "outcome": args.get("outcome") or None,
        "limit": limit,
        "page": page,
    }


def run_search() -> SearchResult:
    """The one function /search and /api/search share."""
    return search(get_index(current_app), **search_args())
