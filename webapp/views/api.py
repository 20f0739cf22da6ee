"""JSON and CSV API: the same data the CLI prints, for scripts and spreadsheets."""

from __future__ import annotations

import csv
import io
from pathlib import PurePath
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from indexer.index.search import SearchResult, list_commitments
from webapp import get_catalogue, get_index
from webapp.display import citation
from webapp.views.params import MAX_QUERY_CHARS, costly_request, run_search

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_COLUMNS = (
    "meeting_date",
    "body",
    "meeting",
    "item",
    "item_title",
    "actor",
    "action",
    "due",
    "due_date",
    "status",
    "doc",
    "page",
    "link",
    "citation",
)
STATUSES = ("open", "overdue", "done")
COMMITMENT_SORTS = ("date", "due")
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def commitment_filters() -> dict[str, str]:
    """The person, meeting and query filters of a commitments request, as given."""
    found = {}
    for name in ("person", "meeting", "q", "status", "sort"):
        value = request.args.get(name, "").replace("\x00", "").strip()[:MAX_QUERY_CHARS]
        if value:
            found[name] = value
    if found.get("status") not in STATUSES:
        found.pop("status", None)
    if found.get("sort") not in COMMITMENT_SORTS or found.get("sort") == "date":
        found.pop("sort", None)  # newest meeting first is the default
    return found


def find_commitments(filters: dict[str, str]) -> SearchResult:
    """The one function the tracker page, its JSON and its CSV share: the commitments with
    their follow-up, narrowed to one status and sorted by due date when asked."""
    result = list_commitments(
        get_index(current_app),
        person=filters.get("person"),
        meeting=filters.get("meeting"),
        query=filters.get("q", ""),
    )
    get_catalogue(current_app).follow(result.hits)
    if filters.get("status"):
        result.hits = [h for h in result.hits if h.status == filters["status"]]
        result.total = len(result.hits)
    if filters.get("sort") == "due":
        # Soonest deadline first; commitments with no date after every dated one.
        result.hits.sort(key=lambda h: (h.due_date is None, h.due_date or ""))
    return result


def public(result: dict[str, Any]) -> dict[str, Any]:
    """A result as the world may see it: a paper is named by its file name and a link to it,
    never by where it lies on the server."""
    for hit in result.get("hits", []):
        hit["source"] = PurePath(hit.get("source") or "").name
        hit["link"] = pdf_link(hit)
        hit["citation"] = citation(hit)
    return result


def pdf_link(hit: dict[str, Any]) -> str:
    """The original paper, opened at the page the hit cites."""
    # A path, not a URL built from the request's Host header, which a client may forge.
    link = url_for("documents.original", doc=hit["doc"])
    return f"{link}#page={hit['page']}" if hit.get("page") else link


@bp.route("/search")
def api_search() -> Response:
    with costly_request():
        return jsonify(public(run_search().to_json()))


@bp.route("/commitments")
def api_commitments() -> Response:
    return jsonify(public(find_commitments(commitment_filters()).to_json()))


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


@bp.route("/commitments.csv")
def api_commitments_csv() -> Response:
    out = io.StringIO()
    # The byte-order mark tells spreadsheet programs the file is UTF-8, so curly apostrophes
    # and accented names open intact.
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for hit in public(find_commitments(commitment_filters()).to_json())["hits"]:
        writer.writerow([_cell(hit.get(column)) for column in CSV_COLUMNS])
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=commitments.csv"},
    )
