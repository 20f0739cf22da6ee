"""Document text and the original file; files are served only for indexed sources."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_file

from indexer.store import load_manifest, load_record

bp = Blueprint("documents", __name__, url_prefix="/documents")


def _source_of(doc: str) -> Path | None:
    """The path is looked up from the manifest, never taken from the URL."""
    for source, entry in load_manifest(Path(current_app.config["INDEX_DIR"])).items():
        if entry["doc"] == doc:
            return Path(source)
    return None


@bp.route("/<doc>")
def document(doc: str):  # noqa: ANN201
    source = _source_of(doc)
    loaded = load_record(Path(current_app.config["INDEX_DIR"]), doc) if source else None
    if loaded is None:
        abort(404)
    record, pages = loaded
    return render_template("document.html", doc=doc, record=record, pages=pages, source=source)


@bp.route("/<doc>/pdf")
def original(doc: str):  # noqa: ANN201
    source = _source_of(doc)
    if source is None or not source.is_file():
        abort(404)
    mimetype = "application/pdf" if source.suffix.lower() == ".pdf" else None
    return send_file(source, mimetype=mimetype, download_name=source.name, conditional=True)
