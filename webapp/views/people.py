"""Person pages: who someone is in the papers, where they were, what they said they would do."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template

from webapp import get_catalogue
from webapp.views.api import find_commitments

bp = Blueprint("people", __name__, url_prefix="/people")


@bp.route("/<slug>")
def person(slug: str) -> str:
    profile = get_catalogue(current_app).person(slug, current_app.config["PERSON_PAGES"])
    if profile is None:
        abort(404)
    commitments = find_commitments({"person": profile.name})
    present = [a for a in profile.attended if a.status == "present"]
    waiting = {s: [h for h in commitments.hits if h.status == s] for s in ("overdue", "open")}
    return render_template("person.html", profile=profile, commitments=commitments, present=present, waiting=waiting)
