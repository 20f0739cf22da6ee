"""The index on disk: Whoosh segments, a manifest of sources by sha256, and the records.

Safe against a kill at any point: records are written before the Whoosh commit and the
manifest after it, each by atomic rename, so an interrupted run leaves the previous
index searchable and the next run redoes only what the manifest does not vouch for.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from indexer.errors import IndexBusy, UnreadablePaper
from indexer.extract import SUPPORTED_SUFFIXES, sha256_of
from indexer.people import alias_table
from indexer.records import Record, from_dict, to_dict
from indexer.schema import build_schema, doc_id, index_documents

DEFAULT_INDEX = Path("var/index")
COMMIT_EVERY = 100


@dataclass
class IndexSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        )


def open_or_create(index_dir: Path):  # noqa: ANN201 - whoosh FileIndex
    index_dir.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(index_dir)):
        return whoosh_index.open_dir(str(index_dir))
    return whoosh_index.create_in(str(index_dir), build_schema())


@contextmanager
def index_lock(index_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """One re-index at a time; the OS drops the lock if the holder is killed."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / "minuted.lock").open("w") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"another re-index of {index_dir} is running") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def find_papers(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        elif path.is_file():
            found.append(path)
    return [p.resolve() for p in found]


# --- manifest and records ----------------------------------------------------------------


def load_manifest(index_dir: Path) -> dict[str, dict]:
    path = index_dir / "manifest.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _write_json(path: Path, data: object) -> None:
    tmp = path.with_suffix(path.suffix + f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def load_record(index_dir: Path, doc: str) -> tuple[Record, list[dict]] | None:
    path = index_dir / "records" / f"{doc}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return from_dict(data["record"]), data["pages"]


def iter_records(index_dir: Path) -> Iterator[tuple[str, Record]]:
    for entry in sorted(load_manifest(index_dir).values(), key=lambda e: e["doc"]):
        loaded = load_record(index_dir, entry["doc"])
        if loaded:
            yield entry["doc"], loaded[0]


# --- indexing ----------------------------------------------------------------------------


def _read(path: str) -> tuple[str, object]:
    from indexer.pipeline import read_paper

    try:
        record, pages = read_paper(Path(path))
        return path, (to_dict(record), pages)
    except UnreadablePaper as exc:
        return path, exc.reason
    except Exception as exc:  # noqa: BLE001 - one bad paper never stops a batch
        return path, f"could not be read ({type(exc).__name__}: {exc})"[:300]


def index_paths(
    paths: list[Path],
    index_dir: Path = DEFAULT_INDEX,
    full: bool = False,
    workers: int = 1,
    progress: Callable[[str], None] | None = None,
    wait: float = 0.0,
) -> IndexSummary:
    """Bring the index in line with the papers under ``paths``: new, changed, gone."""
    summary = IndexSummary()
    with index_lock(index_dir, wait=wait):
        ix = open_or_create(index_dir)
        (index_dir / "records").mkdir(exist_ok=True)
        manifest = load_manifest(index_dir)
        papers = find_papers(paths)
        roots = [str(p.resolve()) for p in paths]
        current = {str(p) for p in papers}
        gone = [
            s for s in manifest if s not in current and any(s == r or s.startswith(r.rstrip("/") + "/") for r in roots)
        ]
        if full:
            todo = papers
        else:
            todo = []
            for paper in papers:
                entry = manifest.get(str(paper))
                if entry and entry["sha256"] == sha256_of(paper):
                    summary.unchanged.append(str(paper))
                else:
                    todo.append(paper)
        if gone:
            with ix.writer(timeout=30) as writer:
                for source in gone:
                    writer.delete_by_term("doc", manifest[source]["doc"])
            for source in gone:
                (index_dir / "records" / f"{manifest[source]['doc']}.json").unlink(missing_ok=True)
                summary.removed.append(source)
                del manifest[source]
            _write_json(index_dir / "manifest.json", manifest)
        taken = {e["doc"]: s for s, e in manifest.items()}
        batch: list[tuple[str, dict, list[dict]]] = []
        for source, outcome in _read_all([str(p) for p in todo], workers):
            if progress:
                progress(source)
            if isinstance(outcome, str):
                summary.failed.append((source, outcome))
                continue
            record, pages = outcome
            batch.append((source, record, pages))
            if len(batch) >= COMMIT_EVERY:
                _commit(ix, index_dir, manifest, taken, batch, summary)
                batch = []
        if batch:
            _commit(ix, index_dir, manifest, taken, batch, summary)
        _write_json(index_dir / "people.json", alias_table(r for _, r in iter_records(index_dir)))
    return summary


def _read_all(sources: list[str], workers: int) -> Iterator[tuple[str, object]]:
    if workers <= 1 or len(sources) <= 1:
        for source in sources:
            yield _read(source)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_read, sources, chunksize=1)


def _commit(ix, index_dir: Path, manifest: dict, taken: dict, batch: list, summary: IndexSummary) -> None:  # noqa: ANN001
    aliases = json.loads((index_dir / "people.json").read_text()) if (index_dir / "people.json").exists() else {}
    with ix.writer(timeout=30, limitmb=256) as writer:
        for source, data, pages in batch:
            old = manifest.get(source)
            doc = old["doc"] if old else _free_doc_id(Path(source), data["sha256"], taken)
            taken[doc] = source
            record = from_dict(data)
            _write_json(index_dir / "records" / f"{doc}.json", {"record": data, "pages": pages})
            writer.delete_by_term("doc", doc)
            merged = {**aliases, **alias_table([record])}
            for fields in index_documents(record, doc, merged):
                writer.add_document(**{k: v for k, v in fields.items() if v not in (None, "")})
            (summary.updated if old else summary.added).append(source)
    for source, data, _ in batch:
        doc = next(d for d, s in taken.items() if s == source)
        manifest[source] = {"sha256": data["sha256"], "doc": doc, "indexed_at": time.time()}
    _write_json(index_dir / "manifest.json", manifest)


def _free_doc_id(path: Path, sha: str, taken: dict[str, str]) -> str:
    doc = doc_id(path)
    if doc in taken and taken[doc] != str(path):
        doc = f"{doc}-{sha[:8]}"
    return doc
