"""What the index vouches for: each source's sha256, its doc id, and the archive's people.

Whoosh commits first, then this file is replaced atomically, and only then are the new
record files moved into place; a run killed in between is finished by readers and by the
next run from its journal (see batch.py).

It also keeps, per paper, the few facts that link a decision notice to its minutes
(date, body, item titles) and, for the archive, how many papers use each name of each
person. With those counts, adding one paper updates ``people.json`` without reading every
other paper's record, and removing one takes back only the aliases no other paper uses.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.annotate.people import alias_table
from indexer.records import DecisionRecord, MeetingRecord, Record, from_dict

MANIFEST_FORMAT = 2
NEXT_MANIFEST = "manifest.next.json"  # a batch's manifest, written before Whoosh commits it
# A paper is the canonical name itself under the "" key, so a person named once without
# aliases still appears in people.json.
_NAMED = ""


log = logging.getLogger(__name__)


@dataclass
class Manifest:
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)  # source → entry
    people: dict[str, dict[str, int]] = field(default_factory=dict)  # name → {alias: papers}
    schema: int = 0  # 0: the walking system's flat format, rebuilt on the next run
    batch: str = ""  # the last batch this manifest commits (store.py's journal names it)

    @classmethod
    def load(cls, index_dir: Path, name: str = "manifest.json") -> Manifest:
        path = Path(index_dir) / name
        if not path.exists():
            return cls()
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        if data.get("format") != MANIFEST_FORMAT:
            return cls(papers=data)
        return cls(
            papers=data["papers"],
            people=data.get("people", {}),
            schema=data.get("schema", 0),
            batch=data.get("batch", ""),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "schema": self.schema,
            "batch": self.batch,
            "papers": self.papers,
            "people": self.people,
        }

    def save(self, index_dir: Path, name: str = "manifest.json") -> None:
        write_json(Path(index_dir) / name, self.as_dict(), durable=True)

    def docs(self) -> dict[str, str]:
        """doc id → source."""
        return {entry["doc"]: source for source, entry in self.papers.items()}

    def count_people(self, record: Record, sign: int) -> bool:
        """Add (+1) or take back (-1) one paper's names of people.

        True when ``alias_table`` changes: a name or an alias appears or goes. A month's
        minutes mostly name the people of the month before, and then people.json stays."""
        changed = False
        for name, aliases in alias_table([record]).items():
            counts = self.people.setdefault(name, {})
            for key in (_NAMED, *aliases):
                had = key in counts
                counts[key] = counts.get(key, 0) + sign
                if counts[key] <= 0:
                    del counts[key]
                changed = changed or had != (key in counts)
            if not counts:
                del self.people[name]
        return changed

    def aliases(self) -> PeopleAliases:
        """``alias_table`` read name by name, without building it: what indexing a paper needs."""
        return PeopleAliases(self.people)

    def alias_table(self) -> dict[str, list[str]]:
        """Canonical name → every other name it is known by: what people.json holds."""
        return dict(self.aliases().items())


class PeopleAliases(Mapping):
    """A name's other names as ``Manifest.alias_table`` gives them, looked up in the counts."""

    def __init__(self, people: dict[str, dict[str, int]]) -> None:
        self._people = people

    def __getitem__(self, name: str) -> list[str]:
        counts = self._people.get(name)
        if not counts or counts.get(_NAMED, 0) <= 0:
            raise KeyError(name)
        # Most names have no other (counts holds the name alone): nothing to sort.
        return sorted(a for a in counts if a != _NAMED) if len(counts) > 1 else []

    def __iter__(self) -> Iterator[str]:
        return (name for name in sorted(self._people) if self._people[name].get(_NAMED, 0) > 0)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def paper_entry(record: Record, doc: str, stat: os.stat_result | None, indexed_at: float) -> dict[str, Any]:
    """The manifest entry of one paper: identity, change detection, and linking facts."""
    entry: dict[str, Any] = {"sha256": record.sha256, "doc": doc, "indexed_at": indexed_at}
    if stat is not None:
        entry.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
    entry.update(doc_type=record.doc_type, meeting_date=record.meeting_date, body=record.body)
    if isinstance(record, MeetingRecord):
        entry["items"] = [[item.number or "", item.title] for item in record.items]
    elif isinstance(record, DecisionRecord):
        entry.update(title=record.title, decided_at=record.decided_at, decision_date=record.decision_date)
        entry["same_as"] = record.same_as
    return entry


def write_json(path: Path, data: object, durable: bool = False) -> None:
    """Replace ``path`` whole or not at all: readers see the old file or the new one.

    ``durable`` also survives a power cut (fsync); a killed process never needs it, so
    only the manifest, the commit point, pays for it.
    """
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            # dumps, not dump: dump streams through the pure-Python encoder, 1.4 s for the
            # manifest of 10,000 papers on every one-paper re-index; dumps uses the C encoder,
            # and its ASCII form (names' accents escaped) a third faster than the UTF-8 one.
            handle.write(json.dumps(data))
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise


# --- what the web app reads (store.py re-exports these) ----------------------------------------------------------


def load_manifest(index_dir: Path, journal: dict[str, Any] | None | bool = True) -> dict[str, dict]:
    """source → {"sha256", "doc", "indexed_at", …} for every paper the index's last commit holds."""
    if journal is True:
        journal = committed_journal(index_dir)
    if isinstance(journal, dict):
        try:
            return Manifest.from_dict(json.loads((Path(index_dir) / NEXT_MANIFEST).read_text(encoding="utf-8"))).papers
        except FileNotFoundError:
            pass  # moved into place meanwhile: manifest.json is it
    return Manifest.load(Path(index_dir)).papers


def index_generation(index_dir: Path) -> int:
    """The generation of Whoosh's newest table of contents (``_MAIN_<n>.toc``); -1 if none."""
    try:
        names = os.listdir(index_dir)
    except OSError:
        return -1
    found = [int(m.group(1)) for m in map(_TOC.fullmatch, names) if m]
    return max(found, default=-1)


_TOC = re.compile(r"_MAIN_(\d+)\.toc")


def committed_journal(index_dir: Path) -> dict[str, Any] | None:
    """The journal of a batch Whoosh has committed but whose run died before settling it.

    Between Whoosh's commit and the moved records, searches already show the new batch; a
    reader that took the manifest and records as they lie would show the old papers beside
    the new hits. The journal names the generation Whoosh stood at before the batch, and the
    manifest the batch leads to waits beside the old as ``NEXT_MANIFEST``, so readers (and
    the next run) take the batch as done.
    """
    try:
        pending = json.loads((Path(index_dir) / "pending.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(pending, dict) or "generation" not in pending:
        return None
    return pending if index_generation(index_dir) > pending["generation"] else None


def load_record(
    index_dir: Path, doc: str, journal: dict[str, Any] | None | bool = True
) -> tuple[Record, list[dict]] | None:
    """The stored record of one paper and its pages' text, as the index's last commit has it.

    A damaged record file (a disk error, a hand edit) is logged and read as missing, so
    every page that lists papers still answers; the next ``index`` reads that paper again.
    ``journal`` is a committed batch's journal when the caller has read it already.
    """
    if journal is True:
        journal = committed_journal(index_dir)
    path = Path(index_dir) / "records" / f"{doc}.json"
    if isinstance(journal, dict) and doc in journal["docs"]:
        if not journal["docs"][doc]:
            return None  # removed by the committed batch
        new = path.with_name(f"{doc}.json.new")
        path = new if new.exists() else path
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return from_dict(data["record"]), data["pages"]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("damaged record %s skipped (%s): run `python -m indexer index` to repair it", path, exc)
        return None


def record_looks_whole(index_dir: Path, doc: str) -> bool:
    """A cheap check that a paper's record file is there and not cut short (it ends its
    JSON object), so a re-index repairs a damaged one without parsing every record."""
    path = Path(index_dir) / "records" / f"{doc}.json"
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - 16))
            tail = handle.read().rstrip()
            handle.seek(0)
            head = handle.read(1)
    except OSError:
        return False
    return head == b"{" and tail.endswith(b"}")


def iter_records(index_dir: Path) -> Iterator[tuple[str, Record]]:
    journal = committed_journal(index_dir)
    for entry in sorted(load_manifest(index_dir, journal).values(), key=lambda e: e["doc"]):
        loaded = load_record(index_dir, entry["doc"], journal)
        if loaded:
            yield entry["doc"], loaded[0]
