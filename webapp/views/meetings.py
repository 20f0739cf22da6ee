"""Meeting pages."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, render_template

from indexer.store import load_record

bp = Blueprint("meetings", __name__, url_prefix="/meetings")


@bp.route("/<doc>")
def meeting(doc: str):  # noqa: ANN201
    loaded = load_record(Path(current_app.config["INDEX_DIR"]), doc) if _safe(doc) else None
    if loaded is None:
        abort(404)
    record, _pages = loaded
    return render_template("meeting.html", doc=doc, record=record)


def _safe(doc: str) -> bool:
    return bool(doc) and "/" not in doc and ".." not in doc and "\\" not in doc
