"""The search page: one box, results, facets."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from webapp.views.params import FILTERS, run_search

bp = Blueprint("search", __name__)


@bp.route("/")
def home():  # noqa: ANN201
    return render_template("search.html", result=None, args={})


@bp.route("/search")
def results():  # noqa: ANN201
    result = run_search()
    args = {k: request.args.get(k, "") for k in ("q", *FILTERS) if request.args.get(k)}
    return render_template("search.html", result=result, args=args)
