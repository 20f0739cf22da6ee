"""The commitments tracker: who committed to what, and when, filterable and downloadable."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from webapp import get_catalogue
from webapp.views.api import commitment_filters, find_commitments

bp = Blueprint("commitments", __name__)


@bp.route("/commitments")
def commitments() -> str:
    filters = commitment_filters()
    catalogue = get_catalogue(current_app)
    return render_template(
        "commitments.html",
        result=find_commitments(filters),
        filters=filters,
        people=catalogue.people_names(),
        meetings=catalogue.meetings,
    )
