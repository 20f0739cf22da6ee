"""JSON and CSV API: the same data the CLI prints, for scripts and spreadsheets."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, current_app, jsonify, request

from indexer.index.search import SearchResult, list_commitments
from webapp import get_index
from webapp.views.params import MAX_QUERY_CHARS, run_search

bp = Blueprint("api", __name__, url_prefix="/api")

CSV_COLUMNS = ("meeting_date", "body", "item", "item_title", "actor", "action", "due", "doc", "page")
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def commitment_filters() -> dict[str, str]:
    """The person, meeting and query filters of a commitments request, as given."""
    found = {}
    for name in ("person", "meeting", "q"):
        value = request.args.get(name, "").replace("\x00", "").strip()[:MAX_QUERY_CHARS]
        if value:
            found[name] = value
    return found


def find_commitments(filters: dict[str, str]) -> SearchResult:
    """The one function the tracker page, its JSON and its CSV share."""
    return list_commitments(
        get_index(current_app),
        person=filters.get("person"),
        meeting=filters.get("meeting"),
        query=filters.get("q", ""),
    )


@bp.route("/search")
def api_search() -> Response:
    return jsonify(run_search().to_json())


@bp.route("/commitments")
def api_commitments() -> Response:
    return jsonify(find_commitments(commitment_filters()).to_json())


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


@bp.route("/commitments.csv")
def api_commitments_csv() -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for hit in find_commitments(commitment_filters()).hits:
        writer.writerow([_cell(getattr(hit, column)) for column in CSV_COLUMNS])
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=commitments.csv"},
    )
