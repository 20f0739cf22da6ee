"""The search page: one box, results, facets, a timeline, and the home page around it."""

from __future__ import annotations

from flask import Blueprint, current_app, g, redirect, render_template, request
from werkzeug.wrappers import Response

from webapp import get_catalogue, get_index
from webapp.search_page import build_search_page, page_count, search_url
from webapp.views.params import PER_PAGE, costly_request, ignored_args, run_search, search_args, url_args

bp = Blueprint("search", __name__)

# The home page lists the latest papers so there is something to open before searching.
RECENT_MEETINGS = 12


@bp.route("/")
def home() -> str:
    catalogue = get_catalogue(current_app)
    return render_template(
        "home.html",
        args={},
        meetings=catalogue.meetings[:RECENT_MEETINGS],
        paper_count=len(catalogue.meetings),
        people_count=len(catalogue.people),
    )


@bp.route("/search")
def results() -> str | Response:
    # A results page asked again (a reload, the back button, a popular search) is the page
    # already rendered, while the index, the people table and the catalogue are unchanged.
    catalogue = get_catalogue(current_app)
    key = (request.script_root, request.query_string, get_index(current_app).stamp(), catalogue.stamp)
    pages = current_app.extensions["minuted_pages"]
    html = pages.get(key)
    if html is None:
        with costly_request():
            html = _results()
        if isinstance(html, str) and not g.get("partial_search"):
            pages.put(key, html)
    return html


def _results() -> str | Response:
    result = run_search()
    g.partial_search = result.partial
    args = url_args()
    limit = search_args()["limit"]
    if limit != PER_PAGE:
        args["limit"] = str(limit)
    last = page_count(result)
    if result.total and result.page > last:
        # Past the end (an old bookmark, a hand-edited URL): show the last page instead.
        return redirect(search_url(args, page=last))
    page = build_search_page(result, args, ignored_args())
    # Nothing found, or found only without some words: perhaps a name was misspelt.
    unsure = not result.total or result.missing
    nearest = get_catalogue(current_app).nearest(result.query) if unsure and result.query else []
    return render_template("search.html", page=page, result=result, args=args, nearest=nearest)
