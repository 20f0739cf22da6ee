"""One re-index run's batches: what makes a re-index incremental and safe to kill.

Each batch: (1) new record files are written beside the old as ``<doc>.json.new``, the
manifest it leads to as ``manifest.next.json``, and a ``pending.json`` journal names the
batch and Whoosh's generation before it, (2) Whoosh commits (atomically, by its TOC): that
is the commit point, (3) the new manifest is moved into place, (4) the new record files are
moved into place and the journal dropped. Readers see the previous index until (2) and the
new one from then on, records included (``manifest.committed_journal``); the next run
finishes a committed batch or drops an uncommitted one by comparing the journal with
Whoosh's generation (``Run._recover``). People are counted per paper in the manifest, so a
batch updates people.json from its own papers, and the records of papers it replaces.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import writing

from indexer.annotate.linking import decision_date, find_same_as
from indexer.index.manifest import (
    NEXT_MANIFEST,
    Manifest,
    committed_journal,
    load_record,
    paper_entry,
    record_looks_whole,
    write_json,
)
from indexer.index.schema import SCHEMA_VERSION, build_schema, doc_id, index_documents
from indexer.index.segment import QuickSegmentWriter
from indexer.read.extract import sha256_of
from indexer.records import from_dict, to_dict

Checkpoint = Callable[[str], None]
# The steps of a batch, in order, as ``checkpoint`` is told them.
# Segments are written as separate files, not one compound file: Whoosh copies a compound
# segment's parts into memory for every reader, and the web app has a reader per thread
# (measured at 10,000 meetings: 5,018 MB serving with compound segments, 240 MB without).
COMPOUND_SEGMENTS = False
# A batch of at most this many papers (a clerk adding last month's minutes) writes its segment
# in memory and lands it as one compound file (indexer/index/segment.py): a paper's segment is
# ~100 KB, and 18 separate files cost more to create than to write.
SMALL_BATCH_PAPERS = 10
STEPS = ("journal-written", "documents-added", "index-committed", "manifest-saved", "records-moved")


@dataclass
class IndexSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # Papers indexed but read imperfectly: a page with no text layer, a page cut short.
    warnings: list[tuple[str, str]] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)  # decisions whose same_as changed
    recovered: bool = False  # an interrupted run was finished or undone first
    notices: list[str] = field(default_factory=list)  # e.g. a stale lock recovered

    def line(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        )


class Run:
    """One re-index: a Whoosh writer, the manifest in memory, and the batch in flight."""

    def __init__(self, ix: Any, index_dir: Path, summary: IndexSummary, checkpoint: Checkpoint | None) -> None:
        self.index_dir = index_dir
        self.records = index_dir / "records"
        self.summary = summary
        self.checkpoint = checkpoint or (lambda _step: None)
        self.ix = ix
        self.records.mkdir(exist_ok=True)
        self.previous = Manifest.load(index_dir)
        self._recover()
        # An index of another schema (or the walking system's) is rebuilt whole, in one
        # commit that replaces every segment, so it stays searchable until then.
        self.rebuild = bool(self.previous.papers and self.previous.schema != SCHEMA_VERSION) or not _same_fields(
            ix.schema, build_schema()
        )
        self.manifest = Manifest(schema=SCHEMA_VERSION) if self.rebuild else self.previous
        self.taken = self.previous.docs() | self.manifest.docs()
        self.writer: Any = None
        self.pending: dict[str, str] = {}  # doc → its new sha256, "" when removed
        self.held: list[tuple[str, str, dict, list[dict]]] = []  # decisions, linked at commit
        self.touched_dates: set[str] = set()
        self.dirty = False  # the manifest changed without a batch (stat refreshes)
        self._aliases: dict[str, list[str]] | None = None  # people.json as of now
        self.people_changed = self.rebuild  # people.json is written again at the commit
        self.expected = SMALL_BATCH_PAPERS + 1  # papers the run will add or remove, when told

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None
        if exc_type is not None and not (self.index_dir / "pending.json").exists():
            # Failed before its commit point (a full disk, an I/O error): the batch's new
            # records go, and the index stays as its last commit left it.
            for stray in self.records.glob("*.json.new"):
                stray.unlink(missing_ok=True)
            (self.index_dir / NEXT_MANIFEST).unlink(missing_ok=True)
        if exc_type is None and self.dirty:
            self.manifest.save(self.index_dir)

    @property
    def size(self) -> int:
        return len(self.pending)

    def unchanged(self, paper: Path) -> bool:
        """True when the manifest vouches for ``paper``; hashes only if size or mtime moved."""
        entry = self.manifest.papers.get(str(paper))
        if not entry or not entry.get("sha256") or not record_looks_whole(self.index_dir, entry["doc"]):
            return False
        stat = stat_or_none(paper)
        if stat is None:
            return False
        if entry.get("size") != stat.st_size or entry.get("mtime_ns") != stat.st_mtime_ns:
            try:
                if sha256_of(paper) != entry["sha256"]:
                    return False
            except OSError:
                return False  # made unreadable since: reading it says why, in one line
            entry.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
            self.dirty = True
        self.summary.unchanged.append(str(paper))
        return True

    def _writer(self):  # noqa: ANN202 - whoosh SegmentWriter
        if self.writer is None:
            small = not self.rebuild and self.expected <= SMALL_BATCH_PAPERS
            self.writer = QuickSegmentWriter(
                self.ix, in_memory=small, timeout=60, limitmb=256, compound=COMPOUND_SEGMENTS
            )
            if self.rebuild:
                self.writer.schema = build_schema()
        return self.writer

    def remove(self, sources: list[str]) -> None:
        for source in sources:
            entry = self.manifest.papers.pop(source, None) or self.previous.papers.get(source)
            if not entry:
                continue
            if not self.rebuild:  # a rebuild counts people afresh and replaces every segment
                self._forget(entry)
                self._writer().delete_by_term("doc", entry["doc"])
            self.pending[entry["doc"]] = ""
            self.summary.removed.append(source)

    def add(self, source: str, data: dict, pages: list[dict], stat: os.stat_result | None = None) -> None:
        old = self.previous.papers.get(source)
        if old and not self.rebuild:
            self._forget(old)
        doc = old["doc"] if old else self._free_doc_id(Path(source), data["sha256"])
        self.taken[doc] = source
        record = from_dict(data)
        if self.manifest.count_people(record, +1):
            self._aliases, self.people_changed = None, True
        entry = paper_entry(record, doc, stat, time.time())
        self.manifest.papers[source] = entry
        self.touched_dates.add(entry.get("meeting_date") or "")
        if not self.rebuild:
            self._writer().delete_by_term("doc", doc)
        if record.doc_type == "decision":
            self.held.append((source, doc, data, pages))
        else:
            self._store(doc, data, pages)
        self.pending[doc] = data["sha256"]
        (self.summary.updated if old else self.summary.added).append(source)

    def _forget(self, entry: dict) -> None:
        """Take back what the committed version of a paper told the archive."""
        self.touched_dates.add(entry.get("meeting_date") or "")
        loaded = load_record(self.index_dir, entry["doc"])
        if loaded:
            if self.manifest.count_people(loaded[0], -1):
                self._aliases, self.people_changed = None, True

    def _store(self, doc: str, data: dict, pages: list[dict]) -> None:
        write_json(self.records / f"{doc}.json.new", {"record": data, "pages": pages})
        record = from_dict(data)
        writer = self._writer()
        aliases = self._aliases if self._aliases is not None else self.manifest.aliases()
        for fields in index_documents(record, doc, aliases):
            writer.add_document(**{k: v for k, v in fields.items() if v not in (None, "")})

    def _alias_table(self) -> dict[str, list[str]]:
        """people.json as the batch so far makes it, built when a paper's people change it."""
        if self._aliases is None:
            self._aliases = self.manifest.alias_table()
        return self._aliases

    def _link(self) -> None:
        """Decisions of this batch get their same_as; older ones of a touched day are redone."""
        papers = self.manifest.papers
        minutes: dict[str, dict[str, dict]] = {}  # date → source → entry, dated minutes only
        for source, entry in papers.items():
            if entry.get("doc_type") != "decision" and entry.get("meeting_date"):
                minutes.setdefault(entry["meeting_date"], {})[source] = entry
        for source, doc, data, pages in self.held:
            entry = papers[source]
            data["same_as"] = entry["same_as"] = find_same_as(entry, minutes.get(decision_date(entry) or "", {}))
            self._store(doc, data, pages)
        self.held = []
        for source, entry in papers.items():
            if entry.get("doc_type") != "decision" or entry["doc"] in self.pending:
                continue
            if decision_date(entry) not in self.touched_dates:
                continue
            same_as = find_same_as(entry, minutes.get(decision_date(entry) or "", {}))
            loaded = load_record(self.index_dir, entry["doc"]) if same_as != entry.get("same_as") else None
            if loaded:
                record, pages = loaded
                record.same_as = entry["same_as"] = same_as
                self._writer().delete_by_term("doc", entry["doc"])
                self._store(entry["doc"], to_dict(record), pages)
                self.pending[entry["doc"]] = entry["sha256"]
                self.summary.relinked.append(source)

    def commit(self) -> None:
        """Make the batch in flight visible to searches and durable; see the module doc."""
        if not self.pending and not self.held:
            return
        self._link()
        if self.rebuild:  # what the old index held and this run could not read is dropped
            for doc in set(self.previous.docs()) - set(self.manifest.docs()):
                self.pending.setdefault(doc, "")
        self.manifest.batch, self.manifest.schema = uuid.uuid4().hex, SCHEMA_VERSION
        self.manifest.save(self.index_dir, NEXT_MANIFEST)  # written once, moved into place below
        journal = {"batch": self.manifest.batch, "docs": self.pending, "generation": self.ix.latest_generation()}
        write_json(self.index_dir / "pending.json", journal)
        self.checkpoint("journal-written")
        writer, self.writer = self._writer(), None
        self.checkpoint("documents-added")
        writer.commit(mergetype=writing.CLEAR if self.rebuild else expunge_deletes)
        self.checkpoint("index-committed")
        os.replace(self.index_dir / NEXT_MANIFEST, self.index_dir / "manifest.json")
        self.checkpoint("manifest-saved")
        changed = self.people_changed
        self._settle(self.pending, self.manifest, self._alias_table() if changed else None, people=changed)
        self.checkpoint("records-moved")
        (self.index_dir / "pending.json").unlink()
        self.previous = self.manifest
        self.pending, self.touched_dates, self.dirty, self.rebuild = {}, set(), False, False
        self.people_changed = False

    def _settle(
        self, docs: dict[str, str], manifest: Manifest, aliases: dict[str, list[str]] | None = None, people: bool = True
    ) -> None:
        """After the commit point: move new records into place, drop removed ones.

        ``aliases`` is ``manifest``'s alias table when the caller has it already; ``people``
        False says the batch left it as it was, so people.json is written only if missing."""
        for doc, sha in docs.items():
            new = self.records / f"{doc}.json.new"
            if sha and new.exists():
                os.replace(new, self.records / f"{doc}.json")
            elif not sha:
                (self.records / f"{doc}.json").unlink(missing_ok=True)
        if people or not (self.index_dir / "people.json").exists():
            write_json(self.index_dir / "people.json", manifest.alias_table() if aliases is None else aliases)

    def _recover(self) -> None:
        """Finish a batch a killed run had committed, or undo one it had not."""
        journal = self.index_dir / "pending.json"
        strays = sorted(self.records.glob("*.json.new"))
        if journal.exists():
            pending = json.loads(journal.read_text(encoding="utf-8"))
            docs: dict[str, str] = pending["docs"]
            manifest = self.previous
            if manifest.batch != pending["batch"] and committed_journal(self.index_dir) is not None:
                # Whoosh committed the batch and the run died before its manifest: searches
                # (and the web app's records) already show it, so it is finished, not redone.
                os.replace(self.index_dir / NEXT_MANIFEST, self.index_dir / "manifest.json")
                manifest = self.previous = Manifest.load(self.index_dir)
            if manifest.batch == pending["batch"]:
                self._settle({d: s for d, s in docs.items() if (d in manifest.docs()) == bool(s)}, manifest)
            elif "generation" in pending:
                pass  # Whoosh never committed the batch: the index and manifest are the last run's
            else:
                by_doc = manifest.docs()
                orphans = [d for d in docs if d not in by_doc]
                for doc in docs:
                    if doc in by_doc:  # redo it: the index may hold either version
                        entry = manifest.papers[by_doc[doc]]
                        entry["sha256"] = ""
                        entry.pop("mtime_ns", None)
                if orphans:
                    with self.ix.writer(timeout=60, compound=COMPOUND_SEGMENTS) as writer:
                        for doc in orphans:
                            writer.delete_by_term("doc", doc)
                manifest.save(self.index_dir)
                write_json(self.index_dir / "people.json", manifest.alias_table())
            self.summary.recovered = True
        for stray in strays:
            stray.unlink(missing_ok=True)
        (self.index_dir / NEXT_MANIFEST).unlink(missing_ok=True)  # a batch Whoosh never committed
        journal.unlink(missing_ok=True)

    def _free_doc_id(self, path: Path, sha: str) -> str:
        doc = doc_id(path)
        if doc in self.taken and self.taken[doc] != str(path):
            doc = f"{doc}-{sha[:8]}"
        return doc


def expunge_deletes(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh's merge policy, after dropping what deletions emptied or mostly emptied.

    A ``--full`` run replaces every paper: Whoosh only marks the old documents deleted, and
    its size-based policy leaves the emptied segment on disk until some later merge. As
    Lucene's policies do, a segment with no live documents is dropped and one at least half
    deleted is folded into the new one, so the index on disk holds what it says it holds.
    """
    from whoosh.reading import SegmentReader

    kept = []
    for segment in segments:
        live = segment.doc_count()
        if live and live * 2 > segment.doc_count_all():
            kept.append(segment)
        elif live:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
    return writing.MERGE_SMALL(writer, kept)


def stat_or_none(path: Path) -> os.stat_result | None:
    """A paper's size and mtime, or None when it went away meanwhile."""
    try:
        return path.stat()
    except OSError:
        return None


def _same_fields(a: Any, b: Any) -> bool:
    """Whether an index's schema is this code's: same field names, same field types."""
    return {n: type(f).__name__ for n, f in a.items()} == {n: type(f).__name__ for n, f in b.items()}
