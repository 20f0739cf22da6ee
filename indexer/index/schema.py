"""The one Whoosh schema, and how a record becomes index documents.

One index document per agenda item (passage), per commitment and per decision. Stored
fields are only those a result shows; the full record lives beside the index as JSON.
Facet values are also kept as columns (``sortable`` and ``COLUMN`` fields): counting a
facet then reads one small value per matched document instead of unpickling its stored
fields, text and all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh.columns import VarBytesColumn
from whoosh.fields import BOOLEAN, COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from indexer.index.analysis import minutes_analyzer
from indexer.index.snippets import analysed, word_spans
from indexer.records import DecisionRecord, MeetingRecord, Record

# Passages rank above the commitment and decision records drawn from them, so a search
# lands on the agenda item first and shows its commitments beside it.
ITEM_BOOST = 2.0
# Bumped whenever the fields change; an index of another version is rebuilt whole.
SCHEMA_VERSION = 6
# What a plain query searches, and how much a word in each part counts: a word of the item's
# title three times one of its text, as the field boosts of separate fields did before.
SEARCHED_PARTS = (("title", 3.0), ("content", 1.0), ("resolutions", 2.0), ("commitments", 2.0), ("person", 1.5))
# Positions left between parts, so a phrase never runs from the title into the text.
_PART_GAP = 100


class WeightedText(TEXT):
    """One field holding every searched part of a record, each word weighted by its part.

    Searching five fields meant five posting lists a word (fifteen for a three-word query
    with its compound forms) unioned in Python for every search: most of a query's time
    on a large archive (bench/RESULTS.md). Here a word has one posting list, and its weight
    in a document is the sum of its parts' weights, which BM25 reads as its frequency.
    The value indexed is a list of ``(text, weight)`` pairs; a text may come already
    analysed (``snippets.analysed``), as the passage's own text does, analysed once for
    both this field and its stored word spans.
    """

    def index(self, value: Iterable[tuple[Any, float]], **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        positions: dict[str, list[int]] = defaultdict(list)
        weights: dict[str, float] = defaultdict(float)
        start = 0
        for text, weight in value:
            last = start
            if isinstance(text, str):
                tokens = ((t.text, t.pos) for t in self.analyzer(text, positions=True, mode="index", start_pos=start))
            else:
                tokens = ((word, start + pos) for word, pos, *_chars in text)
            for word, pos in tokens:
                positions[word].append(pos)
                weights[word] += weight
                last = max(last, pos)
            start = last + _PART_GAP
        for word, found in positions.items():
            yield word.encode("utf-8"), len(found), weights[word], self.format.encode(sorted(found))


class TextColumn(COLUMN):
    """A column of text, kept uncompressed: one document's value is read without the rest."""

    def __init__(self) -> None:
        super().__init__(VarBytesColumn())

    def to_bytes(self, v: str | bytes) -> bytes:
        return v.encode("utf-8") if isinstance(v, str) else v


# Joins the values of a many-valued facet column (people, organisations).
FACET_SEPARATOR = "\x1f"


def build_schema() -> Schema:
    """The one schema; text fields share one analyzer so queries and papers fold alike."""
    text = minutes_analyzer()
    weight = dict(SEARCHED_PARTS)  # a part searched on its own ("title:") keeps its weight
    return Schema(
        id=ID(stored=True, unique=True),
        doc=ID(stored=True),
        type=ID(stored=True, sortable=True),
        source=STORED(),
        words=WeightedText(analyzer=text, phrase=True),
        title=TEXT(analyzer=text, stored=True, field_boost=weight["title"]),
        # The passage's text, and where each of its words stands so a snippet is cut without
        # re-analysing it: uncompressed columns, read for the hits alone (indexer/index/passages.py).
        content=TextColumn(),
        word_spans=TextColumn(),
        resolutions=TEXT(analyzer=text, field_boost=weight["resolutions"]),
        commitments=TEXT(analyzer=text, field_boost=weight["commitments"]),
        person=TEXT(analyzer=text, field_boost=weight["person"]),
        people=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        people_key=KEYWORD(commas=True, lowercase=True),
        people_facet=COLUMN(VarBytesColumn()),
        organisation=KEYWORD(stored=True, commas=True, lowercase=False),
        org_key=KEYWORD(commas=True, lowercase=True),
        org_facet=COLUMN(VarBytesColumn()),
        body=STORED(),
        meeting=ID(stored=True, sortable=True),
        meeting_key=KEYWORD(commas=True, lowercase=True),
        meeting_date=DATETIME(stored=True, sortable=True),
        day=ID(sortable=True),  # "YYYY-MM-DD": date filters read it as a column
        year=ID(stored=True, sortable=True),
        month=ID(stored=True, sortable=True),
        item=ID(stored=True),
        item_title=STORED(),
        page=NUMERIC(stored=True),
        actor=STORED(),
        action=STORED(),
        due=STORED(),
        outcome=KEYWORD(stored=True, commas=True, lowercase=True),
        ocr=BOOLEAN(stored=True),
    )


def doc_id(path: Path) -> str:
    """The document id users see in URLs: the file's stem, made URL-safe."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-") or "document"


def meeting_label(record: Record) -> str:
    """ "Corporate Parenting Board 2020-11-24": how users name a meeting in a filter."""
    parts = [p for p in (record.body or record.organisation, record.meeting_date) if p]
    return " ".join(parts) or Path(record.source).stem


def index_documents(record: Record, doc: str, aliases: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    """Yield the index documents of one record; ``aliases`` maps canonical → other names."""
    for fields in _documents(record, doc, aliases):
        text = fields.get("content") or ""
        tokens = analysed(text) if text else None
        parts = {**fields, "content": tokens}
        fields["words"] = [(parts[name], weight) for name, weight in SEARCHED_PARTS if parts.get(name)]
        if tokens:
            fields["word_spans"] = word_spans(tokens)
        yield fields


def _documents(record: Record, doc: str, aliases: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    common = _common(record, doc)
    if isinstance(record, DecisionRecord):
        yield from _decision_documents(record, doc, common, aliases)
        return
    assert isinstance(record, MeetingRecord)
    for n, item in enumerate(record.items):
        item_commitments = [c for c in record.commitments if c.item == item.number]
        people = sorted(set(item.people) | {c.actor for c in item_commitments if _is_person(c.actor, record)})
        yield {
            **common,
            "id": f"{doc}#item-{n}",
            "_boost": ITEM_BOOST,
            "type": "item",
            "title": " ".join(p for p in (item.number, item.title) if p),
            "item_title": item.title,
            "content": item.text,
            "resolutions": "\n".join(r.text for r in item.resolutions),
            "commitments": "\n".join(f"{c.actor} {c.action}" for c in item_commitments),
            "item": item.number or "",
            "page": item.pages[0] if item.pages else 1,
            **_people_fields(people, aliases),
            **_org_fields(item.organisations or record.organisations[:0], record),
            "outcome": ",".join(sorted({v.result for v in record.votes if v.item == item.number and v.result})),
        }
    if not record.items and record.preamble:
        yield {
            **common,
            "id": f"{doc}#preamble",
            "type": "item",
            "title": record.body or doc,
            "content": record.preamble,
            "page": 1,
            **_people_fields([p.name for p in record.people], aliases),
            **_org_fields([], record),
        }
    yield from _commitment_documents(record, doc, common, aliases)


def _decision_documents(record: DecisionRecord, doc: str, common: dict, aliases: dict) -> Iterator[dict]:
    people = [p.name for p in record.people]
    numbered = [item for item in record.items if item.number]
    for n, item in enumerate(numbered):
        # An order's numbered paragraphs: each is found and cited by its own number.
        yield {
            **common,
            "id": f"{doc}#decision-{n}",
            "type": "decision",
            "title": " ".join(p for p in (item.number, item.title) if p),
            "item_title": item.title,
            "content": item.text,
            "resolutions": "\n".join(r.text for r in item.resolutions),
            "commitments": "\n".join(f"{c.actor} {c.action}" for c in record.commitments if c.item == item.number),
            "item": item.number,
            "page": item.pages[0] if item.pages else 1,
            "outcome": (record.decision_status or "").lower(),
            **_people_fields(sorted(set(item.people)), aliases),
            **_org_fields(item.organisations, record),
        }
    if numbered:
        yield from _commitment_documents(record, doc, common, aliases)
        return
    yield {
        **common,
        "id": f"{doc}#decision",
        "type": "decision",
        "title": record.title,
        "item_title": record.title,
        "content": record.text,
        "resolutions": "\n".join(r.text for r in record.resolutions),
        "commitments": "\n".join(f"{c.actor} {c.action}" for c in record.commitments),
        "item": (record.same_as or {}).get("item", ""),
        "page": record.page_range[0] if record.page_range else 1,
        "outcome": (record.decision_status or "").lower(),
        **_people_fields(people, aliases),
        **_org_fields(record.organisations, record),
    }
    yield from _commitment_documents(record, doc, common, aliases)


def _commitment_documents(record: Record, doc: str, common: dict, aliases: dict) -> Iterator[dict]:
    titles = {i.number: i.title for i in getattr(record, "items", [])}
    # A decision notice's commitments belong to the minutes item it records, once linked.
    linked_item = (getattr(record, "same_as", None) or {}).get("item")
    for n, c in enumerate(record.commitments):
        yield {
            **common,
            "id": f"{doc}#commitment-{n}",
            "type": "commitment",
            "title": f"{c.actor} — {c.action}",
            "item_title": titles.get(c.item, getattr(record, "title", "")),
            "content": c.source_sentence or c.action,
            "commitments": f"{c.actor} {c.action}",
            "item": c.item or linked_item or "",
            "page": c.page or 1,
            "actor": c.actor,
            "action": c.action,
            "due": c.due,
            **_people_fields([c.actor] if _is_person(c.actor, record) else [], aliases),
            **_org_fields([], record),
        }


def _common(record: Record, doc: str) -> dict[str, Any]:
    from datetime import datetime

    date = None
    if record.meeting_date:
        try:
            date = datetime.fromisoformat(record.meeting_date)
        except ValueError:
            date = None
    label = meeting_label(record)
    fields: dict[str, Any] = {
        "doc": doc,
        "source": record.source,
        "body": record.body or record.organisation or "",
        "meeting": label,
        "meeting_key": ",".join(sorted({k.lower().replace(",", " ") for k in (label, doc, record.body or "")} - {""})),
        "ocr": bool(record.ocr),
    }
    if date:
        fields.update(meeting_date=date, day=date.date().isoformat(), year=str(date.year), month=date.strftime("%Y-%m"))
    return fields


def _people_fields(people: list[str], aliases: dict[str, list[str]]) -> dict[str, str]:
    names = sorted(set(people))
    every = [n for name in names for n in [name, *aliases.get(name, [])]]
    return {
        "people": ",".join(n.replace(",", " ") for n in names),
        "people_key": ",".join(n.replace(",", " ").lower() for n in every),
        "people_facet": _facet_value(names),
        "person": "\n".join(every),
    }


def _org_fields(orgs: list[str], record: Record) -> dict[str, str]:
    names = sorted({o.replace(",", " ") for o in orgs} | ({record.organisation} if record.organisation else set()))
    return {
        "organisation": ",".join(names),
        "org_key": ",".join(n.lower() for n in names),
        "org_facet": _facet_value(names),
    }


def _facet_value(values: list[str]) -> bytes:
    return FACET_SEPARATOR.join(values).encode("utf-8")


def _is_person(actor: str, record: Record) -> bool:
    return any(p.name == actor for p in record.people)
