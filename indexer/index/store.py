"""The index on disk: Whoosh segments, a manifest of sources by sha256, and the records.

A re-index touches only new, changed and removed papers; unchanged ones are recognised
by size and mtime (hashed only when those moved), and people.json is kept up to date from
per-paper counts in the manifest, so adding one paper to a large archive costs that
paper, not the archive. It is safe to kill at any point and to search during; how is in
indexer/index/batch.py. One re-index at a time per index (``index_lock``).
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from indexer.errors import IndexBusy, UnreadablePaper
from indexer.index.batch import STEPS, Checkpoint, IndexSummary, Run, stat_or_none
from indexer.index.cluster import read_on_cluster
from indexer.index.manifest import iter_records, load_manifest, load_record
from indexer.index.papers import gather_papers
from indexer.index.processes import die_with_parent, release_stale_lock
from indexer.index.schema import build_schema
from indexer.records import to_dict

__all__ = [
    "COMMIT_EVERY",
    "DEFAULT_INDEX",
    "STEPS",
    "IndexSummary",
    "find_papers",
    "index_lock",
    "index_paths",
    "iter_records",
    "load_manifest",
    "load_record",
    "open_or_create",
]

DEFAULT_INDEX = Path("var/index")
COMMIT_EVERY = 100

Reader = Callable[[str], tuple[str, object]]


def open_or_create(index_dir: Path):  # noqa: ANN201 - whoosh FileIndex
    """The Whoosh index in ``index_dir``, created empty when there is none.

    Opened once: Whoosh's ``exists_in`` opens the whole index to answer, and adding one paper
    to an archive paid for reading its table of segments twice."""
    index_dir.mkdir(parents=True, exist_ok=True)
    try:
        return whoosh_index.open_dir(str(index_dir))
    except whoosh_index.EmptyIndexError:
        return whoosh_index.create_in(str(index_dir), build_schema())


@contextmanager
def index_lock(index_dir: Path, wait: float = 0.0, notice: Callable[[str], None] | None = None) -> Iterator[None]:
    """One re-index at a time; the OS drops the lock if the holder is killed.

    The holder writes its process id into the lock file. A lock still held although that
    process is gone is held by orphans of a killed run (processes that inherited the open
    file): they are stopped, with a notice, and the lock taken.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / "minuted.lock"
    with path.open("a+") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if release_stale_lock(path):
                    if notice:
                        notice(f"recovered a stale lock on {index_dir} held by workers of a killed re-index")
                    continue
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"another re-index of {index_dir} is running") from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def find_papers(paths: Iterable[Path], follow_links: bool = False) -> list[Path]:
    """Every readable paper under ``paths``, as absolute paths (the manifest's keys)."""
    return gather_papers(list(paths), follow_links).papers


# --- indexing ----------------------------------------------------------------------------


def _read(path: str) -> tuple[str, object]:
    from indexer.pipeline import read_paper

    warnings: list[str] = []
    try:
        record, pages = read_paper(Path(path), warnings=warnings)
        return path, (to_dict(record), pages, warnings)
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
    read: Reader | None = None,
    checkpoint: Checkpoint | None = None,
    follow_links: bool = False,
    cluster: str | None = None,
) -> IndexSummary:
    """Bring the index in line with the papers under ``paths``: new, changed, gone.

    ``read`` turns a source path into ``(path, (record dict, pages[, warnings]))`` or
    ``(path, reason)``; ``checkpoint`` is called with the name of each step of a batch, so tests
    can stop a run exactly there. ``cluster`` is a Dask scheduler's address: papers are read
    on its workers (indexer/index/cluster.py) and written here.
    """
    index_dir = Path(index_dir)
    summary = IndexSummary()
    with (
        index_lock(index_dir, wait=wait, notice=summary.notices.append),
        Run(open_or_create(index_dir), index_dir, summary, checkpoint) as run,
    ):
        found = gather_papers(list(paths), follow_links)
        summary.failed.extend(found.problems)
        papers = found.papers
        roots = [str(p.resolve()).rstrip("/") for p in paths]
        # A paper that is there but cannot be read now keeps its place in the index.
        current = {str(p) for p in papers} | found.problem_paths
        old = run.previous.papers
        gone = [s for s in old if s not in current and any(s == r or s.startswith(r + "/") for r in roots)]
        if run.rebuild:
            # Everything the old index held is read again, not only what ``paths`` name.
            keep = [Path(s) for s in old if s not in current and s not in gone and Path(s).is_file()]
            gone += [s for s in old if s not in current and s not in gone and not Path(s).is_file()]
            todo = papers + keep
        else:
            todo = papers if full else [p for p in papers if not run.unchanged(p)]
        # Taken before reading: a paper saved over while it is read must not be vouched for
        # by the newer file's size and mtime beside the older text's sha256.
        stats = {str(p): stat_or_none(p) for p in todo}
        run.expected = len(todo) + len(gone)
        run.remove(gone)
        sources = [str(p) for p in todo]
        outcomes = read_on_cluster(sources, cluster) if cluster else _read_all(sources, workers, read or _read)
        for source, outcome in outcomes:
            if progress:
                progress(source)
            if isinstance(outcome, str):
                summary.failed.append((source, outcome))
                continue
            record, pages, *warned = outcome
            summary.warnings.extend((source, warning) for warning in (warned[0] if warned else []))
            run.add(source, record, pages, stats.get(source))
            if run.size >= COMMIT_EVERY and not run.rebuild:
                run.commit()
        run.commit()
    return summary


def _read_all(sources: list[str], workers: int, read: Reader) -> Iterator[tuple[str, object]]:
    if workers <= 1 or len(sources) <= 1:
        for source in sources:
            yield read(source)
        return
    # Spawned, not forked, so a worker holds none of the parent's open files (the index
    # lock among them), and each dies with its parent: a killed run leaves nothing behind.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent) as pool:
        yield from pool.map(read, sources, chunksize=1)
