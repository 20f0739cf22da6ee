"""JSON API: the same data the CLI prints."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, Response, current_app, jsonify, request

from indexer.search import list_commitments
from webapp import get_index
from webapp.views.params import run_search

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/search")
def api_search():  # noqa: ANN201
    return jsonify(run_search().to_json())


def _commitments():  # noqa: ANN202
    return list_commitments(
        get_index(current_app),
        person=request.args.get("person") or None,
        meeting=request.args.get("meeting") or None,
        query=request.args.get("q", "")[:500],
    )


@bp.route("/commitments")
def api_commitments():  # noqa: ANN201
    return jsonify(_commitments().to_json())


@bp.route("/commitments.csv")
def api_commitments_csv():  # noqa: ANN201
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["meeting_date", "body", "item", "actor", "action", "due", "doc", "page"])
    for hit in _commitments().hits:
        writer.writerow([hit.meeting_date, hit.body, hit.item, hit.actor, hit.action, hit.due or "", hit.doc, hit.page])
    return Response(
        out.getvalue(), mimetype="text/csv", headers={"Content-Disposition": "attachment; filename=commitments.csv"}
    )
