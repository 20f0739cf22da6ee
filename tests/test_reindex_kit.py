"""Made-up papers for re-index tests (no tests here; the other test_reindex_* modules use it).

A made-up paper is a .txt file holding the JSON of the record it stands for, and
``read_made_up`` is the reader ``index_paths(read=…)`` uses for it: what the store does
with records is under test, not how PDFs are read, and the tests stay fast (no spaCy),
also in the subprocesses the kill tests start.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from indexer.annotate.people import alias_table
from indexer.read.extract import sha256_of
from indexer.records import AgendaItem, Commitment, DecisionRecord, MeetingRecord, Person, from_dict, to_dict

BODY = "Corporate Parenting Board"


def meeting(
    date: str,
    items: list[tuple[str, str, str]],
    people: list[Person] | None = None,
    commitments: list[Commitment] | None = None,
    body: str = BODY,
) -> dict:
    """A minutes record: ``items`` are (number, title, text)."""
    record = MeetingRecord(
        source="",
        sha256="",
        organisation="Lancashire County Council",
        body=body,
        meeting_date=date,
        items=[AgendaItem(number=n, title=t, text=x, pages=[1, 1]) for n, t, x in items],
        people=people or [],
        commitments=[replace(c, meeting_date=date) for c in commitments or []],
    )
    return to_dict(record)


def decision(date: str, title: str, text: str = "", body: str = BODY) -> dict:
    record = DecisionRecord(
        source="",
        sha256="",
        organisation="Lancashire County Council",
        body=body,
        title=title,
        decision_date=date,
        meeting_date=date,
        decided_at=f"{date} - {body}",
        text=text or f"The Board considered {title}.",
        page_range=[1, 1],
    )
    return to_dict(record)


def write_paper(folder: Path, name: str, record: dict, pages: list[dict] | None = None) -> Path:
    """Put a made-up paper in ``folder``; writing it again with other content changes it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = pages or [{"number": 1, "text": json.dumps(record)[:200], "ocr": False}]
    path.write_text(json.dumps({"record": record, "pages": text}), encoding="utf-8")
    return path


def read_made_up(path: str) -> tuple[str, object]:
    """``index_paths``' reader for made-up papers: the record the file holds."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if "fail" in data:
        return path, data["fail"]
    record = dict(data["record"], source=path, sha256=sha256_of(Path(path)))
    return path, (record, data["pages"])


def many_papers(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` small meetings on distinct days, each with a word only it has."""
    papers = []
    for n in range(start, start + count):
        day = f"2021-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}"
        items = [("1", f"Topic {n}", f"The Board discussed wordnumber{n} and Police call-outs.")]
        papers.append(write_paper(folder, f"meeting-{n:03d}.txt", meeting(day, items)))
    return papers


def index_is_consistent(index_dir: Path) -> None:
    """What a finished run leaves: index, manifest, records and people.json agree."""
    from whoosh import index as whoosh_index

    from indexer.index.manifest import Manifest
    from indexer.index.schema import index_documents
    from indexer.index.store import iter_records

    manifest = Manifest.load(index_dir)
    docs = {entry["doc"] for entry in manifest.papers.values()}
    records = dict(iter_records(index_dir))
    assert set(records) == docs
    assert {p.name.removesuffix(".json") for p in (index_dir / "records").glob("*.json")} == docs
    assert not list((index_dir / "records").glob("*.new")), "a new record was left unsettled"
    assert not (index_dir / "pending.json").exists()
    table = alias_table(records.values())
    assert json.loads((index_dir / "people.json").read_text()) == table
    assert manifest.alias_table() == table
    expected = Counter(f["id"] for doc, r in records.items() for f in index_documents(r, doc, table))
    with whoosh_index.open_dir(str(index_dir)).searcher() as searcher:
        found = Counter(fields["id"] for fields in searcher.all_stored_fields())
    assert found == expected


def stored_record(index_dir: Path, doc: str) -> dict:
    return json.loads((index_dir / "records" / f"{doc}.json").read_text())["record"]


def as_record(data: dict):  # noqa: ANN201 - MeetingRecord | DecisionRecord
    return from_dict(data)
