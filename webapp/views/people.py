"""Person pages: who someone is in the papers, where they were, what they said they would do."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template

from indexer.index.search import list_commitments
from webapp import get_catalogue, get_index

bp = Blueprint("people", __name__, url_prefix="/people")


@bp.route("/<slug>")
def person(slug: str) -> str:
    profile = get_catalogue(current_app).person(slug, current_app.config["PERSON_PAGES"])
    if profile is None:
        abort(404)
    commitments = list_commitments(get_index(current_app), person=profile.name)
    present = [a for a in profile.attended if a.status == "present"]
    return render_template("person.html", profile=profile, commitments=commitments, present=present)
