"""Meeting pages: who was there, what each item resolved, and who committed to what."""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, abort, current_app, render_template

from indexer.records import Commitment, DecisionRecord, MeetingRecord, Person, Vote
from webapp import get_index, index_dir
from webapp.sources import doc_of, load_paper

bp = Blueprint("meetings", __name__, url_prefix="/meetings")


@bp.route("/<doc>")
def meeting(doc: str) -> str:
    get_index(current_app)
    paper = load_paper(index_dir(current_app), doc)
    if paper is None:
        abort(404)
    record = paper.record
    people = {p.name for p in record.people}
    if isinstance(record, DecisionRecord):
        return render_template(
            "decision.html", paper=paper, record=record, people=people, minuted_at=_minuted_at(record)
        )
    assert isinstance(record, MeetingRecord)
    return render_template(
        "meeting.html",
        paper=paper,
        record=record,
        people=people,
        present=_by_group(record.attendance.present),
        commitments=_by_item(record.commitments),
        votes=_by_item(record.votes),
        unplaced=_unplaced(record),
        anchors=item_anchors(record),
    )


def item_anchors(record: MeetingRecord) -> list[str]:
    """One id per item, unique on the page: "item-5" where the number is the paper's own
    and not yet taken, so search links to "#item-5" land; unnumbered items are "part-N"."""
    taken: set[str] = set()
    anchors = []
    for n, item in enumerate(record.items, 1):
        anchor = f"item-{item.number}" if item.number else f"part-{n}"
        if anchor in taken:
            anchor = f"{anchor}-{n}"
        taken.add(anchor)
        anchors.append(anchor)
    return anchors


def _minuted_at(record: DecisionRecord) -> tuple[str, str | None] | None:
    """The minutes (document id, item) a decision notice records, when both are indexed."""
    link = record.same_as or {}
    doc = link.get("doc") or (doc_of(index_dir(current_app), link["source"]) if link.get("source") else None)
    return (doc, link.get("item")) if doc else None


def _by_group(people: list[Person]) -> dict[str, list[Person]]:
    """Attendees under the headings the minutes use (Members, Co-opted members, …)."""
    groups: dict[str, list[Person]] = {}
    for person in people:
        groups.setdefault(person.group or "Present", []).append(person)
    return groups


def _by_item(entries: list[Commitment] | list[Vote]) -> dict[str | None, list]:
    grouped: dict[str | None, list] = defaultdict(list)
    for entry in entries:
        grouped[entry.item].append(entry)
    return dict(grouped)


def _unplaced(record: MeetingRecord) -> list[Commitment]:
    """Commitments the indexer could not tie to an agenda item, shown after the items."""
    numbers = {item.number for item in record.items}
    return [c for c in record.commitments if c.item not in numbers]
