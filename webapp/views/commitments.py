"""The commitments tracker."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from indexer.search import list_commitments
from webapp import get_index

bp = Blueprint("commitments", __name__)


@bp.route("/commitments")
def commitments():  # noqa: ANN201
    person = request.args.get("person") or None
    meeting = request.args.get("meeting") or None
    result = list_commitments(get_index(current_app), person=person, meeting=meeting)
    return render_template("commitments.html", result=result, person=person or "", meeting=meeting or "")
