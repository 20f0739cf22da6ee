"""Person pages."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template

from indexer.search import list_commitments, search
from webapp import get_index

bp = Blueprint("people", __name__, url_prefix="/people")


@bp.route("/<slug>")
def person(slug: str):  # noqa: ANN201
    index = get_index(current_app)
    name = next((c for c in index.aliases() if _slug(c) == slug), None)
    if name is None:
        abort(404)
    items = search(index, person=name, type="item", limit=100)
    done = list_commitments(index, person=name)
    return render_template(
        "person.html", name=name, aliases=index.aliases().get(name, []), items=items, commitments=done
    )


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
