"""Document text with people and organisations marked, and the original file.

Files are served only for papers in the index: the path comes from the manifest entry
for the document id, never from the URL.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request, send_file
from werkzeug.wrappers import Response

from indexer.records import MeetingRecord
from webapp import get_index, index_dir
from webapp.markup import find_quote
from webapp.sources import load_paper, source_of

bp = Blueprint("documents", __name__, url_prefix="/documents")

MIMETYPES = {
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".html": "text/plain",  # shown as text, so a paper's own markup never runs on our origin
    ".htm": "text/plain",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@bp.route("/<doc>")
def document(doc: str) -> str:
    get_index(current_app)
    paper = load_paper(index_dir(current_app), doc)
    if paper is None:
        abort(404)
    record = paper.record
    names: list[str] = []
    for person in record.people:
        names.extend([person.name, *person.aliases])
        if person.title:
            names.append(f"{person.title} {person.name}")
    if isinstance(record, MeetingRecord):
        for person in [*record.attendance.present, *record.attendance.apologies, *record.attendance.absent]:
            names.extend([person.name, *person.aliases])
    return render_template(
        "document.html",
        paper=paper,
        record=record,
        names=sorted(set(names)),
        organisations=sorted(set(record.organisations) | ({record.organisation} if record.organisation else set())),
        people=sorted({p.name for p in record.people}),
        quote=_quote(paper.pages),
    )


def _quote(pages: list[dict]) -> tuple[int, str] | None:
    """The sentence a citation link asks to show (``?quote=…&page=N``) and the page holding it:
    the page named first, then any other."""
    text = request.args.get("quote", "").replace("\x00", "")[:2000]
    if not text:
        return None
    wanted = request.args.get("page", "")
    ordered = sorted(pages, key=lambda p: str(p.get("number")) != wanted)
    for page in ordered:
        if find_quote(page.get("text") or "", text):
            return page["number"], text
    return None


@bp.route("/<doc>/pdf")
def original(doc: str) -> Response:
    source = source_of(index_dir(current_app), doc)
    if source is None or not source.is_file():
        abort(404)
    mimetype = MIMETYPES.get(source.suffix.lower(), "application/octet-stream")
    response = send_file(source, mimetype=mimetype, download_name=source.name, conditional=True)
    if mimetype != "application/pdf":
        # A paper someone else wrote is shown in a sandbox: nothing in it runs on our origin.
        # (Chromium's PDF viewer does not open a sandboxed PDF, so PDFs keep nosniff alone.)
        response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
