"""The commitments tracker: who committed to what, and when, filterable and downloadable."""

from __future__ import annotations

import math

from flask import Blueprint, current_app, render_template, request, url_for

from webapp import get_catalogue
from webapp.search_page import Pagination
from webapp.views.api import commitment_filters, find_commitments
from webapp.views.params import MAX_PAGE

bp = Blueprint("commitments", __name__)

# A thousand-row table is a megabyte of HTML; pages keep it readable, the CSV has every row.
ROWS_PER_PAGE = 100


@bp.route("/commitments")
def commitments() -> str:
    filters = commitment_filters()
    catalogue = get_catalogue(current_app)
    result = find_commitments(filters)
    pages = max(1, math.ceil(len(result.hits) / ROWS_PER_PAGE))
    try:
        page = max(1, min(pages, int(request.args.get("page", "1"))))
    except ValueError:
        page = 1
    page = min(page, MAX_PAGE)
    rows = result.hits[(page - 1) * ROWS_PER_PAGE : page * ROWS_PER_PAGE]
    pagination = None
    if pages > 1:
        pagination = Pagination(
            page=page,
            pages=pages,
            previous_url=_url(filters, page - 1) if page > 1 else None,
            next_url=_url(filters, page + 1) if page < pages else None,
        )
    return render_template(
        "commitments.html",
        result=result,
        rows=rows,
        first_row=(page - 1) * ROWS_PER_PAGE + 1,
        pagination=pagination,
        filters=filters,
        people=catalogue.people_names(),
        meetings=catalogue.meetings,
    )


def _url(filters: dict[str, str], page: int) -> str:
    return url_for("commitments.commitments", **filters, **({"page": page} if page > 1 else {}))
